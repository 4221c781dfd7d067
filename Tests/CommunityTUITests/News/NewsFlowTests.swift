import CommunityCore
import CommunityTUI
import Foundation
import Testing

/// Key-by-key flows through the interface, checked on screen and in the community's data.
@Suite("News flows")
struct NewsFlowTests {
  @Test("an official composes a news item in Cyrillic and finds it in the list")
  func composeAndFind() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("olena"), signedIn: true)
    app.type(.character("a"))
    app.type(text: "Відкриття ґанку бібліотеки")
    app.type(.tab, .control("u"))
    app.type(text: "Культура")
    app.type(.tab, .tab, .tab)
    app.type(text: "Запрошуємо всіх на об’єднаний захід громади.")
    _ = app.handle(.control("s"))
    let canvas = ScreenSnapshot.render(app, width: 80, height: 24)
    #expect(canvas.text.contains("Відкриття ґанку бібліотеки"))
    let items = try demo.community.listNews(viewer: .guest, now: TestCommunity.fixedNow)
    #expect(
      items.contains { $0.title == "Відкриття ґанку бібліотеки" && $0.category == "Культура" })
  }

  @Test("an empty title is refused in place and nothing is published")
  func validation() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("olena"), signedIn: true)
    let before = try demo.community.listNews(
      NewsQuery(limit: 100), viewer: .guest, now: TestCommunity.fixedNow)
    app.type(.character("a"))
    _ = app.handle(.control("s"))
    let canvas = ScreenSnapshot.render(app, width: 80, height: 24)
    #expect(canvas.text.contains("Заповніть це поле"))
    #expect(!canvas.text.contains("must not be empty"))
    let after = try demo.community.listNews(
      NewsQuery(limit: 100), viewer: .guest, now: TestCommunity.fixedNow)
    #expect(after.count == before.count)
  }

  @Test("residents cannot compose, pin or delete")
  func residentsRead() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("taras"), signedIn: true)
    let before = ScreenSnapshot.render(app, width: 80, height: 24).text
    app.type(.character("a"), .character("p"), .character("d"))
    #expect(ScreenSnapshot.render(app, width: 80, height: 24).text == before)
  }

  @Test("/ searches titles and bodies; n moves to the next match")
  func search() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("guest"), signedIn: true)
    app.type(.character("/"))
    app.type(text: "укрит")
    app.type(.enter)
    let canvas = ScreenSnapshot.render(app, width: 80, height: 24)
    #expect(canvas.text.contains("збіг 1 з"))
    app.type(.enter)
    let reader = ScreenSnapshot.render(app, width: 80, height: 24).text.lowercased()
    #expect(reader.contains("укрит"))
  }

  @Test("an official pins and deletes after confirming")
  func pinAndDelete() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let context = try demo.context("olena")
    let app = App(context: context, signedIn: true)
    app.type(.down, .down, .character("p"))
    var items = try demo.community.listNews(viewer: context.viewer, now: TestCommunity.fixedNow)
    #expect(items.filter(\.pinned).count == 2)
    let doomed = try #require(items.first { !$0.pinned })
    app.type(.home)
    while let index = items.firstIndex(where: { $0.id == doomed.id }), index > 0 {
      items.removeFirst()
      app.type(.down)
    }
    app.type(.character("d"))
    #expect(ScreenSnapshot.render(app, width: 80, height: 24).text.contains("Видалити новину?"))
    app.type(.character("n"))
    #expect(try demo.community.newsItem(id: doomed.id, viewer: context.viewer) != nil)
    app.type(.character("d"), .character("y"))
    #expect(try demo.community.newsItem(id: doomed.id, viewer: context.viewer) == nil)
  }

  @Test("sections switch with Tab, Shift-Tab and digits; q at the top quits")
  func sections() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("guest"), signedIn: true)
    app.type(.tab)
    #expect(
      ScreenSnapshot.render(app, width: 80, height: 24).text.contains("Реєстрація місця проживання")
    )
    app.type(.character("4"))
    #expect(ScreenSnapshot.render(app, width: 80, height: 24).text.contains("Бібліотека практик"))
    app.type(.backTab)
    #expect(
      ScreenSnapshot.render(app, width: 80, height: 24).text.contains("Громадський бюджет 2026"))
    app.type(.character("1"), .enter)
    #expect(app.handle(.escape).isNone)
    #expect(ScreenSnapshot.render(app, width: 80, height: 24).text.contains("Новини громади"))
    #expect(app.handle(.character("q")).isQuit)
    #expect(app.handle(.control("c")).isQuit)
  }

  @Test("three wrong PINs lock the account; the right PIN then does not sign in")
  func lockout() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("guest"), signedIn: false)
    // The accounts are listed by id: andrii, dmytro, halyna, iryna, mykola, olena, sofiia, taras.
    app.type(.end, .up, .enter)
    for _ in 0..<3 {
      app.type(text: "0000")
      app.type(.enter)
    }
    #expect(ScreenSnapshot.render(app, width: 80, height: 24).text.contains("заблоковано"))
    app.type(text: "4821")
    app.type(.enter)
    #expect(app.isSigningIn)
  }

  @Test("signing in with the right PIN opens the sections as that account")
  func signIn() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("guest"), signedIn: false)
    app.type(.end, .up, .enter)
    app.type(text: "4821")
    app.type(.enter)
    #expect(!app.isSigningIn)
    #expect(app.context.viewer.id == "taras")
    #expect(ScreenSnapshot.render(app, width: 80, height: 24).text.contains("Тарас Гнатюк"))
  }
}

extension AppEffect {
  var isQuit: Bool {
    if case .quit = self { return true }
    return false
  }

  var isNone: Bool {
    if case .none = self { return true }
    return false
  }

  var isWork: Bool {
    if case .work = self { return true }
    return false
  }
}
