/// The bottom line of the screen: a message on the left and key hints on the right.
///
/// Hints come from the screen's ``Keymap``, so the bar can only advertise keys that work.
/// The message wins the space: hints are dropped from the end until message and hints fit,
/// and then the message itself is clipped with "…".
package struct StatusBar: Hashable, Sendable {
  /// The message, from the caller's strings ("Saved", an error, a position).
  package var message: String
  /// The message's style: the status bar's own, or danger for an error.
  package var messageStyle: Style
  /// The hints, shown as "Key text" pairs.
  package var hints: [KeyHint]

  package init(message: String = "", messageStyle: Style = .statusBar, hints: [KeyHint] = []) {
    self.message = message
    self.messageStyle = messageStyle
    self.hints = hints
  }

  /// A status bar with a keymap's hints.
  package init<Action>(
    message: String = "", messageStyle: Style = .statusBar, keymap: Keymap<Action>
  ) {
    self.init(message: message, messageStyle: messageStyle, hints: keymap.hints)
  }

  /// The gap between hints and between the message and the hints.
  private static let gap = 2

  /// The hints as segments: the key bold, the text in the bar's style.
  private static func segments(_ hints: some Collection<KeyHint>) -> [Segment] {
    var segments: [Segment] = []
    for (index, hint) in hints.enumerated() {
      if index > 0 {
        segments.append(Segment(String(repeating: " ", count: gap), style: .statusBar))
      }
      segments.append(Segment(hint.keys, style: Style(.statusBar, attributes: .bold)))
      segments.append(Segment(" " + hint.text, style: .statusBar))
    }
    return segments
  }

  /// Draws the bar on the first row of `rect`.
  package func render(into canvas: inout Canvas, in rect: Rect) {
    let line = rect.top(1)
    canvas.fill(line, style: .statusBar)
    guard !line.isEmpty else { return }
    // One column of margin on each side.
    let room = line.width - 2
    let messageWidth = DisplayWidth.of(DisplayWidth.sanitized(message, keepingNewlines: false))
    var shown = hints.count
    var hintSegments = Self.segments(hints)
    while shown > 0 {
      let hintsWidth = hintSegments.reduce(0) { $0 + $1.width }
      let needed = hintsWidth + (messageWidth > 0 ? messageWidth + Self.gap : 0)
      if needed <= room { break }
      shown -= 1
      hintSegments = Self.segments(hints.prefix(shown))
    }
    let hintsWidth = hintSegments.reduce(0) { $0 + $1.width }
    if hintsWidth > 0 {
      canvas.put(hintSegments, row: line.row, column: line.right - 1 - hintsWidth)
    }
    let messageRoom = room - (hintsWidth > 0 ? hintsWidth + Self.gap : 0)
    let clipped = DisplayWidth.clip(
      DisplayWidth.sanitized(message, keepingNewlines: false), to: messageRoom, ellipsis: true)
    canvas.put(clipped, row: line.row, column: line.column + 1, style: messageStyle)
  }
}
