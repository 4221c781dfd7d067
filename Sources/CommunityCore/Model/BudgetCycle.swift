import Foundation

/// One round of the participatory budget (громадський бюджет).
package struct BudgetCycle: StoredRecord, Equatable {
  package var id: String
  package var name: String
  package var nameEn: String?
  /// The total budget in whole hryvnias.
  package var budget: Int
  /// Districts with budgets of their own; empty for a city-wide cycle.
  package var districts: [District]
  package var phase: BudgetPhase
  package var rules: BallotRules
  package var method: CountingMethodName
  package var createdAt: Date
  package var countedAt: Date?

  package init(
    id: String, name: String, nameEn: String? = nil, budget: Int, districts: [District] = [],
    phase: BudgetPhase = .submission, rules: BallotRules, method: CountingMethodName = .greedy,
    createdAt: Date = Date()
  ) {
    self.id = id
    self.name = name
    self.nameEn = nameEn
    self.budget = budget
    self.districts = districts
    self.phase = phase
    self.rules = rules
    self.method = method
    self.createdAt = createdAt
    self.countedAt = nil
  }

  package var storageKey: String { id }

  package func validate() throws(ValidationError) {
    try Account.validateID(id.lowercased())
    try TextRules.check(name, field: "name", limit: 200)
    guard budget > 0 else { throw ValidationError(field: "budget", rule: "must be positive") }
    try rules.validate()
    for district in districts where district.budget <= 0 {
      throw ValidationError(
        field: "districts", rule: "district \(district.id): budget must be positive")
    }
  }

  /// The spending limit that applies to a ballot in `district` (or the whole cycle).
  package func budget(for district: String?) -> Int {
    districts.first(where: { $0.id == district })?.budget ?? budget
  }
}

/// A part of the community with its own share of the budget.
package struct District: Codable, Sendable, Equatable {
  package var id: String
  package var name: String
  package var budget: Int

  package init(id: String, name: String, budget: Int) {
    self.id = id
    self.name = name
    self.budget = budget
  }
}

/// The phases of a cycle, in the only order they can go.
package enum BudgetPhase: String, Codable, Sendable, CaseIterable, Comparable {
  case submission
  case review
  case voting
  case closed

  package var next: BudgetPhase? {
    switch self {
    case .submission: .review
    case .review: .voting
    case .voting: .closed
    case .closed: nil
    }
  }

  private var order: Int { BudgetPhase.allCases.firstIndex(of: self) ?? 0 }

  package static func < (lhs: BudgetPhase, rhs: BudgetPhase) -> Bool { lhs.order < rhs.order }
}

/// What a valid ballot is.
package enum BallotRules: Codable, Sendable, Equatable {
  /// Approve between `minimum` and `maximum` projects.
  case approval(minimum: Int, maximum: Int)
  /// Any set of projects whose total cost fits within the (district's) budget.
  case knapsack

  private enum CodingKeys: String, CodingKey {
    case kind, min, max
  }

  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    switch try container.decode(String.self, forKey: .kind) {
    case "approval":
      self = .approval(
        minimum: try container.decode(Int.self, forKey: .min),
        maximum: try container.decode(Int.self, forKey: .max))
    case "knapsack": self = .knapsack
    case let other:
      throw DecodingError.dataCorruptedError(
        forKey: .kind, in: container, debugDescription: "'\(other)' is not approval or knapsack")
    }
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .approval(let minimum, let maximum):
      try container.encode("approval", forKey: .kind)
      try container.encode(minimum, forKey: .min)
      try container.encode(maximum, forKey: .max)
    case .knapsack: try container.encode("knapsack", forKey: .kind)
    }
  }

  package func validate() throws(ValidationError) {
    if case .approval(let minimum, let maximum) = self, minimum < 0 || maximum < max(1, minimum) {
      throw ValidationError(field: "rules", rule: "need 0 ≤ minimum ≤ maximum and maximum ≥ 1")
    }
  }
}

/// How a cycle's result is counted.
package enum CountingMethodName: String, Codable, Sendable, CaseIterable {
  case greedy
  case equalShares = "equal-shares"
}
