import CommunityCore
import Foundation

/// What the driver must do after a key, beyond drawing the next frame.
package enum AppEffect {
  case none
  case quit
  /// Run `$EDITOR` on `text`, then hand the result to `App.finishExternalEdit(_:)`.
  case editExternally(String)
  /// Draw the frame (it says what is being done), then call `App.finishWork()`.
  case work
}

/// The whole interface as pure Swift: sign-in, the sections with their screen stacks, modal dialogs
/// and the help overlay.
///
/// The driver feeds it keys and draws what it renders.
package final class App {
  package static let minimumSize = Size(width: 80, height: 24)

  package let context: AppContext
  private var signIn: SignInScreen?
  private var stacks: [SectionID: [any Screen]] = [:]
  private var sections: [SectionID] = []
  private var active: SectionID = .news
  private var statusMessage = ""
  private var errorDialog: ErrorDialog?
  private var confirmation: (dialog: ConfirmDialog, then: () -> Navigation)?
  private var help: HelpOverlay?
  private var pendingEdit: ((String) -> Navigation)?
  private var pendingWork: (() -> Navigation)?
  private let makeRoot: (SectionID, AppContext) -> (any Screen)?

  /// `signedIn` skips the sign-in screen (`hromada --as` / `--guest`); `makeRoot` builds each
  /// section's first screen, so new sections plug in without changing the app.
  package init(
    context: AppContext, signedIn: Bool,
    makeRoot: @escaping (SectionID, AppContext) -> (any Screen)? = App.defaultRoot
  ) {
    self.context = context
    self.makeRoot = makeRoot
    if signedIn {
      openSections()
    } else {
      signIn = SignInScreen(context: context)
    }
  }

  /// The first screen of each section.
  package static func defaultRoot(_ section: SectionID, _ context: AppContext) -> (any Screen)? {
    switch section {
    case .news: NewsListScreen(context: context)
    case .services: ServicesScreen(context: context)
    case .budget: BudgetScreen(context: context)
    case .practices: PracticesScreen(context: context)
    case .search: SearchScreen(context: context)
    }
  }

  private func openSections() {
    stacks = [:]
    sections = []
    for section in SectionID.allCases {
      if let root = makeRoot(section, context) {
        stacks[section] = [root]
        sections.append(section)
      }
    }
    active = sections.first ?? .news
  }

  private var currentScreen: (any Screen)? {
    if let signIn { return signIn }
    return stacks[active]?.last
  }

  // MARK: Keys

  /// Handles one key and says whether the driver must do anything more.
  package func handle(_ key: Key) -> AppEffect {
    if key == .control("c") { return .quit }
    if key == .resize { return .none }
    if errorDialog != nil {
      if errorDialog?.handle(key) == true { errorDialog = nil }
      return .none
    }
    if let pending = confirmation {
      var dialog = pending.dialog
      let answer = dialog.handle(key)
      confirmation?.dialog = dialog
      switch answer {
      case .confirmed?:
        confirmation = nil
        return apply(pending.then())
      case .cancelled?:
        confirmation = nil
      case nil:
        break
      }
      return .none
    }
    if help != nil {
      if key == .escape || key == .character("q") || key == .character("?") {
        help = nil
      } else {
        help?.handle(key)
      }
      return .none
    }
    guard let screen = currentScreen else { return .quit }
    statusMessage = ""
    // Ctrl-F is no editing key anywhere, so it reaches the search even from a text field;
    // what was typed there stays in its section's stack.
    if key == .control("f"), signIn == nil, sections.contains(.search) {
      show(.search)
      (stacks[.search]?.last as? SearchScreen)?.focusQuery()
      return .none
    }
    if !screen.isEditingText, signIn == nil, let effect = handleGlobal(key) { return effect }
    if !screen.isEditingText && key == .character("?") {
      help = HelpOverlay(title: screen.title, lines: screen.helpLines + globalHelp)
      return .none
    }
    let navigation = screen.handle(key, context: context)
    if case .stay = navigation, !screen.isEditingText, key == .character("q") || key == .escape {
      return goBack(quitAtTop: key == .character("q"))
    }
    return apply(navigation)
  }

  private func handleGlobal(_ key: Key) -> AppEffect? {
    switch key {
    case .tab: switchSection(by: 1)
    case .backTab: switchSection(by: -1)
    case .character(let character) where ("1"..."9").contains(character):
      guard let number = Int(String(character)), number <= sections.count else { return nil }
      show(sections[number - 1])
    default: return nil
    }
    return AppEffect.none
  }

  private var globalHelp: [KeyHint] {
    [
      KeyHint(keys: "Tab, Shift-Tab, 1–\(sections.count)", text: context.strings["help.sections"]),
      KeyHint(keys: "Ctrl-F", text: context.strings["help.globalSearch"]),
      KeyHint(keys: "?", text: context.strings["help.help"]),
      KeyHint(keys: "Esc, q", text: context.strings["help.back"]),
      KeyHint(keys: "Ctrl-C", text: context.strings["help.quit"]),
    ]
  }

  private func switchSection(by step: Int) {
    guard let index = sections.firstIndex(of: active), !sections.isEmpty else { return }
    show(sections[(index + step + sections.count) % sections.count])
  }

  private func show(_ section: SectionID) {
    active = section
    stacks[section]?.last?.refresh(context: context)
  }

  private func goBack(quitAtTop: Bool) -> AppEffect {
    guard signIn == nil, var stack = stacks[active], stack.count > 1 else {
      return quitAtTop ? .quit : .none
    }
    stack.removeLast()
    stacks[active] = stack
    stack.last?.refresh(context: context)
    return .none
  }

  private func apply(_ navigation: Navigation) -> AppEffect {
    switch navigation {
    case .stay: break
    case .signedIn:
      signIn = nil
      openSections()
    case .push(let screen):
      if signIn != nil { return .none }
      stacks[active, default: []].append(screen)
    case .pop: return goBack(quitAtTop: false)
    case .replace(let screen):
      if var stack = stacks[active], !stack.isEmpty {
        stack[stack.count - 1] = screen
        stacks[active] = stack
      }
    case .quit: return .quit
    case .status(let message): statusMessage = message
    case .error(let message):
      errorDialog = ErrorDialog(
        title: context.strings["dialog.error"], message: message,
        dismissLabel: context.strings["dialog.ok"])
    case .confirm(let dialog, let then): confirmation = (dialog, then)
    case .editExternally(let text, let then):
      pendingEdit = then
      return .editExternally(text)
    case .work(let message, let then):
      statusMessage = message
      pendingWork = then
      return .work
    case .open(let section, let screen):
      guard stacks[section] != nil else { return .none }
      active = section
      stacks[section]?.append(screen)
    }
    return .none
  }

  /// Does the work announced by the last `.work` effect, once its message is on screen.
  @discardableResult
  package func finishWork() -> AppEffect {
    guard let then = pendingWork else { return .none }
    pendingWork = nil
    statusMessage = ""
    return apply(then())
  }

  /// Receives the text edited in `$EDITOR`.
  package func finishExternalEdit(_ text: String) {
    guard let then = pendingEdit else { return }
    pendingEdit = nil
    _ = apply(then(text))
  }

  /// Whether the sign-in screen is showing.
  package var isSigningIn: Bool { signIn != nil }

  // MARK: Rendering

  /// Draws the whole interface into `canvas` (its size is the terminal's).
  package func render(into canvas: inout Canvas) {
    canvas.fill(canvas.bounds)
    canvas.cursor = nil
    guard canvas.width >= App.minimumSize.width, canvas.height >= App.minimumSize.height else {
      renderTooSmall(into: &canvas)
      return
    }
    guard let screen = currentScreen else { return }
    let body = Rect(row: 1, column: 0, width: canvas.width, height: canvas.height - 2)
    renderTabBar(into: &canvas)
    screen.render(into: &canvas, in: body, context: context)
    let bar = StatusBar(
      message: statusMessage, messageStyle: .statusBar,
      hints: screen.hints + [KeyHint(keys: "?", text: context.strings["hint.help"])])
    bar.render(
      into: &canvas, in: Rect(row: canvas.height - 1, column: 0, width: canvas.width, height: 1))
    if var help {
      help.viewport = Size(width: canvas.width, height: canvas.height)
      help.render(into: &canvas, in: canvas.bounds)
      canvas.cursor = nil
    }
    if let confirmation {
      confirmation.dialog.render(into: &canvas, in: canvas.bounds)
      canvas.cursor = nil
    }
    if let errorDialog {
      errorDialog.render(into: &canvas, in: canvas.bounds)
      canvas.cursor = nil
    }
  }

  private func renderTabBar(into canvas: inout Canvas) {
    let row = Rect(row: 0, column: 0, width: canvas.width, height: 1)
    canvas.fill(row, style: .header)
    var tabs = TabBar(
      titles: sections.map { context.strings[$0.titleKey] },
      active: sections.firstIndex(of: active) ?? 0)
    var who: String
    switch context.viewer {
    case .guest: who = context.strings["viewer.guest"]
    case .account(let account):
      who = account.name + " · " + context.strings["role.\(account.role.rawValue)"]
      // At 80 columns the five tabs and a long name with the role do not both fit; the tabs
      // matter more, and the name alone still says who is signed in.
      if signIn == nil, tabs.naturalWidth + DisplayWidth.of(who) + 2 > canvas.width {
        who = account.name
      }
    }
    let whoWidth = min(DisplayWidth.of(who) + 1, canvas.width / 3)
    if signIn == nil {
      tabs.select(sections.firstIndex(of: active) ?? 0)
      tabs.render(
        into: &canvas, in: Rect(row: 0, column: 0, width: canvas.width - whoWidth, height: 1))
    } else {
      canvas.put(" " + context.strings["app.name"], row: 0, column: 0, style: .header.adding(.bold))
    }
    canvas.put(
      DisplayWidth.clip(who, to: whoWidth - 1, ellipsis: true), row: 0,
      column: canvas.width - whoWidth, style: .header)
  }

  private func renderTooSmall(into canvas: inout Canvas) {
    let lines = [
      context.strings["tooSmall.title"],
      context.strings.format(
        "tooSmall.detail", App.minimumSize.width, App.minimumSize.height, canvas.width,
        canvas.height),
    ]
    for (index, line) in lines.enumerated() {
      let text = DisplayWidth.clip(line, to: canvas.width)
      let column = max(0, (canvas.width - DisplayWidth.of(text)) / 2)
      let row = max(0, canvas.height / 2 - 1 + index)
      if row < canvas.height {
        canvas.put(text, row: row, column: column, style: index == 0 ? .danger : .normal)
      }
    }
  }
}
