/// Horizontal bars drawn with eighth blocks (▏▎▍▌▋▊▉█): votes per proposal, requests per
/// service, spending against a budget.
///
/// Each entry is a row: the label, the bar, and the value as the caller formatted it
/// ("1 234", "45 000 ₴"), right-aligned. Bars are scaled to ``maximum`` (the largest value
/// when `nil`), with a resolution of an eighth of a column.
package struct BarChart: Hashable, Sendable {
  /// One row of the chart.
  package struct Entry: Hashable, Sendable {
    package var label: String
    package var value: Double
    /// The value as shown, formatted by the caller for the interface language.
    package var valueText: String

    package init(label: String, value: Double, valueText: String) {
      self.label = label
      self.value = value
      self.valueText = valueText
    }
  }

  package var entries: [Entry]
  /// The value a full-width bar stands for; `nil` scales to the largest entry.
  package var maximum: Double?

  package init(entries: [Entry], maximum: Double? = nil) {
    self.entries = entries
    self.maximum = maximum
  }

  /// The partial blocks for one to seven eighths of a column.
  private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  /// A bar for `value` out of `maximum` in at most `width` columns; empty for zero, negative
  /// or non-finite values.
  package static func bar(value: Double, maximum: Double, width: Int) -> String {
    guard width > 0, maximum > 0, value > 0, value.isFinite, maximum.isFinite else { return "" }
    let fraction = min(1, value / maximum)
    let total = Int((fraction * Double(width * 8)).rounded())
    // A value above zero always shows at least a sliver.
    let units = max(1, total)
    var bar = String(repeating: "█", count: units / 8)
    if units % 8 > 0 {
      bar.append(eighths[units % 8 - 1])
    }
    return bar
  }

  /// Draws one row per entry, as many as fit in `rect`.
  package func render(into canvas: inout Canvas, in rect: Rect, barStyle: Style = .accent) {
    canvas.fill(rect)
    guard !rect.isEmpty, !entries.isEmpty else { return }
    let scale = maximum ?? entries.map(\.value).max() ?? 0
    let labelWidth = min(entries.map { DisplayWidth.of($0.label) }.max() ?? 0, rect.width / 3)
    let valueWidth = min(entries.map { DisplayWidth.of($0.valueText) }.max() ?? 0, rect.width / 4)
    let barWidth = max(0, rect.width - labelWidth - valueWidth - 2)
    for (index, entry) in entries.prefix(rect.height).enumerated() {
      let row = rect.row + index
      canvas.put(
        DisplayWidth.pad(entry.label, to: labelWidth, ellipsis: true), row: row,
        column: rect.column)
      canvas.put(
        Self.bar(value: entry.value, maximum: scale, width: barWidth), row: row,
        column: rect.column + labelWidth + 1, style: barStyle)
      canvas.put(
        DisplayWidth.pad(entry.valueText, to: valueWidth, alignment: .trailing), row: row,
        column: rect.right - valueWidth, style: .muted)
    }
  }
}
