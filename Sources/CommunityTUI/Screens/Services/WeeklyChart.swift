import CommunityCore
import Foundation

/// Requests registered and completed per week, as block columns.
///
/// Two series of ``ColumnChart`` rows on one scale, with the week starts underneath:
///
/// ```
/// Заяви за 12 тижнів
///                 ▂▂    ▅▅ ▇▇
/// зареєстровано   ██ ▃▃ ██ ██ …  34
///                          ▂▂
/// завершено       ▃▃    ▅▅ ██ …  20
///                 07.09       05.10
/// ```
///
/// Each series has its own row label, so the chart reads the same without colour.
struct WeeklyChart {
  var weeks: [WeeklyCount]
  /// Rows of each series' columns.
  static let seriesHeight = 2
  /// The chart's height: a title, two series and the dates.
  static let height = 2 * seriesHeight + 2
  /// Columns per week: a two-column bar and a gap.
  private static let step = 3

  /// The width the chart needs for its labels in `strings`.
  static func width(weeks: Int, strings: Strings) -> Int {
    labelWidth(strings) + weeks * step + 5
  }

  private static func labelWidth(_ strings: Strings) -> Int {
    max(
      DisplayWidth.of(strings["requests.chart.registered"]),
      DisplayWidth.of(strings["requests.chart.completed"])) + 2
  }

  func render(into canvas: inout Canvas, in rect: Rect, strings: Strings) {
    canvas.fill(rect)
    guard rect.height >= WeeklyChart.height, !weeks.isEmpty else { return }
    canvas.put(
      strings.format("requests.chart.title", weeks.count), row: rect.row, column: rect.column,
      style: .title.adding(.bold), maxWidth: rect.width)
    let registered = weeks.map { Double($0.registered) }
    let completed = weeks.map { Double($0.completed) }
    // One scale for both series, so their heights compare.
    let maximum = max(1, (registered + completed).max() ?? 1)
    let labelWidth = WeeklyChart.labelWidth(strings)
    let series: [(String, [Double], Style)] = [
      (strings["requests.chart.registered"], registered, .accent),
      (strings["requests.chart.completed"], completed, .success),
    ]
    var row = rect.row + 1
    for (label, values, style) in series {
      let rows = ColumnChart.rows(values, height: WeeklyChart.seriesHeight, maximum: maximum)
      for (offset, line) in rows.enumerated() {
        let isLast = offset == rows.count - 1
        if isLast {
          canvas.put(label, row: row, column: rect.column, style: .muted, maxWidth: labelWidth)
        }
        var column = rect.column + labelWidth
        for (week, block) in line.enumerated() {
          guard column + 2 <= rect.right else { break }
          if isLast && values[week] <= 0 {
            // An empty week still shows where it is.
            canvas.put("··", row: row, column: column, style: .muted)
          } else {
            canvas.put(String(repeating: block, count: 2), row: row, column: column, style: style)
          }
          column += WeeklyChart.step
        }
        if isLast {
          canvas.put(
            String(Int(values.reduce(0, +))), row: row, column: column + 1, style: .muted,
            maxWidth: max(0, rect.right - column - 1))
        }
        row += 1
      }
    }
    for (index, week) in weeks.enumerated() where index % 4 == 0 {
      let column = rect.column + labelWidth + index * WeeklyChart.step
      canvas.put(
        WeeklyChart.dayMonth(week.weekStart), row: row, column: column, style: .muted,
        maxWidth: max(0, rect.right - column))
    }
  }

  /// "07.09" for a week's Monday.
  static func dayMonth(_ date: LocalDate) -> String {
    String(RequestLookup.dateText(date).prefix(5))
  }
}
