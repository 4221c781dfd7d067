import CommunityCore
import CommunityTUI
import Foundation
import Testing

/// The results: both methods side by side with vote bars and the spending, the projects where
/// they differ marked, and each project's explanation in the interface language.
@Suite("Results screen")
struct ResultsScreenTests {
  /// The results of the "Бюджет двору" cycle (the third in the list) for a guest.
  static func differingResults(_ demo: TestCommunity, language: String = "uk") throws -> App {
    _ = try BudgetScenes.differing(demo)
    let app = try BudgetScenes.budgetApp(demo, "guest", language: language)
    app.type(.down, .down, .enter, .character("t"))
    return app
  }

  @Test("the demo's 2025 results: bars, spending, both methods", arguments: [(80, 24), (120, 40)])
  func demoResults(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try BudgetScenes.budgetApp(demo, "guest")
    app.type(.enter, .character("t"))
    let canvas = Golden.render(app, size)
    try Golden.check(canvas, "budget-results-\(size.0)x\(size.1)")
    let space = "\u{00A0}"
    #expect(canvas.text.contains("Бюджет 1\(space)000\(space)000\(space)₴ · бюлетенів 6"))
    #expect(canvas.text.contains("за голосами 945\(space)000\(space)₴"))
    // The most-voted project comes first with the longest bar.
    let first = canvas.line(6)
    #expect(first.contains("Генератор") && first.contains("5 ██████████████"))
  }

  @Test("counting says so on screen before it starts, and the results replace the message")
  func countingAnnounced() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try BudgetScenes.budgetApp(demo, "guest")
    app.type(.enter)
    #expect(app.handle(.character("t")).isWork)
    let waiting = Golden.render(app).text
    #expect(waiting.contains("Підраховую голоси…"))
    #expect(!waiting.contains("Результати ·"))
    #expect(app.finishWork().isNone)
    let shown = Golden.render(app).text
    #expect(shown.contains("Результати ·"))
    #expect(!shown.contains("Підраховую голоси…"))
  }

  @Test("where the methods differ the rows are marked ≠")
  func differing() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let canvas = Golden.render(try Self.differingResults(demo))
    try Golden.check(canvas, "budget-results-differ-80x24")
    let rows = BudgetScenes.plain(canvas).split(separator: "\n")
    let lights = try #require(rows.first { $0.contains("Ліхтарі") })
    let flowers = try #require(rows.first { $0.contains("Клумба") })
    let benches = try #require(rows.first { $0.contains("Лавки") })
    #expect(lights.hasPrefix("≠") && flowers.hasPrefix("≠") && !benches.hasPrefix("≠"))
    #expect(BudgetScenes.plain(canvas).contains("за голосами 400 ₴ · рівними частками 300 ₴"))
  }

  @Test("Enter explains a project under both methods, with the money in hryvnias")
  func explanation() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try Self.differingResults(demo)
    // The rows go by votes: Лавки, Ліхтарі (3 each), then Клумба.
    app.type(.down, .enter)
    let canvas = Golden.render(app)
    try Golden.check(canvas, "budget-explain-80x24")
    let text = BudgetScenes.flat(canvas)
    #expect(text.contains("Місце 2 за кількістю голосів (3); профінансовано"))
    #expect(text.contains("на етапі доповнення потрібно було 200 ₴, залишалося 100 ₴"))
    #expect(text.contains("Прихильників: 3; разом у них залишалося 100 ₴, а проєкт коштує 200 ₴"))
    #expect(!text.contains("supporters") && !text.contains("funded"))

    app.type(.escape, .down, .enter)
    let flowers = BudgetScenes.flat(Golden.render(app))
    #expect(flowers.contains("пропущено: потрібно 100 ₴, а залишалося 0 ₴"))
    #expect(flowers.contains("Профінансовано методом рівних часток у раунді 2. Прихильників: 1."))
    #expect(flowers.contains("Заплатили повну частку: 1, кожен — 100 ₴."))
  }

  @Test("the explanation in English")
  func english() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try Self.differingResults(demo, language: "en")
    app.type(.enter)
    let canvas = Golden.render(app)
    try Golden.check(canvas, "budget-explain-en-80x24")
    let text = BudgetScenes.flat(canvas)
    #expect(text.contains("Ranked 1 by votes (3); funded"))
    #expect(text.contains("Funded by Equal Shares in round 1. Supporters: 3."))
    #expect(text.contains("Paid their full share: 3, ≈ 66,67 ₴ each."))
  }
}
