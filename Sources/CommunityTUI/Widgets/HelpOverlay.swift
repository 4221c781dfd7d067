/// A scrollable box listing what every key of a screen does: the keymap's ``Keymap/helpLines``.
///
/// Keys are drawn in a column in the key-hint style, and each help text wraps beside them.
/// ↑/k, ↓/j, PgUp, PgDn/Space, Home/g and End/G scroll; closing (Esc, "?") is the screen's
/// keymap's business, so the same keys close help everywhere.
package struct HelpOverlay: Hashable, Sendable {
  package var title: String
  package var lines: [KeyHint]
  /// The first visible row.
  package private(set) var offset = 0
  /// The size of the area the overlay is shown in (usually the screen), for paging.
  package var viewport: Size

  package init(title: String, lines: [KeyHint], viewport: Size = Size(width: 80, height: 24)) {
    self.title = title
    self.lines = lines
    self.viewport = viewport
  }

  /// A help overlay for a keymap.
  package init<Action>(
    title: String, keymap: Keymap<Action>, viewport: Size = Size(width: 80, height: 24)
  ) {
    self.init(title: title, lines: keymap.helpLines, viewport: viewport)
  }

  /// Scrolls for the reading keys; returns whether the key was one of them.
  @discardableResult
  package mutating func handle(_ key: Key) -> Bool {
    let layout = layout(in: Rect(row: 0, column: 0, width: viewport.width, height: viewport.height))
    let page = max(1, layout.inner.height)
    let last = max(0, layout.rows.count - layout.inner.height)
    switch key {
    case .up, .character("k"): offset -= 1
    case .down, .character("j"): offset += 1
    case .pageUp: offset -= page
    case .pageDown, .character(" "): offset += page
    case .home, .character("g"): offset = 0
    case .end, .character("G"): offset = last
    default: return false
    }
    offset = min(max(0, offset), last)
    return true
  }

  /// One drawn row: the keys (on a line's first row only) and a piece of help text.
  private struct Row {
    var keys: String
    var text: String
  }

  private struct Layout {
    var box: Rect
    var inner: Rect
    var keysWidth: Int
    var rows: [Row]
  }

  /// Sizes the box to its content, at most the area less a margin, and wraps the help text.
  private func layout(in rect: Rect) -> Layout {
    let widestKeys = lines.map { DisplayWidth.of($0.keys) }.max() ?? 0
    let widestText = lines.map { DisplayWidth.of($0.text) }.max() ?? 0
    let maximumWidth = max(0, rect.width - 4)
    let width = min(maximumWidth, max(widestKeys + 2 + widestText, DisplayWidth.of(title) + 2) + 4)
    let keysWidth = min(widestKeys, max(1, (width - 4) / 3))
    let textWidth = max(1, width - 4 - keysWidth - 2)
    var rows: [Row] = []
    for line in lines {
      let wrapped = DisplayWidth.wrap(DisplayWidth.sanitized(line.text), width: textWidth)
      for (index, text) in wrapped.enumerated() {
        rows.append(Row(keys: index == 0 ? line.keys : "", text: text))
      }
    }
    let height = min(max(0, rect.height - 2), rows.count + 2)
    let box = rect.centered(width: width, height: height)
    return Layout(
      box: box, inner: box.inset(top: 1, left: 2, bottom: 1, right: 2), keysWidth: keysWidth,
      rows: rows)
  }

  /// Draws the overlay centred in `rect` over what is there, with a scroll bar on the right
  /// border when the list is taller than the box.
  package func render(into canvas: inout Canvas, in rect: Rect) {
    let layout = layout(in: rect)
    guard layout.box.width >= 4, layout.box.height >= 3 else { return }
    canvas.fill(layout.box)
    canvas.box(layout.box, title: title)
    let inner = layout.inner
    let first = min(offset, max(0, layout.rows.count - inner.height))
    for (index, row) in layout.rows.dropFirst(first).prefix(inner.height).enumerated() {
      let line = inner.row + index
      canvas.put(
        DisplayWidth.clip(row.keys, to: layout.keysWidth, ellipsis: true), row: line,
        column: inner.column, style: .keyHint)
      canvas.put(
        row.text, row: line, column: inner.column + layout.keysWidth + 2,
        maxWidth: inner.width - layout.keysWidth - 2)
    }
    ScrollIndicator.render(
      into: &canvas,
      in: Rect(row: inner.row, column: layout.box.right - 1, width: 1, height: inner.height),
      total: layout.rows.count, visible: inner.height, offset: first)
  }
}
