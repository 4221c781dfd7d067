import CommunityCore

/// Texts of the ballot and of budget refusals, in the interface language: the meter of the
/// cycle's rule and every rule a selection, a review or a phase change can break.
package enum BallotText {
  /// "3 of 5 chosen (at least 1)" or "Spent 820 000 ₴ of 1 000 000 ₴".
  static func meter(chosen: [String], proposals: [Proposal], cycle: BudgetCycle, strings: Strings)
    -> String
  {
    switch cycle.rules {
    case .approval(let minimum, let maximum):
      return strings.format("ballot.meterApproval", chosen.count, maximum, minimum)
    case .knapsack:
      let cost = proposals.filter { chosen.contains($0.id) }.reduce(0) { $0 + $1.cost }
      let district = proposals.first { chosen.contains($0.id) }?.district
      return strings.format(
        "ballot.meterKnapsack", Hryvnias.text(cost), Hryvnias.text(cycle.budget(for: district)))
    }
  }

  package static func describe(_ error: BallotError, _ strings: Strings) -> String {
    func phase(_ phase: BudgetPhase) -> String { strings["phase.\(phase.rawValue)"] }
    switch error {
    case .tooFew(let minimum, let chosen): return strings.format("ballot.tooFew", minimum, chosen)
    case .tooMany(let maximum, let chosen):
      return strings.format("ballot.tooMany", maximum, chosen)
    case .overBudget(let cost, let limit):
      return strings.format("ballot.overBudget", Hryvnias.text(cost), Hryvnias.text(limit))
    case .unknownProject(let id): return strings.format("budget.unknownProject", id)
    case .notOnBallot(let id): return strings.format("budget.notOnBallot", id)
    case .duplicate(let id): return strings.format("budget.duplicate", id)
    case .mixedDistricts: return strings["ballot.mixedDistricts"]
    case .wrongPhase(_, let current, let needed):
      // Voting is what residents meet most; it gets its own, plainer sentence.
      return needed == .voting
        ? strings.format("ballot.wrongPhase", phase(current))
        : strings.format("budget.wrongPhase", phase(current), phase(needed))
    case .phaseOrder(let from, let to):
      guard let next = from.next else { return strings["budget.closedForGood"] }
      return strings.format("budget.phaseOrder", phase(from), phase(next), phase(to))
    case .unknownCycle(let id): return strings.format("budget.unknownCycle", id)
    case .reasonRequired: return strings["budget.reasonRequired"]
    case .alreadyReviewed(let id, let status):
      return strings.format("budget.alreadyReviewed", id, strings["proposal.\(status.rawValue)"])
    }
  }
}
