/// Why a project was or was not funded, in data the interface can phrase in any language.
///
/// Amounts are exact: `DecimalAmount` for costs and budgets, `ExactAmount` for Equal Shares
/// payments, which can be fractions. `description` is an English rendering for logs and tests.
package enum ProjectExplanation: Sendable, Codable, Equatable, CustomStringConvertible {
  /// Greedy: funded, being `rank`-th by votes.
  case fundedByVotes(rank: Int, votes: Int)
  /// Greedy: skipped because it needed `needed` and only `left` remained when its turn came.
  case skippedByVotes(rank: Int, votes: Int, needed: DecimalAmount, left: DecimalAmount)
  /// Equal Shares bought it; the details say from whom and at what price.
  case fundedByEqualShares(EqualSharesPurchase)
  /// Equal Shares could not afford it, but the greedy completion afterwards funded it.
  case fundedInCompletion(rank: Int, votes: Int, shortfall: EqualSharesShortfall)
  /// Equal Shares could not afford it, and the count has no completion step (the
  /// equalshares.net variant).
  case notFundedByEqualShares(EqualSharesShortfall)
  /// Neither Equal Shares nor the completion could: at its turn in the completion it needed
  /// `needed` and only `left` remained.
  case notFunded(shortfall: EqualSharesShortfall, needed: DecimalAmount, left: DecimalAmount)

  package var description: String {
    switch self {
    case .fundedByVotes(let rank, let votes):
      "funded: \(votes) votes, \(ordinal(rank)) by votes"
    case .skippedByVotes(let rank, let votes, let needed, let left):
      "skipped: \(votes) votes, \(ordinal(rank)) by votes; needed \(needed), only \(left) left"
    case .fundedByEqualShares(let purchase):
      "funded by Equal Shares: \(purchase)"
    case .fundedInCompletion(let rank, let votes, let shortfall):
      "funded in the completion step (\(votes) votes, \(ordinal(rank)) by votes); "
        + "Equal Shares could not: \(shortfall)"
    case .notFundedByEqualShares(let shortfall):
      "not funded: \(shortfall)"
    case .notFunded(let shortfall, let needed, let left):
      "not funded: \(shortfall); the completion step needed \(needed), only \(left) left"
    }
  }

  private func ordinal(_ rank: Int) -> String {
    let suffix =
      switch (rank % 10, rank % 100) {
      case (1, let teen) where teen != 11: "st"
      case (2, let teen) where teen != 12: "nd"
      case (3, let teen) where teen != 13: "rd"
      default: "th"
      }
    return "\(rank)\(suffix)"
  }
}

/// How Equal Shares paid for a project in one round.
package struct EqualSharesPurchase: Sendable, Codable, Equatable, CustomStringConvertible {
  /// 1 for the first project bought.
  package var round: Int
  /// The price per unit of satisfaction (ρ): each supporter is asked for ρ × their
  /// satisfaction, or all they have left if that is less.
  package var pricePerSatisfaction: ExactAmount
  /// Voters who support the project (with a positive satisfaction).
  package var supporters: Int
  /// Supporters who paid their full asked share.
  package var fullPayers: Int
  /// Supporters who could not pay the full share and gave all they had left.
  package var partialPayers: Int
  /// Supporters who had nothing left.
  package var nonPayers: Int
  /// The largest payment by one voter.
  package var largestPayment: ExactAmount
  /// The smallest payment by a voter who paid something.
  package var smallestPayment: ExactAmount
  /// What they paid together: the project's cost.
  package var total: ExactAmount

  package init(
    round: Int, pricePerSatisfaction: ExactAmount, supporters: Int, fullPayers: Int,
    partialPayers: Int, nonPayers: Int, largestPayment: ExactAmount,
    smallestPayment: ExactAmount, total: ExactAmount
  ) {
    self.round = round
    self.pricePerSatisfaction = pricePerSatisfaction
    self.supporters = supporters
    self.fullPayers = fullPayers
    self.partialPayers = partialPayers
    self.nonPayers = nonPayers
    self.largestPayment = largestPayment
    self.smallestPayment = smallestPayment
    self.total = total
  }

  package var description: String {
    var text = "round \(round), \(supporters) supporters"
    text += ", \(fullPayers) paid \(largestPayment.approximateText()) each"
    if partialPayers > 0 {
      text += ", \(partialPayers) paid all they had (at least \(smallestPayment.approximateText()))"
    }
    if nonPayers > 0 { text += ", \(nonPayers) had nothing left" }
    return text + ", total \(total.approximateText())"
  }
}

/// Why Equal Shares did not buy a project: its supporters' money ran out.
package struct EqualSharesShortfall: Sendable, Codable, Equatable, CustomStringConvertible {
  /// Voters who support the project (with a positive satisfaction).
  package var supporters: Int
  /// What those supporters still held together when Equal Shares stopped.
  package var supportersMoney: ExactAmount
  /// The project's cost.
  package var cost: DecimalAmount
  /// The last round in which the supporters could still have paid for it together (0: not even
  /// at the start); `nil` when nobody supports it.
  package var affordableUntilRound: Int?

  package init(
    supporters: Int, supportersMoney: ExactAmount, cost: DecimalAmount, affordableUntilRound: Int?
  ) {
    self.supporters = supporters
    self.supportersMoney = supportersMoney
    self.cost = cost
    self.affordableUntilRound = affordableUntilRound
  }

  package var description: String {
    guard supporters > 0 else { return "nobody supports it" }
    return "its \(supporters) supporters held only \(supportersMoney.approximateText()) "
      + "in total, it costs \(cost)"
  }
}
