import Foundation

/// Why a ballot, a proposal or a phase change was refused, in words a resident understands.
package enum BallotError: Error, Sendable, Equatable, CustomStringConvertible {
  case tooFew(minimum: Int, chosen: Int)
  case tooMany(maximum: Int, chosen: Int)
  case overBudget(cost: Int, limit: Int)
  case unknownProject(String)
  case notOnBallot(String)
  case duplicate(String)
  case mixedDistricts
  case wrongPhase(action: String, phase: BudgetPhase, needed: BudgetPhase)
  case phaseOrder(from: BudgetPhase, to: BudgetPhase)
  case unknownCycle(String)
  case reasonRequired
  case alreadyReviewed(String, ProposalStatus)

  package var description: String {
    switch self {
    case .tooFew(let minimum, let chosen):
      return "choose at least \(minimum) project\(minimum == 1 ? "" : "s") (you chose \(chosen))"
    case .tooMany(let maximum, let chosen):
      return "at most \(maximum) projects (you chose \(chosen))"
    case .overBudget(let cost, let limit):
      return "your selection costs \(Hryvnias.text(cost)), the limit is \(Hryvnias.text(limit))"
    case .unknownProject(let id): return "there is no project \(id) in this cycle"
    case .notOnBallot(let id): return "project \(id) is not on the ballot"
    case .duplicate(let id): return "project \(id) is chosen twice"
    case .mixedDistricts: return "all chosen projects must be from one district"
    case .wrongPhase(let action, let phase, let needed):
      return "cannot \(action): the cycle is in \(phase.rawValue), this needs \(needed.rawValue)"
    case .phaseOrder(let from, let to):
      return "a cycle moves only forward one phase at a time: from \(from.rawValue) the next is "
        + (from.next?.rawValue ?? "nothing (it is closed)") + ", not \(to.rawValue)"
    case .unknownCycle(let id): return "no budget cycle '\(id)'"
    case .reasonRequired: return "rejecting a proposal requires a reason"
    case .alreadyReviewed(let id, let status): return "proposal \(id) is already \(status.rawValue)"
    }
  }
}
