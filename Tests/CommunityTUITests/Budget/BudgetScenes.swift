import CommunityCore
import CommunityTUI
import Foundation
import Testing

/// Budget situations the demo does not have, set up through CommunityCore as the people
/// would, so that the screens show them.
enum BudgetScenes {
  /// The canvas's text with the no-break spaces of amounts as plain spaces, for assertions.
  static func plain(_ canvas: Canvas) -> String {
    canvas.text.replacingOccurrences(of: "\u{00A0}", with: " ")
  }

  /// The canvas's lines trimmed and joined by spaces, so that a sentence the screen wrapped
  /// reads as one.
  static func flat(_ canvas: Canvas) -> String {
    plain(canvas).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
  }

  /// An app in the budget section, signed in as `viewer`.
  static func budgetApp(
    _ demo: TestCommunity, _ viewer: String, language: String = "uk"
  ) throws -> App {
    let app = App(context: try demo.context(viewer, language: language), signedIn: true)
    app.type(.character("3"))
    return app
  }

  /// Taras proposes projects with these costs in `cycleID`, Olena accepts them all and opens
  /// the voting; returns the project ids.
  static func openVoting(
    _ demo: TestCommunity, cycle: BudgetCycle, costs: [(String, Int)]
  ) throws -> [String] {
    let olena = try demo.context("olena").viewer
    let taras = try demo.context("taras").viewer
    try demo.community.createCycle(cycle, viewer: olena)
    let ids = try costs.map { title, cost in
      try demo.community.propose(
        cycleID: cycle.id, title: title, summary: "", description: "Опис проєкту «\(title)».",
        cost: cost, category: "Благоустрій", district: nil, viewer: taras,
        now: TestCommunity.fixedNow
      ).id
    }
    try demo.community.advancePhase(cycleID: cycle.id, to: .review, viewer: olena)
    for id in ids {
      try demo.community.review(
        cycleID: cycle.id, proposalID: id, accept: true, reason: nil, viewer: olena)
    }
    try demo.community.advancePhase(cycleID: cycle.id, to: .voting, viewer: olena)
    return ids
  }

  /// A knapsack cycle of 1 000 000 ₴ in voting, the third in the list of cycles.
  static func knapsack(_ demo: TestCommunity) throws -> [String] {
    try openVoting(
      demo,
      cycle: BudgetCycle(
        id: "skvery", name: "Бюджет скверів", budget: 1_000_000, rules: .knapsack,
        createdAt: TestCommunity.fixedNow),
      costs: [("Фонтан у сквері", 600_000), ("Дитяче містечко", 650_000), ("Лавки", 300_000)])
  }

  /// A closed cycle on which the methods differ.
  ///
  /// A budget of 400 ₴, "Лавки" and "Ліхтарі" (200 ₴ each) approved by three residents,
  /// "Клумба" (100 ₴) by a fourth. Greedy funds the majority's two; Equal Shares funds one of
  /// theirs and the minority's.
  static func differing(_ demo: TestCommunity) throws -> [String] {
    let ids = try openVoting(
      demo,
      cycle: BudgetCycle(
        id: "dvir", name: "Бюджет двору", budget: 400,
        rules: .approval(minimum: 1, maximum: 2), createdAt: TestCommunity.fixedNow),
      costs: [("Лавки", 200), ("Ліхтарі", 200), ("Клумба", 100)])
    for voter in ["taras", "iryna", "mykola"] {
      try demo.community.castBallot(
        cycleID: "dvir", projectIDs: [ids[0], ids[1]], viewer: try demo.context(voter).viewer)
    }
    try demo.community.castBallot(
      cycleID: "dvir", projectIDs: [ids[2]], viewer: try demo.context("sofiia").viewer)
    try demo.community.advancePhase(
      cycleID: "dvir", to: .closed, viewer: try demo.context("olena").viewer,
      now: TestCommunity.fixedNow)
    return ids
  }
}
