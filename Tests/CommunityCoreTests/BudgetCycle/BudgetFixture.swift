import CommunityCore
import Foundation
import Testing

/// A community for the budget workflow tests: the official `olena`, the resident `taras` and
/// residents `r1`…`r4`, and helpers that take a cycle through its phases as they would.
struct BudgetFixture {
  let community: Community
  let official: Viewer
  let taras: Viewer
  /// Residents `r1`…`r4`.
  let residents: [Viewer]

  init(at path: String) throws {
    community = try TestCommunity.empty(at: path)
    official = try TestCommunity.official(community)
    taras = try TestCommunity.resident(community)
    var residents: [Viewer] = []
    for number in 1...4 {
      try community.createAccount(
        id: "r\(number)", name: "Мешканка \(number)", role: .resident, pin: "1234",
        pinRounds: TestCommunity.pinRounds)
      residents.append(.account(try community.signIn(id: "r\(number)", pin: "1234")))
    }
    self.residents = residents
  }

  /// Creates a cycle in submission.
  @discardableResult
  func cycle(
    _ id: String = "cy", budget: Int, rules: BallotRules = .approval(minimum: 1, maximum: 3),
    districts: [District] = [], method: CountingMethodName = .greedy
  ) throws -> BudgetCycle {
    try community.createCycle(
      BudgetCycle(
        id: id, name: "Тестовий цикл \(id)", budget: budget, districts: districts, rules: rules,
        method: method),
      viewer: official)
  }

  /// Taras proposes a project; returns its id.
  func propose(
    _ title: String, cost: Int, district: String? = nil, in cycleID: String = "cy"
  ) throws -> String {
    try community.propose(
      cycleID: cycleID, title: title, summary: "", description: "Опис: " + title, cost: cost,
      category: "Благоустрій", district: district, viewer: taras
    ).id
  }

  /// Moves the cycle forward to `phase`, one phase at a time; in review it accepts every
  /// proposal still submitted.
  func advance(_ cycleID: String = "cy", to phase: BudgetPhase) throws {
    var current = try community.cycle(id: cycleID).phase
    while current < phase, let next = current.next {
      if current == .review {
        for proposal in try community.listProposals(cycleID: cycleID, viewer: official)
        where proposal.status == .submitted {
          try community.review(
            cycleID: cycleID, proposalID: proposal.id, accept: true, reason: nil,
            viewer: official)
        }
      }
      try community.advancePhase(cycleID: cycleID, to: next, viewer: official)
      current = next
    }
  }

  /// A proposal as stored.
  func proposal(_ id: String, in cycleID: String = "cy") throws -> Proposal {
    try #require(
      try community.listProposals(cycleID: cycleID, viewer: official).first { $0.id == id })
  }
}
