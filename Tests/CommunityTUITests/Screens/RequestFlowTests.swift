import CommunityCore
import CommunityTUI
import Foundation
import Testing

/// Key-by-key request flows through the interface, checked on screen and in the community.
@Suite("Request flows")
struct RequestFlowTests {
  static func app(_ demo: TestCommunity, _ viewer: String) throws -> App {
    let app = App(context: try demo.context(viewer), signedIn: true)
    app.type(.character("2"))
    return app
  }

  /// Opens request `number` from the officials' queue by searching for it.
  static func openInQueue(_ app: App, _ number: String) {
    app.type(.character("r"), .character("/"))
    app.type(text: number)
    app.type(.enter, .enter)
  }

  @Test("a resident files a request typed in Cyrillic and finds it in My requests")
  func fileAndFollow() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try Self.app(demo, "taras")
    app.type(.down, .down, .character("f"))
    app.type(text: "Прошу присвоїти адресу новому будинку на ділянці з кадастровим № 5324")
    app.type(.tab)
    app.type(text: "вул. Липова, 3")
    app.type(.tab)
    app.type(text: "+380 67 000 03 03")
    _ = app.handle(.control("s"))
    let filed = Golden.render(app)
    try Golden.check(filed, "requests-filed-80x24")
    #expect(filed.text.contains("Заяву зареєстровано під номером 2026-000017"))

    let context = try demo.context("taras")
    let stored = try demo.community.request(number: "2026-000017", viewer: context.viewer)
    #expect(stored.serviceCode == "00153")
    #expect(stored.applicant == "taras")
    #expect(stored.address == "вул. Липова, 3")
    #expect(stored.contact == "+380 67 000 03 03")
    #expect(stored.dueDate == LocalDate("2026-12-02"))

