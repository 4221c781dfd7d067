import CommunityCore
import CommunityTUI
import Foundation
import Testing

/// The ballot: Space toggles, the meter counts, a broken rule is shown in place, and
/// confirming after the review casts the ballot.
@Suite("Ballot screen")
struct BallotScreenTests {
  /// Taras's ballot in the demo's 2026 cycle (approval, 1 to 3 projects).
  static func ballot(_ demo: TestCommunity) throws -> App {
    let app = try BudgetScenes.budgetApp(demo, "taras")
    app.type(.down, .enter, .character("v"))
    return app
  }

  @Test("an empty ballot shows the rule and every project on it", arguments: [(80, 24), (120, 40)])
  func empty(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let canvas = Golden.render(try Self.ballot(demo), size)
    try Golden.check(canvas, "budget-ballot-\(size.0)x\(size.1)")
    #expect(canvas.text.contains("Обрано 0 з 3 (щонайменше 1)"))
    #expect(canvas.text.components(separatedBy: "[ ]").count - 1 == 9)
  }

  @Test("too many: the meter and the refusal stay on the ballot; fixed, it is cast")
  func tooManyThenFixed() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = try Self.ballot(demo)
    app.type(.character(" "), .character(" "), .character(" "), .character(" "))
    app.type(.character("c"))
    let refused = Golden.render(app)
    try Golden.check(refused, "budget-ballot-too-many-80x24")
    #expect(refused.line(2).contains("Обрано 4 з 3"))
    #expect(refused.line(3).contains("✗ можна обрати щонайбільше 3 проєктів (обрано 4)"))
    // No dialog covers the list: the refusal is in place and in the status bar.
    #expect(!refused.text.contains("Ваш вибір"))
    #expect(refused.line(23).contains("щонайбільше 3"))
    let taras = try demo.context("taras").viewer
    #expect(try demo.community.myBallots(cycleID: "2026", viewer: taras).isEmpty)

    app.type(.up, .character(" "), .character("c"))
    let review = Golden.render(app)
    try Golden.check(review, "budget-ballot-review-80x24")
    #expect(review.text.contains("Ваш вибір") && review.text.contains("STEM-лабораторія"))
    #expect(BudgetScenes.plain(review).contains("Разом: 1 545 000 ₴"))
    app.type(.character("y"))
    let cast = Golden.render(app)
    #expect(cast.line(3).contains("✓ ваш бюлетень прийнято"))
    #expect(cast.line(23).contains("Бюлетень прийнято"))
    let ballots = try demo.community.myBallots(cycleID: "2026", viewer: taras)
    #expect(ballots.map(\.projects) == [["1", "2", "3"]])
  }

  @Test("the current ballot is shown again, and casting anew replaces it")
  func replacing() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let taras = try demo.context("taras").viewer
    try demo.community.castBallot(cycleID: "2026", projectIDs: ["4", "5"], viewer: taras)
    let app = try Self.ballot(demo)
    var text = Golden.render(app).text
    #expect(text.contains("Обрано 2 з 3") && text.contains("✓ ваш бюлетень прийнято"))
    let marked = text.split(separator: "\n").filter { $0.contains("[x]") }
    #expect(marked.count == 2 && marked[0].contains("Воркаут") && marked[1].contains("Кіно"))
    // Unchoose the workout ground (the fourth row) and cast.
    app.type(.down, .down, .down, .character(" "), .character("c"), .character("y"))
    text = Golden.render(app).text
    #expect(text.contains("Обрано 1 з 3"))
    #expect(try demo.community.myBallots(cycleID: "2026", viewer: taras).map(\.projects) == [["5"]])
  }

  @Test("knapsack: the meter shows the money and turns into the over-the-limit refusal")
  func knapsack() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    _ = try BudgetScenes.knapsack(demo)
    let app = try BudgetScenes.budgetApp(demo, "taras")
    app.type(.down, .down, .enter, .character("v"))
    app.type(.character(" "), .character(" "))
    let canvas = Golden.render(app)
    try Golden.check(canvas, "budget-ballot-knapsack-80x24")
    let space = "\u{00A0}"
    #expect(
      canvas.line(2).contains(
        "Витрачено 1\(space)250\(space)000\(space)₴ з 1\(space)000\(space)000\(space)₴"))
    #expect(
      canvas.line(3).contains(
        "ваш вибір коштує 1\(space)250\(space)000\(space)₴, а ліміт — 1\(space)000\(space)000\(space)₴"
      ))
    // Without the 650 000 ₴ playground the fountain and the benches fit.
    app.type(.up, .character(" "), .character(" "))
    let fixed = Golden.render(app)
    #expect(fixed.line(2).contains("Витрачено 900\(space)000\(space)₴"))
    #expect(!fixed.text.contains("✗"))
  }
}
