import CommunityCore

/// A project's counting result in words, in the interface language.
///
/// The counting engine explains its decisions as data (`ProjectExplanation`); this is the one
/// place that turns that data into sentences, for the interface and the command line alike, so
/// that a Ukrainian reader never meets the engine's English.
package enum ResultText {
  package static func explain(_ explanation: ProjectExplanation, _ strings: Strings) -> String {
    switch explanation {
    case .fundedByVotes(let rank, let votes):
      return strings.format("explain.fundedByVotes", rank, votes)
    case .skippedByVotes(let rank, let votes, let needed, let left):
      return strings.format(
        "explain.skippedByVotes", rank, votes, Hryvnias.text(needed), Hryvnias.text(left))
    case .fundedByEqualShares(let bought):
      return purchase(bought, strings)
    case .fundedInCompletion(let rank, let votes, let shortfall):
      return strings.format("explain.fundedInCompletion", rank, votes) + "\n"
        + self.shortfall(shortfall, strings)
    case .notFundedByEqualShares(let shortfall):
      return strings["explain.notFundedByShares"] + "\n" + self.shortfall(shortfall, strings)
    case .notFunded(let shortfall, let needed, let left):
      return strings.format("explain.notFunded", Hryvnias.text(needed), Hryvnias.text(left))
        + "\n" + self.shortfall(shortfall, strings)
    }
  }

  /// Who paid for a project Equal Shares bought, and how much.
  private static func purchase(_ purchase: EqualSharesPurchase, _ strings: Strings) -> String {
    // Round 0 is a project that costs nothing: Equal Shares takes those before any round.
    guard purchase.round > 0 else { return strings["explain.freeProject"] }
    var lines = [strings.format("explain.fundedByShares", purchase.round, purchase.supporters)]
    if purchase.fullPayers > 0 {
      lines.append(
        strings.format(
          "explain.fullPayers", purchase.fullPayers, Hryvnias.text(purchase.largestPayment)))
    }
    if purchase.partialPayers > 0 {
      lines.append(
        strings.format(
          "explain.partialPayers", purchase.partialPayers,
          Hryvnias.text(purchase.smallestPayment)))
    }
    if purchase.nonPayers > 0 {
      lines.append(strings.format("explain.nonPayers", purchase.nonPayers))
    }
    lines.append(strings.format("explain.sharesTotal", Hryvnias.text(purchase.total)))
    return lines.joined(separator: "\n")
  }

  /// Why the supporters of a project could not buy it by equal shares.
  private static func shortfall(_ shortfall: EqualSharesShortfall, _ strings: Strings) -> String {
    guard shortfall.supporters > 0 else { return strings["explain.noSupporters"] }
    var text = strings.format(
      "explain.shortfall", shortfall.supporters, Hryvnias.text(shortfall.supportersMoney),
      Hryvnias.text(shortfall.cost))
    switch shortfall.affordableUntilRound {
    case 0?: text += " " + strings["explain.neverAffordable"]
    case let round?: text += " " + strings.format("explain.affordableUntil", round)
    case nil: break
    }
    return text
  }
}
