/// The outcome of counting a participatory budget, with the reasons behind every project's fate.
///
/// Encodes to the JSON `hromada budget tally --json` prints: `method`, `budget`, `spent`,
/// `selected` and `projects`, amounts as exact decimal text.
package struct BudgetTally: Sendable, Codable, Equatable {
  package var method: CountingMethod
  package var budget: DecimalAmount
  package var spent: DecimalAmount
  /// Funded project ids in the order they were selected.
  package var selected: [String]
  /// Every project, in the election's order.
  package var projects: [ProjectTally]
  /// Ballots counted, empty ones included.
  package var voters: Int
  /// How Equal Shares ran; `nil` for greedy.
  package var equalShares: EqualSharesSummary?

  package init(
    method: CountingMethod, budget: DecimalAmount, spent: DecimalAmount, selected: [String],
    projects: [ProjectTally], voters: Int, equalShares: EqualSharesSummary? = nil
  ) {
    self.method = method
    self.budget = budget
    self.spent = spent
    self.selected = selected
    self.projects = projects
    self.voters = voters
    self.equalShares = equalShares
  }
}

/// One project's result.
package struct ProjectTally: Sendable, Codable, Equatable {
  package var id: String
  package var name: String
  /// Ballots that list the project.
  package var votes: Int
  package var cost: DecimalAmount
  package var funded: Bool
  /// 1 for the first project selected; `nil` when not funded.
  package var selectionRank: Int?
  package var explanation: ProjectExplanation

  package init(
    id: String, name: String, votes: Int, cost: DecimalAmount, funded: Bool, selectionRank: Int?,
    explanation: ProjectExplanation
  ) {
    self.id = id
    self.name = name
    self.votes = votes
    self.cost = cost
    self.funded = funded
    self.selectionRank = selectionRank
    self.explanation = explanation
  }
}

/// How the Equal Shares part of a count went.
package struct EqualSharesSummary: Sendable, Codable, Equatable {
  package var satisfaction: EqualSharesSatisfaction
  /// Each voter's share of the budget: budget ÷ voters.
  package var initialShare: ExactAmount
  /// The share of the run whose outcome was kept, after Add1 raised it.
  package var finalShare: ExactAmount
  /// How many whole currency units Add1 added to every share.
  package var add1Increments: Int
  /// How many Equal Shares runs the Add1 search actually computed (the rest were skipped
  /// because the outcome provably could not change).
  package var runsComputed: Int
  /// Projects funded by Equal Shares itself, before completion.
  package var roundsFunded: Int
  /// Money spent by Equal Shares itself, before completion.
  package var spentByEqualShares: DecimalAmount

  package init(
    satisfaction: EqualSharesSatisfaction, initialShare: ExactAmount, finalShare: ExactAmount,
    add1Increments: Int, runsComputed: Int, roundsFunded: Int, spentByEqualShares: DecimalAmount
  ) {
    self.satisfaction = satisfaction
    self.initialShare = initialShare
    self.finalShare = finalShare
    self.add1Increments = add1Increments
    self.runsComputed = runsComputed
    self.roundsFunded = roundsFunded
    self.spentByEqualShares = spentByEqualShares
  }
}
