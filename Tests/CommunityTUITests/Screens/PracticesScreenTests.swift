import CommunityCore
import CommunityTUI
import Foundation
import Testing

/// The practices section: browsing by topic, reading, and the officials' form, rendered into
/// canvases and checked against golden files and the community's data.
@Suite("Practices screens")
struct PracticesScreenTests {
  /// Opens the practices section (the fourth tab) for `viewer`.
  private func practices(_ demo: TestCommunity, as viewer: String) throws -> App {
    let app = App(context: try demo.context(viewer), signedIn: true)
    app.type(.character("4"))
    return app
  }

  @Test("t narrows the list to one topic at a time", arguments: [(80, 24), (120, 40)])
  func byTopic(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try practices(demo, as: "guest")
    let all = Golden.render(app, size).text
    app.type(.character("t"))
    let canvas = Golden.render(app, size)
    try Golden.check(canvas, "practices-budget-\(size.0)x\(size.1)")
    #expect(canvas.text.contains("Бібліотека практик · Бюджетний процес"))
    #expect(canvas.text.contains("Тема: Бюджетний процес"))
    let budget = try demo.community.listPractices(topic: .budget)
    let others = try demo.community.listPractices().filter { $0.topic != .budget }
    #expect(!budget.isEmpty && !others.isEmpty)
    for practice in budget { #expect(canvas.text.contains(practice.title.prefix(30))) }
    for practice in others { #expect(!canvas.text.contains(practice.title.prefix(30))) }
    #expect(all.contains(others[0].title.prefix(30)))
    // Four topics, then all of them again.
    app.type(.character("t"), .character("t"), .character("t"), .character("t"))
    #expect(Golden.render(app, size).text.contains("Бібліотека практик · усі теми"))
  }

  @Test("the reader wraps the text and scrolls it", arguments: [(80, 24), (120, 40)])
  func reader(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try practices(demo, as: "taras")
    app.type(.enter)
    let canvas = Golden.render(app, size)
    try Golden.check(canvas, "practices-reader-\(size.0)x\(size.1)")
    let first = try #require(try demo.community.listPractices().first)
    #expect(canvas.text.contains(String(first.year)))
    #expect(canvas.text.contains(first.summary.prefix(20)))
    // No row runs past the canvas: long paragraphs are wrapped, not cut off.
    for row in 0..<canvas.height { #expect(DisplayWidth.of(canvas.line(row)) <= size.0) }
    app.type(.pageDown)
    let scrolled = Golden.render(app, size).text
    #expect(scrolled != canvas.text)
    #expect(scrolled.contains(first.title.prefix(20)))
    // A resident reads only: no edit hint, and `e` changes nothing.
    #expect(!canvas.text.contains("e редагувати"))
    app.type(.character("e"))
    #expect(Golden.render(app, size).text == scrolled)
  }

  @Test("residents and guests see no add or edit actions", arguments: ["guest", "taras"])
  func readOnly(viewer: String) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try practices(demo, as: viewer)
    let before = Golden.render(app).text
    #expect(!before.contains("a додати"))
    app.type(.character("a"), .character("e"))
    #expect(Golden.render(app).text == before)
    let official = try practices(demo, as: "olena")
    #expect(Golden.render(official).text.contains("a додати"))
  }

  @Test(
    "a form with missing parts says so in place and saves nothing",
    arguments: [(80, 24), (120, 40)])
  func invalidForm(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let before = try demo.community.listPractices().count
    let app = try practices(demo, as: "olena")
    app.type(.character("a"))
    #expect(Golden.render(app, size).text.contains("Нова практика"))
    app.type(text: "Бюджет участі для шкіл")
    app.type(.tab, .tab, .tab, .tab, .control("u"))
    // Only digits go into the year.
    app.type(text: "18р12")
    app.type(.control("s"))
    let canvas = Golden.render(app, size)
    try Golden.check(canvas, "practices-form-invalid-\(size.0)x\(size.1)")
    #expect(canvas.text.contains("Оберіть тему"))
    #expect(canvas.text.contains("Рік — число від 1900 до 2100"))
    #expect(try demo.community.listPractices().count == before)
  }

  @Test("an official adds a practice in Cyrillic and finds it in the list")
  func addAndFind() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try practices(demo, as: "olena")
    app.type(.character("t"), .character("t"))
    app.type(.character("a"))
    app.type(text: "Ґрантова підтримка ініціатив молоді")
    app.type(.tab)
    app.type(text: "Вербівська громада")
    app.type(.tab)
    app.type(text: "Київська область")
    // The form starts on the list's topic (administrative services); two steps → other.
    app.type(.tab, .right, .right, .tab, .control("u"))
    app.type(text: "2025")
    app.type(.tab)
    app.type(text: "Молодіжна рада розподіляє малі ґранти.")
    app.type(.tab)
    app.type(text: "Щороку молодь подає ідеї, а рада обʼєднує їх у програму.")
    app.type(.enter)
    app.type(text: "Другий абзац.")
    app.type(.tab)
    app.type(text: "rada@verbivska.example")
    app.type(.control("s"))

    let saved = try #require(
      try demo.community.listPractices().first { $0.title == "Ґрантова підтримка ініціатив молоді" }
    )
    #expect(saved.topic == .other)
    #expect(saved.year == 2025)
    #expect(saved.community == "Вербівська громада")
    #expect(saved.body == "Щороку молодь подає ідеї, а рада обʼєднує їх у програму.\nДругий абзац.")
    #expect(saved.contacts == "rada@verbivska.example")
    // The list left the services filter to show the new practice, selected.
    let list = Golden.render(app)
    #expect(list.text.contains("Бібліотека практик · усі теми"))
    let row = try #require((0..<list.height).first { list.line($0).contains("Ґрантова підтримка") })
    #expect(list.styledRuns(row).contains { $0.style.role == .selection })
    // `/` finds it, apostrophe variant and all.
    app.type(.character("/"))
    app.type(text: "об'єднує")
    app.type(.enter)
    #expect(Golden.render(app).text.contains("збіг 1 з 1"))
  }

