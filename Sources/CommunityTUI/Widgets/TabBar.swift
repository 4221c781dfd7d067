/// The row of numbered section tabs at the top of the screen: " 1 Новини │ 2 Послуги │ …".
///
/// The active tab is drawn in the selection style (reverse video without colour), the others
/// in the normal style. Digits 1–9 pick a tab; the app's keymap can call ``next()`` and
/// ``previous()`` for other keys. When the titles are wider than the screen, tabs before the
/// active one are dropped from the left so the active tab always shows.
package struct TabBar: Hashable, Sendable {
  /// The tab titles, from the caller's strings.
  package var titles: [String] {
    didSet { select(active) }
  }
  /// The active tab's index.
  package private(set) var active: Int

  package init(titles: [String], active: Int = 0) {
    self.titles = titles
    self.active = min(max(0, active), max(0, titles.count - 1))
  }

  /// Activates a tab, clamped to the titles.
  package mutating func select(_ index: Int) {
    active = min(max(0, index), max(0, titles.count - 1))
  }

  /// Activates the next tab, wrapping to the first.
  package mutating func next() {
    guard !titles.isEmpty else { return }
    active = (active + 1) % titles.count
  }

  /// Activates the previous tab, wrapping to the last.
  package mutating func previous() {
    guard !titles.isEmpty else { return }
    active = (active + titles.count - 1) % titles.count
  }

  /// Activates the tab whose number was typed (1–9); returns whether the key picked one.
  @discardableResult
  package mutating func handle(_ key: Key) -> Bool {
    guard case .character(let typed) = key, let digit = typed.wholeNumberValue, typed.isASCII,
      digit >= 1, digit <= titles.count
    else { return false }
    active = digit - 1
    return true
  }

  /// The columns all tabs take side by side, separators included.
  package var naturalWidth: Int {
    titles.indices.reduce(0) { $0 + DisplayWidth.of(label($1)) + 1 } - 1
  }

  /// The label of one tab, with its number when it has one.
  private func label(_ index: Int) -> String {
    index < 9 ? " \(index + 1) \(titles[index]) " : " \(titles[index]) "
  }

  /// Draws the tabs on the first row of `rect`, clipped to its width.
  package func render(into canvas: inout Canvas, in rect: Rect) {
    let line = rect.top(1)
    canvas.fill(line)
    guard !line.isEmpty, !titles.isEmpty else { return }
    let separator = "│"
    var first = 0
    // Drop tabs from the left until everything up to the active tab fits.
    while first < active,
      (first...active).reduce(0, { $0 + DisplayWidth.of(label($1)) + 1 }) - 1 > line.width
    {
      first += 1
    }
    var column = line.column
    for index in first..<titles.count {
      if index > first {
        column += canvas.put(
          separator, row: line.row, column: column, style: .border, maxWidth: line.right - column)
      }
      let text = label(index)
      let style: Style = index == active ? .selection : .normal
      let used = canvas.put(
        text, row: line.row, column: column, style: style, maxWidth: line.right - column)
      column += used
      // When the rest of this tab or more tabs do not fit, an ellipsis says so.
      if used < DisplayWidth.of(text) || (column >= line.right && index < titles.count - 1) {
        canvas.put(
          String(DisplayWidth.ellipsis), row: line.row, column: min(column, line.right - 1),
          style: style)
        break
      }
      if column >= line.right {
        break
      }
    }
  }
}
