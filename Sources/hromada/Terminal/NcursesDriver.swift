import CNcurses
import CommunityTUI
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Set from signal handlers; the input loop sees them when `get_wch` is interrupted.
nonisolated(unsafe) private var terminationSignal: sig_atomic_t = 0
nonisolated(unsafe) private var windowChanged: sig_atomic_t = 0

/// The only code that talks to ncurses: it turns key codes into `Key`s and copies a `Canvas`
/// to the screen with one `doupdate` per frame.
final class NcursesDriver {
  private let useColor: Bool
  private var started = false

  /// `noColor` follows the NO_COLOR convention: selection is then shown by reverse video.
  init(noColor: Bool) {
    useColor = !noColor
  }

  /// Takes over the terminal.
  func start() {
    installSignalHandlers()
    setlocale(LC_ALL, "")
    initscr()
    raw()
    noecho()
    nonl()
    keypad(hromada_stdscr(), true)
    set_escdelay(25)
    if useColor && has_colors() {
      start_color()
      use_default_colors()
      for (index, role) in Style.Role.allCases.enumerated() {
        let (foreground, background) = NcursesDriver.colors(for: role)
        init_pair(Int16(index + 1), foreground, background)
      }
    }
    started = true
  }

  /// Gives the terminal back as it was; safe to call more than once.
  func stop() {
    guard started else { return }
    started = false
    curs_set(1)
    endwin()
  }

  var size: Size { Size(width: Int(hromada_cols()), height: Int(hromada_lines())) }

  /// Whether SIGTERM, SIGHUP or SIGINT asked the program to end.
  var terminationRequested: Bool { terminationSignal != 0 }

  /// What waiting for input brought.
  enum Input {
    case key(Key)
    /// A signal interrupted the wait (check `terminationRequested`).
    case interrupted
    /// The terminal is gone (the SSH connection or tmux pane closed).
    case closed
  }

  /// Waits for the next key.
  func read() -> Input {
    var code: wint_t = 0
    let result = get_wch(&code)
    let failure = errno
    if windowChanged != 0 {
      windowChanged = 0
      adoptTerminalSize()
      return .key(.resize)
    }
    if result == KEY_CODE_YES {
      return NcursesDriver.functionKey(Int32(code)).map { .key($0) } ?? .interrupted
    }
    if result == OK {
      return NcursesDriver.characterKey(UInt32(code)).map { .key($0) } ?? .interrupted
    }
    return failure == EINTR || terminationRequested ? .interrupted : .closed
  }

  /// Tells ncurses the window's new size, read from the terminal itself.
  private func adoptTerminalSize() {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0
    else {
      return
    }
    resizeterm(Int32(size.ws_row), Int32(size.ws_col))
  }

  /// Copies the canvas to the screen and shows it in one update.
  func draw(_ canvas: Canvas) {
    erase()
    for row in 0..<canvas.height {
      for run in canvas.styledRuns(row) {
        var wide = run.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        let (attributes, pair) = attributes(for: run.style)
        hromada_put_wide(Int32(row), Int32(run.column), &wide, Int32(wide.count), attributes, pair)
      }
    }
    if let cursor = canvas.cursor {
      curs_set(1)
      move(Int32(cursor.row), Int32(cursor.column))
    } else {
      curs_set(0)
    }
    wnoutrefresh(hromada_stdscr())
    doupdate()
  }

  /// Leaves curses mode to run `body` (an external editor), then takes the screen back.
  func suspend(_ body: () -> Void) {
    def_prog_mode()
    endwin()
    body()
    reset_prog_mode()
    refresh()
  }

  private func attributes(for style: Style) -> (attr_t, Int16) {
    let wanted = useColor ? style.attributes : style.noColorAttributes
    var value = hromada_attr_normal()
    if wanted.contains(.bold) { value |= hromada_attr_bold() }
    if wanted.contains(.reverse) { value |= hromada_attr_reverse() }
    if wanted.contains(.underline) { value |= hromada_attr_underline() }
    if wanted.contains(.dim) { value |= hromada_attr_dim() }
    guard useColor, let index = Style.Role.allCases.firstIndex(of: style.role) else {
      return (value, 0)
    }
    return (value, Int16(index + 1))
  }

  private static func colors(for role: Style.Role) -> (Int16, Int16) {
    let fallback: Int16 = -1
    switch role {
    case .normal, .input: return (fallback, fallback)
    case .title: return (Int16(COLOR_CYAN), fallback)
    case .muted: return (Int16(COLOR_BLUE), fallback)
    case .accent, .keyHint: return (Int16(COLOR_YELLOW), fallback)
    case .selection: return (Int16(COLOR_BLACK), Int16(COLOR_CYAN))
    case .danger: return (Int16(COLOR_RED), fallback)
    case .warning: return (Int16(COLOR_YELLOW), fallback)
    case .success: return (Int16(COLOR_GREEN), fallback)
    case .header: return (Int16(COLOR_WHITE), Int16(COLOR_BLUE))
    case .statusBar: return (Int16(COLOR_BLACK), Int16(COLOR_WHITE))
    case .border: return (Int16(COLOR_BLUE), fallback)
    case .highlight: return (Int16(COLOR_BLACK), Int16(COLOR_YELLOW))
    }
  }

  private static func functionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_BTAB: return .backTab
    case KEY_RESIZE: return .resize
    default:
      let f0 = hromada_key_f0()
      if code > f0 && code <= f0 + 12 { return .function(Int(code - f0)) }
      return nil
    }
  }

  private static func characterKey(_ code: UInt32) -> Key? {
    switch code {
    case 27: return .escape
    case 10, 13: return .enter
    case 9: return .tab
    case 8, 127: return .backspace
    case 1...26: return .control(Character(Unicode.Scalar(code + 96) ?? "a"))
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// Installed before `initscr`, so ncurses keeps them; without SA_RESTART, so a signal
  /// interrupts `get_wch` and the loop can resize or restore the terminal at once.
  private func installSignalHandlers() {
    var unblock = sigset_t()
    sigemptyset(&unblock)
    for signalNumber in [SIGTERM, SIGHUP, SIGINT, SIGWINCH] {
      var action = sigaction()
      if signalNumber == SIGWINCH {
        action.__sigaction_handler.sa_handler = { _ in windowChanged = 1 }
      } else {
        action.__sigaction_handler.sa_handler = { number in terminationSignal = sig_atomic_t(number)
        }
      }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(signalNumber, &action, nil)
      sigaddset(&unblock, signalNumber)
    }
    // A parent may have blocked them (the mask is inherited across exec).
    sigprocmask(SIG_UNBLOCK, &unblock, nil)
  }
}
