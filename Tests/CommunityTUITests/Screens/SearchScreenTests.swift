import CommunityCore
import CommunityTUI
import Foundation
import Testing

/// The global search: the Пошук tab and Ctrl-F, a query typed in Cyrillic, ranked results with
/// their kind and highlighted words, and results opening in their own sections.
@Suite("Search screen")
struct SearchScreenTests {
  /// The tab drawn as active on the top row.
  private func activeTab(_ canvas: Canvas) -> String {
    let run = canvas.styledRuns(0).first { $0.style.role == .selection }
    return run?.text.trimmingCharacters(in: .whitespaces) ?? ""
  }

  @Test("the search is the fifth tab, reached by 5, Tab and Ctrl-F")
  func reachable() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("guest"), signedIn: true)
    let first = Golden.render(app)
    #expect(first.text.contains("5 Пошук"))
    app.type(.character("5"))
    #expect(activeTab(Golden.render(app)) == "5 Пошук")
    // On the query line digits are text; Esc leaves the line and Tab moves on.
    app.type(text: "2026")
    #expect(activeTab(Golden.render(app)) == "5 Пошук")
    app.type(.escape, .tab)
    #expect(activeTab(Golden.render(app)) == "1 Новини")
    app.type(.character("4"), .tab)
    #expect(activeTab(Golden.render(app)) == "5 Пошук")
    app.type(.escape, .character("3"), .control("f"))
    let search = Golden.render(app)
    #expect(activeTab(search) == "5 Пошук")
    // Back on the query line, with what was typed kept.
    #expect(search.text.contains("Запит: 2026"))
    #expect(search.cursor != nil)
  }

  @Test("a missing index is rebuilt by the first search, which says so on screen first")
  func rebuildAnnounced() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("taras"), signedIn: true)
    app.type(.character("5"))
    try FileManager.default.removeItem(at: demo.directory.appendingPathComponent("search"))
    #expect(app.handle(.character("у")).isWork)
    let waiting = Golden.render(app)
    #expect(waiting.line(23).contains("Оновлюю пошуковий покажчик…"))
    #expect(!waiting.text.contains("знайдено"))
    #expect(app.finishWork().isNone)
    app.type(text: "криття")
    #expect(Golden.render(app).text.contains("Оновлено перелік укриттів"))
    // Rebuilt and stamped: the next letter searches at once, with nothing to announce.
    #expect(app.handle(.character("в")).isNone)
    #expect(!Golden.render(app).text.contains("Оновлюю"))
  }

  @Test("Ctrl-F leaves a half-written form in its section and comes back to it")
  func fromAForm() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("olena"), signedIn: true)
    app.type(.character("a"))
    app.type(text: "Чернетка про ґанок")
    app.type(.control("f"))
    app.type(text: "укриття")
    #expect(activeTab(Golden.render(app)) == "5 Пошук")
    app.type(.escape, .character("1"))
    let news = Golden.render(app).text
    #expect(news.contains("Нова новина"))
    #expect(news.contains("Чернетка про ґанок"))
  }

  @Test("before a query: what can be searched and how", arguments: [(80, 24), (120, 40)])
  func prompt(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("taras"), signedIn: true)
    app.type(.control("f"))
    let canvas = Golden.render(app, size)
    try Golden.check(canvas, "search-prompt-\(size.0)x\(size.1)")
    #expect(canvas.text.contains("Пошук по громаді"))
    #expect(canvas.text.contains("точна фраза"))
  }

  @Test(
    "a query with an apostrophe finds the other apostrophe variants, words highlighted",
    arguments: [(80, 24), (120, 40)])
  func results(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("guest"), signedIn: true)
    app.type(.control("f"))
    app.type(text: "об’єднаних")
    let canvas = Golden.render(app, size)
    try Golden.check(canvas, "search-results-\(size.0)x\(size.1)")
    let expected = try demo.community.search(
      "об’єднаних", viewer: .guest, limit: 50, now: TestCommunity.fixedNow)
    #expect(expected.hits.count >= 2)
    #expect(canvas.text.contains("знайдено: \(expected.totalCount)"))
    #expect(canvas.text.contains("Практика"))
    #expect(canvas.text.contains(expected.hits[0].title.prefix(30)))
    // The matched words are drawn in the highlight role, whichever apostrophe they have.
    let highlighted = (0..<canvas.height).flatMap { canvas.styledRuns($0) }
      .filter { $0.style.role == .highlight }.map { Apostrophes.fold($0.text) }
    #expect(highlighted.contains("об'єднаних"))
    #expect(highlighted.contains { $0.hasPrefix("об'єднан") && $0 != "об'єднаних" })
    #expect(highlighted.allSatisfy { $0.hasPrefix("об'єдн") })
  }

  @Test("the highlight stays visible without colour")
  func highlightWithoutColour() {
    #expect(Style.highlight.noColorAttributes.contains(.underline))
    #expect(Style.highlight.noColorAttributes.contains(.bold))
  }

  @Test("nothing found says so and keeps the query", arguments: [(80, 24)])
  func nothing(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("guest"), signedIn: true)
    app.type(.control("f"))
    app.type(text: "жирафа")
    let canvas = Golden.render(app, size)
    try Golden.check(canvas, "search-nothing-\(size.0)x\(size.1)")
    #expect(canvas.text.contains("За запитом «жирафа» нічого не знайдено."))
    // Enter with nothing to open stays on the line.
    app.type(.enter)
    app.type(text: "ми")
    #expect(Golden.render(app).text.contains("Запит: жирафами"))
  }

  @Test(
    "Enter opens a result in its own section, with that section's screen",
    arguments: [
      ("укриття", "guest", SearchKind.news, "1 Новини", "Новини громади"),
      ("реєстрація місця проживання", "guest", .service, "2 Послуги", "Адміністративні послуги"),
      ("укриття", "taras", .proposal, "3 Бюджет", "Громадський бюджет 2026"),
      ("об’єднаних", "guest", .practice, "4 Практики", "Бібліотека практик"),
      ("\"моєму будинку\"", "olena", .request, "2 Послуги", "Адміністративні послуги"),
    ])
  func opens(query: String, viewer: String, kind: SearchKind, tab: String, root: String) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let context = try demo.context(viewer)
    let app = App(context: context, signedIn: true)
    let found = try demo.community.search(
      query, viewer: context.viewer, limit: 50, now: TestCommunity.fixedNow)
    let index = try #require(found.hits.firstIndex { $0.kind == kind })
    app.type(.control("f"))
    app.type(text: query)
    app.type(.enter)
    for _ in 0..<index { app.type(.down) }
    app.type(.enter)
    let opened = Golden.render(app, (120, 40))
    #expect(activeTab(opened) == tab)
    let title = found.hits[index].title
    let shown = kind == .request ? String(title.prefix(11)) : String(title.prefix(40))
    #expect(opened.text.contains(shown), "\(opened.text)")
    // Esc goes back to that section's own first screen, not to the search.
    app.type(.escape)
    let back = Golden.render(app, (120, 40))
    #expect(activeTab(back) == tab)
    #expect(back.text.contains(root))
  }

  @Test("a resident finds their own request and not another resident's", arguments: [(80, 24)])
  func privacy(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let phrase = "\"моєму будинку\""
    let mine = "Витяг з реєстру територіальної громади"
    let theirs = "Реєстрація місця проживання сина"
    let resident = App(context: try demo.context("taras"), signedIn: true)
    resident.type(.control("f"))
    resident.type(text: phrase)
    let seen = Golden.render(resident, size)
    try Golden.check(seen, "search-resident-\(size.0)x\(size.1)")
    #expect(seen.text.contains("Заява"))
    #expect(seen.text.contains(mine))
    #expect(!seen.text.contains(theirs))
    let official = App(context: try demo.context("olena"), signedIn: true)
    official.type(.control("f"))
    official.type(text: phrase)
    let all = Golden.render(official, size).text
    #expect(all.contains(mine) && all.contains(theirs))
    let guest = App(context: try demo.context("guest"), signedIn: true)
    guest.type(.control("f"))
    guest.type(text: phrase)
    #expect(!Golden.render(guest, size).text.contains("Заява"))
  }
}

