/// A modal yes/no question: "Delete this news item?" with two buttons.
///
/// Enter answers with the focused button, Esc cancels, ←/→ and Tab move focus between the
/// buttons, and the confirm and cancel characters answer directly. Every word is the
/// caller's: the question, the title, the button labels, and the answer characters, which
/// default to y/n; pass the letters of the interface language too (for Ukrainian, "т" and
/// "н"), remembering that on a Ukrainian layout the key that types "н" is the one marked Y.
package struct ConfirmDialog: Hashable, Sendable {
  /// How the user answered.
  package enum Answer: Hashable, Sendable {
    case confirmed
    case cancelled
  }

  package var title: String
  package var message: String
  package var confirmLabel: String
  package var cancelLabel: String
  /// Characters that confirm at once.
  package var confirmCharacters: Set<Character>
  /// Characters that cancel at once.
  package var cancelCharacters: Set<Character>
  /// Whether the confirm button has focus; a destructive question should start on cancel.
  package var isConfirmFocused: Bool
  /// Whether the question is destructive, drawn with the danger style.
  package var isDestructive: Bool

  package init(
    title: String, message: String, confirmLabel: String, cancelLabel: String,
    confirmCharacters: Set<Character> = ["y", "Y"], cancelCharacters: Set<Character> = ["n", "N"],
    isConfirmFocused: Bool = true, isDestructive: Bool = false
  ) {
    self.title = title
    self.message = message
    self.confirmLabel = confirmLabel
    self.cancelLabel = cancelLabel
    self.confirmCharacters = confirmCharacters
    self.cancelCharacters = cancelCharacters
    self.isConfirmFocused = isConfirmFocused
    self.isDestructive = isDestructive
  }

  /// Returns the answer when the key gives one; other keys move focus or are swallowed,
  /// since the dialog is modal.
  package mutating func handle(_ key: Key) -> Answer? {
    switch key {
    case .enter:
      return isConfirmFocused ? .confirmed : .cancelled
    case .escape:
      return .cancelled
    case .left, .right, .tab, .backTab:
      isConfirmFocused.toggle()
      return nil
    case .character(let typed) where confirmCharacters.contains(typed):
      return .confirmed
    case .character(let typed) where cancelCharacters.contains(typed):
      return .cancelled
    default:
      return nil
    }
  }

  /// Draws the dialog centred in `rect` (usually the whole screen) over what is there.
  package func render(into canvas: inout Canvas, in rect: Rect) {
    DialogFrame(
      title: title, message: message, buttons: [confirmLabel, cancelLabel],
      focusedButton: isConfirmFocused ? 0 : 1, frameStyle: isDestructive ? .danger : .border
    ).render(into: &canvas, in: rect)
  }
}
