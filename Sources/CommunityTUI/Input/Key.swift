/// One key press, as the ncurses driver hands it to the active screen.
///
/// Turning raw `get_wch` codes into a `Key` is the driver's job; screens and widgets only
/// ever see this enum. Control keys carry their lowercase letter: Ctrl-C is `.control("c")`.
package enum Key: Hashable, Sendable {
  /// A printable character, including space, Cyrillic letters and combining marks.
  case character(Character)
  case up
  case down
  case left
  case right
  case pageUp
  case pageDown
  case home
  case end
  case enter
  case escape
  case backspace
  case delete
  case tab
  case backTab
  /// A letter pressed with Ctrl, always lowercase.
  case control(Character)
  /// F1, F2, …: `.function(1)`.
  case function(Int)
  /// The terminal changed size; the screen should lay itself out again.
  case resize

  /// The name shown for the key in status-bar hints and the help overlay.
  ///
  /// These are the labels printed on keys, the same in every language: "Enter", "Esc",
  /// "PgDn", "Ctrl-E", "↑", "F1"; a character key shows itself, and space shows "Space".
  package var displayName: String {
    switch self {
    case .character(" "): "Space"
    case .character(let character): String(character)
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .enter: "Enter"
    case .escape: "Esc"
    case .backspace: "Backspace"
    case .delete: "Del"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .control(let character): "Ctrl-" + character.uppercased()
    case .function(let number): "F\(number)"
    case .resize: "Resize"
    }
  }

  /// The character a key types, or `nil` for keys that do not type text.
  package var character: Character? {
    if case .character(let character) = self {
      return character
    }
    return nil
  }
}
