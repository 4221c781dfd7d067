/// Turns a finished thorough run into exact, human-sized explanations: who paid how much for
/// each project bought, and how much money the supporters of the others had left.
struct EqualSharesExplainer {
  private let run: EqualSharesRun
  private var ledger: EqualSharesLedger
  private var instance: EqualSharesInstance { run.instance }

  init(run: EqualSharesRun) {
    self.run = run
    ledger = run.ledger
  }

  /// One purchase per project bought, in the order of `run.selected` (free projects first).
  mutating func purchases() -> [EqualSharesPurchase] {
    let scale = instance.scale
    var result: [EqualSharesPurchase] = instance.freeProjects.map { project in
      EqualSharesPurchase(
        round: 0, pricePerSatisfaction: .zero, supporters: instance.supporterCount[project],
        fullPayers: 0, partialPayers: 0, nonPayers: instance.supporterCount[project],
        largestPayment: .zero, smallestPayment: .zero, total: .zero)
    }
    for (round, entry) in ledger.rounds.enumerated() {
      let project = entry.project
      let record = run.purchases[round]
      let (numerator, denominator) = ledger.roundShare(round)
      let price =
        instance.satisfaction == .cost
        ? ExactAmount(
          numerator: numerator, denominator: denominator.multiplied(by: instance.cost[project]))
        : scale.exactAmount(numerator, over: denominator)
      let (partial, smallest) = partialPayments(round: round, record: record)
      let weightForSmallest = record.fullPayers > 0 ? record.minimumWeight : 0
      let fullSmallest = scale.exactAmount(
        numerator.multiplied(by: weightForSmallest), over: denominator)
      let supporters = instance.supporterCount[project]
      result.append(
        EqualSharesPurchase(
          round: round + 1, pricePerSatisfaction: price, supporters: supporters,
          fullPayers: record.fullPayers, partialPayers: partial,
          nonPayers: supporters - record.fullPayers - partial,
          largestPayment: scale.exactAmount(
            numerator.multiplied(by: record.maximumWeight), over: denominator),
          smallestPayment: smallest.map { min($0, fullSmallest) } ?? fullSmallest,
          total: election(costOf: project)))
    }
    return result
  }

  private func election(costOf project: Int) -> ExactAmount {
    instance.scale.exactAmount(BigInt(instance.cost[project]))
  }

  /// How many voters paid everything they had (a positive amount) in `round`, and the smallest
  /// such payment, exactly.
  private mutating func partialPayments(
    round: Int, record: PurchaseRecord
  ) -> (voters: Int, smallest: ExactAmount?) {
    let groups = Array(ledger.capped(in: round))
    var voters = 0
    var candidates: [Int32] = []
    var lowest = Double.infinity
    for (position, group) in groups.enumerated() {
      let money = record.cappedMoney[position]
      // Money that may be exactly zero is checked exactly: such voters paid nothing.
      if money <= record.moneyTolerance {
        let held = ledger.money(of: [group], perVoter: true, before: round)
        if held.isZero { continue }
      }
      voters += instance.multiplicity[Int(group)]
      lowest = min(lowest, money)
    }
    guard voters > 0 else { return (0, nil) }
    for (position, group) in groups.enumerated()
    where record.cappedMoney[position] <= lowest + 2 * record.moneyTolerance {
      candidates.append(group)
    }
    let denominator = ledger.denominator(before: round)
    var smallest: ExactAmount?
    for group in candidates {
      let held = ledger.money(of: [group], perVoter: true, before: round)
      if held.isZero { continue }
      let amount = instance.scale.exactAmount(held, over: denominator)
      smallest = smallest.map { min($0, amount) } ?? amount
    }
    return (voters, smallest)
  }

  /// What the supporters of an unbought project held when Equal Shares stopped.
  mutating func shortfall(_ project: Int, cost: DecimalAmount) -> EqualSharesShortfall {
    let supporters = instance.supporterCount[project]
    guard supporters > 0 else {
      return EqualSharesShortfall(
        supporters: 0, supportersMoney: .zero, cost: cost, affordableUntilRound: nil)
    }
    let rounds = ledger.rounds.count
    let start = instance.supporterStart[project]
    let groups = instance.supporterGroups[start..<instance.supporterStart[project + 1]]
      .filter { run.live[Int($0)] }
    let held = ledger.money(of: groups, perVoter: false, before: rounds)
    let money = instance.scale.exactAmount(held, over: ledger.denominator(before: rounds))
    return EqualSharesShortfall(
      supporters: supporters, supportersMoney: money, cost: cost,
      affordableUntilRound: instance.isCandidate[project] ? run.affordableRounds[project] : nil)
  }
}