    app.type(.escape, .escape, .character("r"))
    let mine = Golden.render(app).text
    let row = try #require(mine.split(separator: "\n").first { $0.contains("2026-000017") })
    #expect(row.contains("зареєстровано"))
    #expect(row.contains("02.12.2026"))
    #expect(row.contains("7 дн."))
  }

  @Test("an official moves a request to in review from the queue; the resident sees it")
  func officialChangesStatus() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try Self.app(demo, "olena")
    Self.openInQueue(app, "2026-000004")
    #expect(Golden.render(app).text.contains("Статус: зареєстровано"))
    app.type(.character("s"))
    let form = Golden.render(app)
    try Golden.check(form, "requests-status-form-80x24")
    // The only move from "registered" is to "in review".
    #expect(form.text.contains("‹ на розгляді ›"))
    _ = app.handle(.control("s"))
    let page = Golden.render(app).text
    #expect(page.contains("Статус змінено: на розгляді"))
    #expect(page.contains("Статус: на розгляді"))
    #expect(page.contains("Олена Коваленко: зареєстровано → на розгляді"))

    let taras = try demo.context("taras")
    let request = try demo.community.request(number: "2026-000004", viewer: taras.viewer)
    #expect(request.status == .inReview)
    #expect(request.history.last?.by == "olena")
    let resident = try Self.app(demo, "taras")
    resident.type(.character("r"))
    let row = try #require(
      Golden.render(resident).text.split(separator: "\n").first { $0.contains("2026-000004") })
    #expect(row.contains("на розгляді"))
  }

  @Test("refusing needs a reason: asked for in place, then kept in the history")
  func refuseNeedsReason() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try Self.app(demo, "olena")
    Self.openInQueue(app, "2026-000002")
    app.type(.character("s"), .right, .right)
    #expect(Golden.render(app).text.contains("‹ відмовлено ›"))
    _ = app.handle(.control("s"))
    let refused = Golden.render(app)
    try Golden.check(refused, "requests-refuse-invalid-80x24")
    #expect(refused.text.contains("Для відмови потрібна причина: напишіть її в примітці"))
    let olena = try demo.context("olena")
    #expect(
      try demo.community.request(number: "2026-000002", viewer: olena.viewer).status == .inReview)

    app.type(text: "Ділянка за межами населеного пункту")
    _ = app.handle(.control("s"))
    let page = Golden.render(app).text
    #expect(page.contains("Статус: відмовлено"))
    #expect(page.contains("«Ділянка за межами населеного пункту»"))
    let request = try demo.community.request(number: "2026-000002", viewer: olena.viewer)
    #expect(request.status == .refused)
    #expect(request.history.last?.note == "Ділянка за межами населеного пункту")
    // A final status offers nothing more.
    app.type(.character("s"))
    #expect(Golden.render(app).line(23).contains("остаточний"))
  }

  @Test("a move the rules forbid (another official was quicker) is explained in words")
  func forbiddenMove() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try Self.app(demo, "olena")
    Self.openInQueue(app, "2026-000004")
    app.type(.character("s"))
    let andrii = try demo.context("andrii")
    try demo.community.updateRequest(
      number: "2026-000004", status: .inReview, viewer: andrii.viewer, now: TestCommunity.fixedNow)
    _ = app.handle(.control("s"))
    let text = Golden.render(app).text
    #expect(text.contains("Помилка"))
    // The dialog wraps the message inside its frame: read it back as one line of words.
    let words = text.replacingOccurrences(of: "│", with: " ")
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(words.contains("Заява 2026-000004 має статус «на розгляді»"))
    #expect(words.contains("перейти до «на розгляді» не можна"))
    #expect(!text.contains("in-review"))
  }

  @Test("an official assigns a request to a colleague, to herself, and adds an internal note")
  func assignAndNote() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let olena = try demo.context("olena")
    let app = try Self.app(demo, "olena")
    Self.openInQueue(app, "2026-000016")
    #expect(Golden.render(app).text.contains("виконавець: не призначено"))
    app.type(.character("a"))
    let form = Golden.render(app)
    try Golden.check(form, "requests-assign-form-80x24")
    // The choice starts on the official herself; → moves to the next official.
    app.type(.left, .enter)
    #expect(
      try demo.community.request(number: "2026-000016", viewer: olena.viewer).assignee == "andrii")
    #expect(Golden.render(app).text.contains("виконавець: Андрій Савчук"))

    app.type(.character("m"))
    #expect(Golden.render(app).line(23).contains("призначено вам"))
    #expect(
      try demo.community.request(number: "2026-000016", viewer: olena.viewer).assignee == "olena")

    app.type(.character("n"))
    _ = app.handle(.control("s"))
    #expect(Golden.render(app).text.contains("Заповніть це поле"))
    app.type(text: "Заявниця просить відповідь електронною поштою")
    _ = app.handle(.control("s"))
    let page = Golden.render(app, (120, 40)).text
    #expect(page.contains("Нотатку додано"))
    #expect(page.contains("Внутрішні нотатки:"))
    #expect(page.contains("Олена Коваленко: Заявниця просить відповідь електронною поштою"))
  }

  @Test("a resident withdraws a request after confirming; a ready one cannot be withdrawn")
  func withdraw() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let taras = try demo.context("taras")
    let app = try Self.app(demo, "taras")
    app.type(.character("r"), .character("w"))
    let dialog = Golden.render(app)
    try Golden.check(dialog, "requests-withdraw-confirm-80x24")
    #expect(dialog.text.contains("Відкликати заяву?"))
    // Enter starts on "no": nothing happens.
    app.type(.enter)
    #expect(
      try demo.community.request(number: "2026-000004", viewer: taras.viewer).status == .registered)
    app.type(.character("w"), .character("т"))
    #expect(Golden.render(app).line(23).contains("Заяву № 2026-000004 відкликано"))
    #expect(
      try demo.community.request(number: "2026-000004", viewer: taras.viewer).status == .withdrawn)
    let row = try #require(
      Golden.render(app).text.split(separator: "\n").first { $0.contains("2026-000004") })
    #expect(row.contains("відкликано"))

    app.type(.down, .character("w"))
    #expect(Golden.render(app).line(23).contains("Заява 2026-000008 має статус «готово»"))
    #expect(
      try demo.community.request(number: "2026-000008", viewer: taras.viewer).status == .ready)
  }
}
