import CommunityCore
import Foundation

extension QueueScreen {
  /// Column widths of a queue row; wide screens add the assignee and the applicant.
  struct Columns {
    static let marker = 4
    static let number = 12
    static let due = 11
    static let left = 10
    static let status = 19
    var service: Int
    var assignee = 0
    var applicant = 0

    init(width: Int) {
      if width >= 110 {
        assignee = 18
        applicant = 18
      }
      let fixed =
        Columns.marker + Columns.number + Columns.due + Columns.left + Columns.status + assignee
        + applicant
      service = max(8, width - fixed)
    }
  }

  /// Whether the chart fits beside the summary rather than above the list.
  private func chartBesideSummary(width: Int) -> Bool {
    width >= WeeklyChart.width(weeks: 12, strings: strings) + 44
  }

  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    let header = rect.top(1)
    canvas.fill(header, style: .title)
    canvas.put(
      " " + strings["queue.heading"] + " · " + filterText, row: header.row, column: 0,
      style: .title, maxWidth: rect.width)
    let showChart = chartChoice ?? (rect.width >= 110 && rect.height >= 30)
    chartShown = showChart
    if showChart && weeks == nil { loadChart(context: context) }
    var top = rect.row + 1
    if showChart, let weeks, chartBesideSummary(width: rect.width) {
      let chartWidth = WeeklyChart.width(weeks: weeks.count, strings: strings)
      renderSummaryBlock(
        into: &canvas,
        in: Rect(
          row: top, column: 1, width: rect.width - chartWidth - 3, height: WeeklyChart.height))
      WeeklyChart(weeks: weeks).render(
        into: &canvas,
        in: Rect(
          row: top, column: rect.right - chartWidth - 1, width: chartWidth,
          height: WeeklyChart.height),
        strings: strings)
      top += WeeklyChart.height + 1
    } else {
      renderSummaryLine(into: &canvas, row: top, width: rect.width)
      top += 1
      if showChart, let weeks {
        WeeklyChart(weeks: weeks).render(
          into: &canvas,
          in: Rect(row: top + 1, column: 1, width: rect.width - 2, height: WeeklyChart.height),
          strings: strings)
        top += WeeklyChart.height + 2
      }
    }
    renderColumnTitles(into: &canvas, row: top, width: rect.width)
    var body = Rect(
      row: top + 1, column: rect.column, width: rect.width, height: rect.bottom - top - 1)
    if search.isActive {
      search.render(into: &canvas, row: body.bottom - 1, width: rect.width, strings: strings)
      body = body.droppingBottom(1)
    }
    if rows.isEmpty {
      canvas.put(" " + strings["queue.empty"], row: body.row + 1, column: 0, style: .muted)
      return
    }
    list.pageSize = body.height
    renderRows(into: &canvas, in: body, context: context)
  }

  private func summaryNumbers() -> (open: String, overdue: String, week: String) {
    guard let summary else { return ("—", "—", "—") }
    return (String(summary.open), String(summary.overdue), String(summary.dueThisWeek))
  }

  /// "Відкрито: 12 · прострочено: 3 · строк за тиждень: 5", with the marker legend at the right
  /// when it fits.
  private func renderSummaryLine(into canvas: inout Canvas, row: Int, width: Int) {
    let numbers = summaryNumbers()
    let used = canvas.put(
      [
        Segment(" " + strings.format("queue.summary.open", numbers.open) + " · "),
        Segment(strings.format("queue.summary.overdue", numbers.overdue), style: .danger),
        Segment(" · "),
        Segment(strings.format("queue.summary.week", numbers.week), style: .warning),
      ], row: row, column: 0, maxWidth: width)
    let legend = strings["queue.legend"]
    let legendWidth = DisplayWidth.of(legend)
    if used + legendWidth + 3 <= width {
      canvas.put(legend, row: row, column: width - legendWidth - 1, style: .muted)
    }
  }

  /// The summary as a block of lines beside the chart.
  private func renderSummaryBlock(into canvas: inout Canvas, in rect: Rect) {
    let numbers = summaryNumbers()
    let lines: [(String, Style)] = [
      (strings["queue.summary.title"], .title.adding(.bold)),
      (strings.format("queue.summary.open", numbers.open), .normal),
      (strings.format("queue.summary.overdue", numbers.overdue), .danger),
      (strings.format("queue.summary.week", numbers.week), .warning),
      ("", .normal),
      (strings["queue.legend"], .muted),
    ]
    for (offset, line) in lines.enumerated() where offset < rect.height {
      canvas.put(
        line.0.prefix(1).uppercased() + line.0.dropFirst(), row: rect.row + offset,
        column: rect.column, style: line.1, maxWidth: rect.width)
    }
  }

  private func renderColumnTitles(into canvas: inout Canvas, row: Int, width: Int) {
    let columns = Columns(width: width - 1)
    var titles =
      String(repeating: " ", count: Columns.marker)
      + DisplayWidth.pad(strings["requests.column.number"], to: Columns.number)
      + DisplayWidth.pad(strings["requests.column.due"], to: Columns.due)
      + DisplayWidth.pad(strings["queue.column.left"], to: Columns.left)
      + DisplayWidth.pad(strings["requests.column.status"], to: Columns.status)
      + DisplayWidth.pad(strings["requests.column.service"], to: columns.service)
    if columns.assignee > 0 {
      titles +=
        DisplayWidth.pad(strings["queue.column.assignee"], to: columns.assignee)
        + strings["queue.column.applicant"]
    }
    canvas.put(titles, row: row, column: 0, style: .muted.adding(.bold), maxWidth: width)
  }

  /// Days left in a few columns: "5 дн.", "-2 дн.", "сьогодні", or a paused clock (whose
  /// days left only the request itself knows).
  private func shortDaysLeft(_ index: Int, context: AppContext) -> String {
    let row = rows[index]
    if row.status == .needsDocuments {
      let left = record(at: index, context: context).map(lookup.daysLeft(of:))
      return strings.format("queue.left.paused", left.map(String.init) ?? "")
    }
    let left = lookup.today.days(until: row.dueDate)
    return left == 0 ? strings["requests.left.today"] : strings.format("queue.left.days", left)
  }

  private func renderRows(into canvas: inout Canvas, in body: Rect, context: AppContext) {
    let highlighted = Set(search.matches)
    // The last column stays free for the scroll bar, so rows line up with the titles.
    let columns = Columns(width: body.width - 1)
    list.render(into: &canvas, in: body) { index, _, _ in
      let row = self.rows[index]
      let urgency = self.lookup.urgency(status: row.status, dueDate: row.dueDate)
      let name = self.lookup.serviceName(row.serviceCode)
      var segments = [
        Segment(
          DisplayWidth.pad(" " + urgency.marker, to: Columns.marker),
          style: urgency.style.adding(.bold)),
        Segment(
          DisplayWidth.pad(row.number, to: Columns.number),
          style: highlighted.contains(index) ? .accent : .normal),
        Segment(
          DisplayWidth.pad(RequestLookup.dateText(row.dueDate), to: Columns.due),
          style: urgency.style),
        Segment(
          DisplayWidth.pad(self.shortDaysLeft(index, context: context), to: Columns.left),
          style: urgency.style),
        Segment(DisplayWidth.pad(self.lookup.status(row.status), to: Columns.status)),
        Segment(DisplayWidth.pad(name, to: columns.service - 1, ellipsis: true) + " "),
      ]
      if columns.assignee > 0 {
        let assignee = row.assignee.map(self.lookup.name) ?? "—"
        segments.append(
          Segment(
            DisplayWidth.pad(assignee, to: columns.assignee - 1, ellipsis: true) + " ",
            style: row.assignee == nil ? .muted : .normal))
        segments.append(Segment(self.lookup.name(row.applicant)))
      }
      return segments
    }
  }
}
