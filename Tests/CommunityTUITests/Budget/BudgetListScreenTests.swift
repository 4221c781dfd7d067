import CommunityCore
import CommunityTUI
import Foundation
import Testing

/// The budget section's lists: the cycles, and a cycle's proposals with cost, category,
/// status and (once counted) votes, compared with golden files.
@Suite("Budget lists")
struct BudgetListScreenTests {
  @Test("the cycles with phase and budget", arguments: [(80, 24), (120, 40)])
  func cycles(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let canvas = Golden.render(try BudgetScenes.budgetApp(demo, "taras"), size)
    try Golden.check(canvas, "budget-cycles-\(size.0)x\(size.1)")
    let rows = canvas.text.split(separator: "\n")
    #expect(rows.contains { $0.contains("Громадський бюджет 2026") && $0.contains("голосування") })
    #expect(rows.contains { $0.contains("Громадський бюджет 2025") && $0.contains("завершено") })
    #expect(canvas.text.contains("1\u{00A0}500\u{00A0}000\u{00A0}₴"))
  }

  @Test("a counted cycle's proposals show votes and results; a resident sees no voting key")
  func closedCycle() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try BudgetScenes.budgetApp(demo, "taras")
    app.type(.enter)
    let canvas = Golden.render(app)
    try Golden.check(canvas, "budget-proposals-closed-80x24")
    let generator = try #require(
      canvas.text.split(separator: "\n").first { $0.contains("Генератор") })
    #expect(generator.contains("переміг") && generator.contains("Безпека"))
    #expect(generator.hasSuffix("5"))
    #expect(canvas.text.contains("t результати"))
    #expect(!canvas.text.contains("v голосувати"))
  }

  @Test("a cycle in voting offers the ballot to a resident, the phase to an official")
  func votingCycle() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let resident = try BudgetScenes.budgetApp(demo, "taras")
    resident.type(.down, .enter)
    let canvas = Golden.render(resident)
    try Golden.check(canvas, "budget-proposals-voting-80x24")
    #expect(canvas.text.contains("у бюлетені"))
    #expect(canvas.text.contains("v голосувати"))
    // The rejected road is not on the ballot and a resident who did not propose it does not
    // see it.
    #expect(!canvas.text.contains("Капітальний ремонт"))

    let official = try BudgetScenes.budgetApp(demo, "andrii")
    official.type(.down, .enter)
    let text = Golden.render(official).text
    let road = try #require(text.split(separator: "\n").first { $0.contains("Капітальний ремонт") })
    #expect(road.contains("відхилено"))
    #expect(text.contains("> наступний етап") && !text.contains("v голосувати"))
  }

  @Test("the proposals list in English")
  func english() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try BudgetScenes.budgetApp(demo, "taras", language: "en")
    app.type(.down, .enter)
    let canvas = Golden.render(app)
    try Golden.check(canvas, "budget-proposals-en-80x24")
    #expect(canvas.text.contains("Participatory budget 2026"))
    #expect(canvas.text.contains("on the ballot"))
  }
}