  @Test("an official edits a practice from the reader")
  func edit() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try practices(demo, as: "olena")
    let first = try #require(try demo.community.listPractices().first)
    app.type(.enter)
    #expect(Golden.render(app).text.contains("e редагувати"))
    app.type(.character("e"))
    #expect(Golden.render(app).text.contains("Редагування практики"))
    app.type(.control("u"))
    app.type(text: "Змішане голосування: онлайн і на папері")
    app.type(.control("s"))
    let reader = Golden.render(app).text
    #expect(reader.contains("Змішане голосування: онлайн і на папері"))
    let changed = try #require(try demo.community.practice(id: first.id))
    #expect(changed.title == "Змішане голосування: онлайн і на папері")
    #expect(changed.body == first.body)
    // An emptied title is refused in place; the stored title stays.
    app.type(.character("e"), .control("u"), .control("s"))
    #expect(Golden.render(app).text.contains("Вкажіть назву практики"))
    #expect(try demo.community.practice(id: first.id)?.title == changed.title)
  }

  @Test("Ctrl-E hands the full text to $EDITOR and saves what comes back")
  func externalEditor() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try practices(demo, as: "olena")
    let first = try #require(try demo.community.listPractices().first)
    app.type(.character("e"))
    guard case .editExternally(let text) = app.handle(.control("e")) else {
      Issue.record("Ctrl-E did not ask for $EDITOR")
      return
    }
    #expect(text == first.body)
    app.finishExternalEdit("Переписано в редакторі.\n\nДругий абзац про ґанок.")
    app.type(.control("s"))
    let stored = try #require(try demo.community.practice(id: first.id))
    #expect(stored.body == "Переписано в редакторі.\n\nДругий абзац про ґанок.")
    #expect(stored.title == first.title)
  }
}
