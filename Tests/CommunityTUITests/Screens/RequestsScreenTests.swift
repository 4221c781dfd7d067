import CommunityCore
import CommunityTUI
import Foundation
import Testing

/// A resident's "My requests" and the request page with its history, compared with golden
/// files; privacy: a resident never sees another's request.
@Suite("Request screens")
struct RequestsScreenTests {
  static let sizes = [(80, 24), (120, 40)]

  /// An app signed in as `viewer` with `r` pressed in the services section.
  static func requestsApp(
    _ demo: TestCommunity, _ viewer: String, language: String = "uk"
  ) throws -> App {
    let app = App(context: try demo.context(viewer, language: language), signedIn: true)
    app.type(.character("2"), .character("r"))
    return app
  }

  @Test("My requests: number, service, status, due date and days left", arguments: sizes)
  func myRequests(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let canvas = Golden.render(try Self.requestsApp(demo, "taras"), size)
    try Golden.check(canvas, "requests-mine-\(size.0)x\(size.1)")
    #expect(canvas.text.contains("Мої заяви · 4 шт."))
    // The address request was due on 12 November: thirteen days before the fixed today.
    let overdue = try #require(
      canvas.text.split(separator: "\n").first { $0.contains("2026-000001") })
    #expect(overdue.contains("12.11.2026") && overdue.contains("прострочено 13 дн."))
    #expect(overdue.contains("на розгляді"))
  }

  @Test("My requests in English")
  func myRequestsEnglish() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let canvas = Golden.render(try Self.requestsApp(demo, "taras", language: "en"))
    try Golden.check(canvas, "requests-mine-en-80x24")
    #expect(canvas.text.contains("overdue 13 d"))
  }

  @Test("the request page shows every fact and the whole history", arguments: sizes)
  func detailWithHistory(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try Self.requestsApp(demo, "taras")
    // The oldest of Taras's requests: refused after a request for documents.
    app.type(.end, .enter)
    let canvas = Golden.render(app, size)
    try Golden.check(canvas, "requests-detail-\(size.0)x\(size.1)")
    let text = canvas.text
    #expect(text.contains("Заява № 2026-000013"))
    #expect(text.contains("Історія:"))
    #expect(text.contains("на розгляді → потрібні документи"))
    #expect(text.contains("потрібні документи → відмовлено"))
    #expect(text.contains("Андрій Савчук"))
    // A refused request can no longer be withdrawn, so the page does not offer it… but the
    // key is there and explains.
    app.type(.character("w"))
    #expect(Golden.render(app, size).line(size.1 - 1).contains("її вже не відкликати"))
  }

  @Test("an official's request page shows the applicant, the assignee and internal notes")
  func officialDetail() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let olena = try demo.context("olena")
    try demo.community.updateRequest(
      number: "2026-000005", note: "Зателефонувати заявниці в понеділок", viewer: olena.viewer,
      now: TestCommunity.fixedNow)
    let app = try Self.requestsApp(demo, "olena")
    app.type(.character("/"))
    app.type(text: "2026-000005")
    app.type(.enter, .enter)
    let canvas = Golden.render(app, (120, 40))
    try Golden.check(canvas, "requests-detail-official-120x40")
    #expect(canvas.text.contains("заявник: Галина Шевчук"))
    #expect(canvas.text.contains("виконавець: Андрій Савчук"))
    #expect(canvas.text.contains("(зупинено, 9 дн.)"))
    #expect(canvas.text.contains("Внутрішні нотатки:"))
    #expect(canvas.text.contains("Зателефонувати заявниці в понеділок"))
    #expect(canvas.text.contains("s статус"))
  }

  @Test("an applicant does not see the officials' internal notes")
  func internalNotesHidden() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let olena = try demo.context("olena")
    try demo.community.updateRequest(
      number: "2026-000001", note: "Перевірити декларацію в ДІАМ", viewer: olena.viewer,
      now: TestCommunity.fixedNow)
    let app = try Self.requestsApp(demo, "taras")
    app.type(.down, .down, .enter)
    let text = Golden.render(app, (120, 40)).text
    #expect(text.contains("Заява № 2026-000001"))
    #expect(!text.contains("Перевірити декларацію"))
    #expect(!text.contains("Внутрішні нотатки"))
  }

  @Test(
    "privacy: a resident's list holds exactly their own requests",
    arguments: ["taras", "iryna", "mykola", "sofiia", "dmytro", "halyna"])
  func privacy(resident: String) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let official = try demo.context("olena")
    let all = try demo.community.listRequests(viewer: official.viewer, now: TestCommunity.fixedNow)
    let own = Set(all.filter { $0.applicant == resident }.map(\.number))
    let others = Set(all.map(\.number)).subtracting(own)
    let app = try Self.requestsApp(demo, resident)
    let text = Golden.render(app, (120, 40)).text
    for number in own { #expect(text.contains(number)) }
    for number in others { #expect(!text.contains(number), "\(resident) sees \(number)") }
    // Scrolling through every row and opening each shows only their own requests too.
    for _ in own {
      app.type(.enter)
      let page = Golden.render(app, (120, 40)).text
      #expect(own.contains { page.contains("Заява № " + $0) })
      #expect(!others.contains { page.contains($0) })
      app.type(.escape, .down)
    }
  }
}
