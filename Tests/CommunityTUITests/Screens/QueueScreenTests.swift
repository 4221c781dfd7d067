import CommunityCore
import CommunityTUI
import Foundation
import Testing

/// The officials' queue: sorted by due date, filters, markers that survive `NO_COLOR`, the
/// summary line and the weekly chart.
@Suite("Queue screen")
struct QueueScreenTests {
  static let sizes = [(80, 24), (120, 40)]

  static func queueApp(_ demo: TestCommunity, language: String = "uk") throws -> App {
    let app = App(context: try demo.context("olena", language: language), signedIn: true)
    app.type(.character("2"), .character("r"))
    return app
  }

  /// The request numbers in the order the queue shows them.
  static func numbers(_ canvas: Canvas) -> [String] {
    canvas.text.split(separator: "\n").compactMap { line in
      line.split(separator: " ").first { $0.hasPrefix("2026-") }.map(String.init)
    }
  }

  @Test("the queue: open requests by due date, markers and the summary", arguments: sizes)
  func queue(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let context = try demo.context("olena")
    let canvas = Golden.render(try Self.queueApp(demo), size)
    try Golden.check(canvas, "queue-\(size.0)x\(size.1)")
    let open = try demo.community.listRequests(
      RequestFilter(openOnly: true), viewer: context.viewer, now: TestCommunity.fixedNow)
    #expect(Self.numbers(canvas) == open.map(\.number))
    #expect(open.map(\.dueDate) == open.map(\.dueDate).sorted())
    let summary = try demo.community.queueSummary(
      viewer: context.viewer, now: TestCommunity.fixedNow)
    #expect(canvas.text.contains("Відкрито: \(summary.open)"))
    #expect(canvas.text.lowercased().contains("прострочено: \(summary.overdue)"))
    #expect(canvas.text.lowercased().contains("строк ≤ 7 дн.: \(summary.dueThisWeek)"))
  }

