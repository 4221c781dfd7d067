/// A read-only, word-wrapped, scrolling text: a news item's body, a practice, a service card.
///
/// Text is sanitized (no terminal escapes from imported feeds) and wrapped by display width
/// one column narrower than the viewport, leaving the last column for the scroll bar.
/// `viewport` is the visible size; set it from the layout so scrolling and the position
/// know the page. Rendering into a different rectangle re-wraps for that rectangle.
package struct TextView: Hashable, Sendable {
  /// The text shown; explicit line breaks and blank lines are kept.
  package var text: String {
    didSet { rewrap() }
  }
  /// The size of the area the text is shown in.
  package var viewport: Size {
    didSet { rewrap() }
  }
  /// The first visible line.
  package private(set) var offset = 0
  /// The wrapped lines for the viewport's width.
  package private(set) var lines: [String] = []

  package init(text: String = "", viewport: Size = Size(width: 80, height: 20)) {
    self.text = text
    self.viewport = viewport
    rewrap()
  }

  /// Scrolls for ↑/k, ↓/j, PgUp, PgDn/Space, Home/g and End/G; returns whether the key is
  /// one of these.
  @discardableResult
  package mutating func handle(_ key: Key) -> Bool {
    let page = max(1, viewport.height)
    switch key {
    case .up, .character("k"): scroll(to: offset - 1)
    case .down, .character("j"): scroll(to: offset + 1)
    case .pageUp: scroll(to: offset - page)
    case .pageDown, .character(" "): scroll(to: offset + page)
    case .home, .character("g"): scroll(to: 0)
    case .end, .character("G"): scroll(to: lines.count)
    default: return false
    }
    return true
  }

  /// Scrolls so `line` is the first visible one, as far as the text allows.
  package mutating func scroll(to line: Int) {
    offset = min(max(0, line), maxOffset(lineCount: lines.count, height: viewport.height))
  }

  /// How far through the text the bottom of the viewport is, as "45%" ("100%" when all of
  /// it is visible): for a status bar or a title.
  package var positionLabel: String {
    guard !lines.isEmpty else { return "100%" }
    let seen = min(lines.count, offset + max(0, viewport.height))
    return "\(seen * 100 / lines.count)%"
  }

  /// Whether the whole text fits, so no position or scroll bar is needed.
  package var fitsViewport: Bool { lines.count <= viewport.height }

  /// Draws the visible lines and, when the text is taller than the area, a scroll bar.
  package func render(into canvas: inout Canvas, in rect: Rect, style: Style = .normal) {
    canvas.fill(rect, style: style)
    guard !rect.isEmpty else { return }
    let shown =
      rect.width == viewport.width
      ? lines : DisplayWidth.wrap(DisplayWidth.sanitized(text), width: rect.width - 1)
    let first = min(offset, maxOffset(lineCount: shown.count, height: rect.height))
    for row in 0..<rect.height where first + row < shown.count {
      canvas.put(
        shown[first + row], row: rect.row + row, column: rect.column, style: style,
        maxWidth: rect.width - 1)
    }
    ScrollIndicator.render(
      into: &canvas, in: Rect(row: rect.row, column: rect.right - 1, width: 1, height: rect.height),
      total: shown.count, visible: rect.height, offset: first)
  }

  private func maxOffset(lineCount: Int, height: Int) -> Int {
    max(0, lineCount - max(1, height))
  }

  private mutating func rewrap() {
    lines = DisplayWidth.wrap(DisplayWidth.sanitized(text), width: max(1, viewport.width - 1))
    scroll(to: offset)
  }
}
