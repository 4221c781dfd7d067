/// Small vertical column charts and sparklines drawn with ▁▂▃▄▅▆▇█: requests per weekday,
/// news per week.
///
/// Each value is a column, scaled to ``maximum`` (the largest value when `nil`) with a
/// resolution of an eighth of a row; labels, one per column, go on the bottom row.
package struct ColumnChart: Hashable, Sendable {
  package var values: [Double]
  /// One label per column ("Пн", "Вт", …), from the caller's strings; may be empty.
  package var labels: [String]
  /// The value a full-height column stands for; `nil` scales to the largest value.
  package var maximum: Double?

  package init(values: [Double], labels: [String] = [], maximum: Double? = nil) {
    self.values = values
    self.labels = labels
    self.maximum = maximum
  }

  /// The blocks for one to eight eighths of a row.
  private static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// A one-row sparkline, one character per value; zero and negative values are blank, any
  /// positive value shows at least "▁".
  package static func sparkline(_ values: [Double], maximum: Double? = nil) -> String {
    String(
      values.map {
        block(eighths: eighths(for: $0, maximum: maximum ?? values.max() ?? 0, rows: 1))
      })
  }

  /// The columns as text rows, top to bottom, `height` rows tall, one character per value.
  package static func rows(_ values: [Double], height: Int, maximum: Double? = nil) -> [String] {
    guard height > 0 else { return [] }
    let scale = maximum ?? values.max() ?? 0
    let heights = values.map { eighths(for: $0, maximum: scale, rows: height) }
    return (0..<height).map { row in
      // Rows count up from the bottom: row 0 on screen is the top.
      let floor = (height - 1 - row) * 8
      return String(heights.map { block(eighths: min(8, max(0, $0 - floor))) })
    }
  }

  /// How many eighths of a row a value fills in a column `rows` tall.
  private static func eighths(for value: Double, maximum: Double, rows: Int) -> Int {
    guard value > 0, maximum > 0, value.isFinite, maximum.isFinite else { return 0 }
    let fraction = min(1, value / maximum)
    return max(1, Int((fraction * Double(rows * 8)).rounded()))
  }

  private static func block(eighths: Int) -> Character {
    eighths <= 0 ? " " : blocks[min(8, eighths) - 1]
  }

  /// Draws the chart in `rect`: columns as wide as the widest label, one column apart, with
  /// the labels on the bottom row when there are any.
  package func render(into canvas: inout Canvas, in rect: Rect, style: Style = .accent) {
    canvas.fill(rect)
    guard !rect.isEmpty, !values.isEmpty else { return }
    let columnWidth = max(1, labels.map { DisplayWidth.of($0) }.max() ?? 1)
    let chartHeight = labels.isEmpty ? rect.height : rect.height - 1
    let rows = Self.rows(values, height: chartHeight, maximum: maximum)
    for (index, _) in values.enumerated() {
      let column = rect.column + index * (columnWidth + 1)
      guard column + columnWidth <= rect.right else { break }
      for (offset, row) in rows.enumerated() {
        let block = row[row.index(row.startIndex, offsetBy: index)]
        canvas.put(
          String(repeating: block, count: columnWidth), row: rect.row + offset, column: column,
          style: style)
      }
      if index < labels.count, !labels.isEmpty {
        canvas.put(
          DisplayWidth.pad(labels[index], to: columnWidth, alignment: .center),
          row: rect.bottom - 1, column: column, style: .muted)
      }
    }
  }
}
