/// A piece of text in one style: what a list row or a status line is built from.
package struct Segment: Hashable, Sendable, ExpressibleByStringLiteral {
  package var text: String
  package var style: Style

  package init(_ text: String, style: Style = .normal) {
    self.text = text
    self.style = style
  }

  package init(stringLiteral value: String) {
    self.init(value)
  }

  /// The number of terminal columns the text occupies.
  package var width: Int { DisplayWidth.of(text) }
}
