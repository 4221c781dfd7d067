import CommunityCore
import CommunityTUI
import Foundation
import Testing

/// The services catalog, a service's card and the filing form, for each role and at 80×24 and
/// 120×40, compared with golden files.
@Suite("Services screens")
struct ServicesScreenTests {
  static let sizes = [(80, 24), (120, 40)]

  /// An app signed in as `viewer`, showing the services section.
  static func servicesApp(
    _ demo: TestCommunity, _ viewer: String, language: String = "uk"
  ) throws -> App {
    let app = App(context: try demo.context(viewer, language: language), signedIn: true)
    app.type(.character("2"))
    return app
  }

  @Test(
    "the catalog lists code, fee, term and name; hints follow the role",
    arguments: ["guest", "taras", "olena"], sizes)
  func catalog(viewer: String, size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let canvas = Golden.render(try Self.servicesApp(demo, viewer), size)
    try Golden.check(canvas, "services-catalog-\(viewer)-\(size.0)x\(size.1)")
    #expect(canvas.text.contains("00153"))
    #expect(canvas.text.contains("45.42 ₴"))
    #expect(canvas.text.contains("5 роб. дн."))
    #expect(canvas.text.contains("f подати заяву") == (viewer == "taras"))
    #expect(canvas.text.contains("r мої заяви") == (viewer == "taras"))
    #expect(canvas.text.contains("r черга") == (viewer == "olena"))
  }

  @Test("the catalog in English")
  func catalogEnglish() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let canvas = Golden.render(try Self.servicesApp(demo, "taras", language: "en"))
    try Golden.check(canvas, "services-catalog-en-80x24")
    #expect(canvas.text.contains("f file a request"))
  }

  @Test("/ finds a service by name and Enter opens its full card", arguments: sizes)
  func card(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try Self.servicesApp(demo, "taras")
    app.type(.character("/"))
    app.type(text: "присвоєння")
    app.type(.enter, .enter)
    let canvas = Golden.render(app, size)
    try Golden.check(canvas, "services-card-\(size.0)x\(size.1)")
    #expect(canvas.text.contains("Присвоєння адреси об’єкту нерухомого майна"))
    #expect(canvas.text.contains("Документи:"))
    #expect(canvas.text.contains("f подати заяву"))
  }

  @Test("the filing form shows the service, its term and the due date", arguments: sizes)
  func form(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try Self.servicesApp(demo, "taras")
    app.type(.down, .down, .character("f"))
    let canvas = Golden.render(app, size)
    try Golden.check(canvas, "services-form-\(size.0)x\(size.1)")
    // Registered on Wednesday 25 November; five working days later is Wednesday 2 December.
    #expect(canvas.text.contains("строк — до 02.12.2026"))
    #expect(canvas.text.contains("Опис: 0 з 4000 символів"))
  }

  @Test("an empty description is refused in place and nothing is filed", arguments: sizes)
  func emptyDescription(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let context = try demo.context("taras")
    let before = try demo.community.listRequests(
      viewer: context.viewer, now: TestCommunity.fixedNow)
    let app = try Self.servicesApp(demo, "taras")
    app.type(.down, .down, .character("f"))
    app.type(text: "   ")
    app.type(.tab)
    app.type(text: "вул. Липова, 3")
    _ = app.handle(.control("s"))
    let canvas = Golden.render(app, size)
    try Golden.check(canvas, "services-form-invalid-\(size.0)x\(size.1)")
    #expect(canvas.text.contains("Заповніть це поле"))
    let after = try demo.community.listRequests(viewer: context.viewer, now: TestCommunity.fixedNow)
    #expect(after.count == before.count)
  }

  @Test("the form can be left with the card's f too, and Esc cancels it")
  func fileFromCard() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try Self.servicesApp(demo, "taras")
    app.type(.enter, .character("f"))
    #expect(Golden.render(app).text.contains("Заява: Реєстрація місця проживання"))
    app.type(.escape)
    #expect(Golden.render(app).text.contains("Документи:"))
  }

  @Test(
    "guests and officials are told in the status line why they cannot file",
    arguments: [
      ("guest", "Заяви подають мешканці"), ("olena", "Посадовці не подають заяв"),
    ])
  func onlyResidentsFile(viewer: String, reason: String) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try Self.servicesApp(demo, viewer)
    app.type(.character("f"))
    let canvas = Golden.render(app)
    #expect(canvas.line(23).contains(reason))
    #expect(canvas.text.contains("Опис") == false)
    app.type(.enter, .character("f"))
    #expect(Golden.render(app).line(23).contains(reason))
  }

  @Test("a guest pressing r is told that requests need signing in")
  func guestRequests() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try Self.servicesApp(demo, "guest")
    app.type(.character("r"))
    #expect(Golden.render(app).line(23).contains("Заяви бачать мешканці"))
  }
}