extension SearchScreenTests {
  @Test("coming back with Ctrl-F keeps the chosen result; a new query starts from the best")
  func keepsChoice() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("guest"), signedIn: true)
    let found = try demo.community.search(
      "громада", viewer: .guest, limit: 50, now: TestCommunity.fixedNow)
    #expect(found.hits.count > 3)
    app.type(.control("f"))
    app.type(text: "громада")
    app.type(.enter, .down, .down, .enter)
    app.type(.control("f"))
    let back = Golden.render(app, (120, 40))
    let marked = try #require((0..<back.height).first { back.line($0).hasPrefix("›") })
    #expect(back.line(marked).contains(found.hits[2].title.prefix(30)))
    app.type(.backspace)
    app.type(text: "ою")
    let changed = Golden.render(app, (120, 40))
    let top = try #require((0..<changed.height).first { changed.line($0).hasPrefix("›") })
    let best = try demo.community.search(
      "громадою", viewer: .guest, limit: 50, now: TestCommunity.fixedNow)
    #expect(changed.line(top).contains(best.hits[0].title.prefix(30)))
  }

  @Test("? lists the search keys once the query line is left; on the line it is text")
  func help() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("guest"), signedIn: true)
    app.type(.control("f"))
    app.type(text: "укриття?")
    #expect(Golden.render(app).text.contains("Запит: укриття?"))
    app.type(.backspace, .escape, .character("?"))
    let help = Golden.render(app).text
    #expect(help.contains("відкрити результат у його розділі"))
    #expect(help.contains("точна фраза"))
    #expect(help.contains("рядок вгору / вниз"))
    #expect(help.contains("Ctrl-F"))
  }

  @Test("when no record has every word, the results say they match only some")
  func someWords() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let found = try demo.community.search(
      "жирафа укриття", viewer: .guest, limit: 50, now: TestCommunity.fixedNow)
    #expect(!found.matchedAllWords && !found.hits.isEmpty)
    let app = App(context: try demo.context("guest"), signedIn: true)
    app.type(.control("f"))
    app.type(text: "жирафа укриття")
    let canvas = Golden.render(app).text
    #expect(canvas.contains("Усіх слів разом не знайдено"))
    #expect(canvas.contains(found.hits[0].title.prefix(30)))
    app.type(.control("u"))
    app.type(text: "укриття")
    #expect(!Golden.render(app).text.contains("Усіх слів разом не знайдено"))
  }

  @Test("English labels when the interface speaks English")
  func english() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("guest", language: "en"), signedIn: true)
    app.type(.control("f"))
    #expect(Golden.render(app).text.contains("Search the community"))
    app.type(text: "укриття")
    let canvas = Golden.render(app).text
    #expect(canvas.contains("Query: укриття"))
    #expect(canvas.contains("found: "))
    #expect(canvas.contains("News") && canvas.contains("Project"))
  }

  @Test("a match past the edge is brought into view behind an ellipsis")
  func firstMatchVisible() {
    let text = String(repeating: "довгий вступ ", count: 10) + "громадою кінець"
    let start = text.range(of: "громадою")!
    let segments = HighlightedText.segments(text, highlights: [start], style: .muted)
    #expect(segments.map(\.text).joined() == text)
    #expect(segments.filter { $0.style.role == .highlight }.map(\.text) == ["громадою"])
    let fitted = HighlightedText.showingFirstMatch(segments, width: 40)
    #expect(fitted.first?.text == "…")
    let columns = fitted.prefix { $0.style.role != .highlight }.reduce(0) { $0 + $1.width }
    #expect(columns <= 10)
    #expect(fitted.contains { $0.style.role == .highlight && $0.text == "громадою" })
    // A match that already fits is left alone, as is text without one.
    #expect(HighlightedText.showingFirstMatch(segments, width: 200) == segments)
    let plain = [Segment("без збігів", style: .muted)]
    #expect(HighlightedText.showingFirstMatch(plain, width: 3) == plain)
  }
}

/// The apostrophe folding the tests compare highlighted words with.
private enum Apostrophes {
  static func fold(_ text: String) -> String {
    text.lowercased().replacingOccurrences(of: "’", with: "'").replacingOccurrences(
      of: "ʼ", with: "'")
  }
}