  @Test("overdue rows carry !! and rows due within two days ! in text, styled danger and warning")
  func markers() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let context = try demo.context("olena")
    let canvas = Golden.render(try Self.queueApp(demo), (120, 40))
    let today = try #require(LocalDate("2026-11-25"))
    let open = try demo.community.listRequests(
      RequestFilter(openOnly: true), viewer: context.viewer, now: TestCommunity.fixedNow)
    for row in 0..<canvas.height {
      let line = canvas.line(row)
      guard let request = open.first(where: { line.contains($0.number) }) else { continue }
      let days = today.days(until: request.dueDate)
      let waiting = request.status == .needsDocuments
      if days < 0 && !waiting {
        #expect(line.hasPrefix(" !! "), "\(line)")
        #expect(canvas[row, 1].style.role == .danger)
      } else if days <= 2 && !waiting {
        #expect(line.hasPrefix(" !  "), "\(line)")
        #expect(canvas[row, 1].style.role == .warning)
      } else {
        #expect(line.hasPrefix("    "), "\(line)")
      }
    }
    #expect(canvas.text.contains("!! прострочено  ! ≤ 2 дн."))
  }

  @Test("o shows only overdue requests and says so in the heading", arguments: sizes)
  func overdueFilter(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let context = try demo.context("olena")
    let app = try Self.queueApp(demo)
    app.type(.character("o"))
    let canvas = Golden.render(app, size)
    try Golden.check(canvas, "queue-overdue-\(size.0)x\(size.1)")
    #expect(canvas.line(1).contains("лише прострочені"))
    let overdue = try demo.community.listRequests(
      RequestFilter(overdueOnly: true, openOnly: true), viewer: context.viewer,
      now: TestCommunity.fixedNow)
    #expect(!overdue.isEmpty)
    #expect(Self.numbers(canvas) == overdue.map(\.number))
    app.type(.character("o"))
    #expect(Golden.render(app, size).line(1).contains("усі відкриті"))
  }

  @Test("s cycles the status filter, m keeps my requests, v cycles services, x clears")
  func filters() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let context = try demo.context("olena")
    let app = try Self.queueApp(demo)
    let all = try demo.community.listRequests(
      RequestFilter(openOnly: true), viewer: context.viewer, now: TestCommunity.fixedNow)

    app.type(.character("s"))
    var canvas = Golden.render(app, (120, 40))
    #expect(canvas.line(1).contains("статус: зареєстровано"))
    #expect(Self.numbers(canvas) == all.filter { $0.status == .registered }.map(\.number))
    app.type(.character("s"))
    canvas = Golden.render(app, (120, 40))
    #expect(canvas.line(1).contains("статус: на розгляді"))
    #expect(Self.numbers(canvas) == all.filter { $0.status == .inReview }.map(\.number))

    app.type(.character("m"))
    canvas = Golden.render(app, (120, 40))
    #expect(canvas.line(1).contains("статус: на розгляді · лише мої"))
    let mine = all.filter { $0.status == .inReview && $0.assignee == "olena" }
    #expect(!mine.isEmpty)
    #expect(Self.numbers(canvas) == mine.map(\.number))

    app.type(.character("x"), .character("v"))
    canvas = Golden.render(app, (120, 40))
    #expect(canvas.line(1).contains("послуга: 00034"))
    #expect(Self.numbers(canvas) == all.filter { $0.serviceCode == "00034" }.map(\.number))
    app.type(.character("v"))
    canvas = Golden.render(app, (120, 40))
    #expect(canvas.line(1).contains("послуга: 00038"))
    #expect(Self.numbers(canvas) == all.filter { $0.serviceCode == "00038" }.map(\.number))

    app.type(.character("x"))
    #expect(Self.numbers(Golden.render(app, (120, 40))) == all.map(\.number))
  }

  @Test("c shows the weekly chart at 80×24; at 120×40 it shows beside the summary")
  func chart() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let context = try demo.context("olena")
    let app = try Self.queueApp(demo)
    #expect(!Golden.render(app).text.contains("Заяви за 12 тижнів"))
    app.type(.character("c"))
    let small = Golden.render(app)
    try Golden.check(small, "queue-chart-80x24")
    #expect(small.text.contains("Заяви за 12 тижнів"))
    #expect(small.text.contains("зареєстровано") && small.text.contains("завершено"))
    let weeks = try demo.community.weeklyCounts(viewer: context.viewer, now: TestCommunity.fixedNow)
    let registered = weeks.map(\.registered).reduce(0, +)
    let completed = weeks.map(\.completed).reduce(0, +)
    #expect(small.text.contains("  \(registered)\n") || small.text.contains(" \(registered) "))
    #expect(small.text.contains(" \(completed)"))
    #expect(small.text.contains { "▁▂▃▄▅▆▇█".contains($0) })
    // On a large screen the chart is there from the start, and c hides it.
    let large = try Self.queueApp(demo)
    #expect(Golden.render(large, (120, 40)).text.contains("Заяви за 12 тижнів"))
    large.type(.character("c"))
    #expect(!Golden.render(large, (120, 40)).text.contains("Заяви за 12 тижнів"))
  }

  @Test(
    "the queue's index-only lines match listRequests under every filter, and so does the summary",
    arguments: [
      RequestFilter(openOnly: true), RequestFilter(overdueOnly: true, openOnly: true),
      RequestFilter(status: .registered, openOnly: true),
      RequestFilter(status: .needsDocuments, openOnly: true),
      RequestFilter(serviceCode: "00038", openOnly: true),
      RequestFilter(mineOnly: true, openOnly: true),
      RequestFilter(status: .inReview, mineOnly: true, openOnly: true),
    ])
  func snapshot(filter: RequestFilter) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let olena = try demo.context("olena").viewer
    let now = TestCommunity.fixedNow
    // A status change and an assignment append new index lines; the latest must win.
    try demo.community.updateRequest(
      number: "2026-000015", status: .inReview, assignee: "olena", viewer: olena, now: now)
    try demo.community.updateRequest(
      number: "2026-000008", status: .issued, viewer: olena, now: now)
    let snapshot = try demo.community.queueSnapshot(filter, viewer: olena, now: now)
    let listed = try demo.community.listRequests(filter, viewer: olena, now: now)
    #expect(snapshot.rows.map(\.number) == listed.map(\.number))
    #expect(snapshot.rows.map(\.status) == listed.map(\.status))
    #expect(snapshot.rows.map(\.assignee) == listed.map(\.assignee))
    #expect(snapshot.rows.map(\.dueDate) == listed.map(\.dueDate))
    #expect(snapshot.summary == (try demo.community.queueSummary(viewer: olena, now: now)))
    let taras = try demo.context("taras").viewer
    #expect(throws: AccessError.self) { try demo.community.queueSnapshot(filter, viewer: taras) }
  }

  @Test("the queue in English")
  func english() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let canvas = Golden.render(try Self.queueApp(demo, language: "en"), (120, 40))
    try Golden.check(canvas, "queue-en-120x40")
    #expect(canvas.text.contains("Request queue · all open"))
    #expect(canvas.text.contains("Open: 9"))
  }

  @Test("/ finds a request by its applicant's name")
  func search() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try Self.queueApp(demo)
    app.type(.character("/"))
    app.type(text: "Мороз")
    app.type(.enter, .enter)
    let text = Golden.render(app).text
    #expect(text.contains("Заява № 2026-000016"))
    #expect(text.contains("заявник: Софія Мороз"))
  }
}
