/// A modal error message with one button: what went wrong and what to do about it.
///
/// The message is typically an error's description, which in this codebase names the file,
/// line or rule involved. Enter, Esc and Space dismiss it.
package struct ErrorDialog: Hashable, Sendable {
  package var title: String
  package var message: String
  /// The button's label ("OK"), from the caller's strings.
  package var dismissLabel: String

  package init(title: String, message: String, dismissLabel: String) {
    self.title = title
    self.message = message
    self.dismissLabel = dismissLabel
  }

  /// Returns whether the key dismisses the dialog; the dialog swallows every other key.
  package func handle(_ key: Key) -> Bool {
    key == .enter || key == .escape || key == .character(" ")
  }

  /// Draws the dialog centred in `rect` over what is there, framed in the danger style.
  package func render(into canvas: inout Canvas, in rect: Rect) {
    DialogFrame(
      title: title, message: message, buttons: [dismissLabel], focusedButton: 0,
      frameStyle: .danger
    ).render(into: &canvas, in: rect)
  }
}
