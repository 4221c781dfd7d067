extension EqualSharesRun {
  /// Pays for `evaluation.project`: full payers give the share times their weight, the others
  /// everything they have left.
  func buy(_ evaluation: Evaluation) {
    var settled = evaluation
    if settled.ambiguous { _ = exactPrice(of: &settled) }
    let project = settled.project
    let start = supporterStart[project]
    let share = settled.share
    let shareSlope = settled.shareSlope
    let exact = !settled.overrides.isEmpty
    var capped: [Int32] = []
    var cappedMoney: [Double] = []
    var record = PurchaseRecord()
    var limit = Double.infinity
    for index in start..<(start + liveCount[project]) {
      let group = Int(liveGroups[index])
      guard live[group] else { continue }
      let weight = Int(liveWeights[index])
      let asked = share * Double(weight)
      let isCapped =
        exact
        ? settled.isCapped(group: group, weight: weight, money: money[group])
        : money[group] < asked
      if trackHorizon {
        limit = min(
          limit, partitionLimit(of: settled, group: group, weight: weight, capped: isCapped))
      }
      if isCapped {
        capped.append(Int32(group))
        cappedMoney.append(money[group])
        money[group] = 0
        slope[group] = 0
        live[group] = false
      } else {
        if thorough { record.noteFullPayer(weight: weight, voters: multiplicity[group]) }
        money[group] = max(0, money[group] - asked)
        slope[group] -= shareSlope * Double(weight)
      }
    }
    if trackHorizon { limitRound(limit) }
    if thorough {
      record.cappedMoney = cappedMoney
      record.moneyTolerance = totalError * Self.safety
      purchases.append(record)
    }
    // Each payment rounds once; the share carries the (compensated) sums' rounding.
    totalError += 8 * Self.epsilon * (Double(instance.cost[project]) + settled.supporterMoney)
    if settled.ambiguous || exact { exactBuys += 1 }
    self.record(project, uncappedWeight: settled.uncappedWeight, capped: capped)
  }

  /// How far the share can rise before a supporter of the winner would switch between paying in
  /// full and paying all it has.
  ///
  /// Only the winner's supporters matter: its payments shape every later round, while rivals are
  /// covered by their convex prices (`limitByRivals`).
  private func partitionLimit(
    of winner: Evaluation, group: Int, weight: Int, capped: Bool
  ) -> Double {
    let groupWeight = Double(weight)
    let asked = winner.share * groupWeight
    let gap = money[group] - asked
    let tolerance =
      (totalError + groupWeight * winner.shareError + 4 * Self.epsilon * (money[group] + asked))
      * Self.safety
    let rate = slope[group] - winner.shareSlope * groupWeight
    let scale = abs(slope[group]) + abs(winner.shareSlope * groupWeight)
    return capped
      ? Self.limit(margin: -gap, error: tolerance, rate: -rate, rateScale: scale)
      : Self.limit(margin: gap, error: tolerance, rate: rate, rateScale: scale)
  }
}

/// Who paid for a project in a thorough run, for explaining it afterwards.
struct PurchaseRecord {
  /// Voters who paid the full share, and the smallest and largest weight among them.
  var fullPayers = 0
  var minimumWeight = Int.max
  var maximumWeight = 0
  /// The floating-point money of each group that paid all it had, in ledger order.
  var cappedMoney: [Double] = []
  /// Money below this may be exactly zero.
  var moneyTolerance = 0.0

  mutating func noteFullPayer(weight: Int, voters: Int) {
    fullPayers += voters
    minimumWeight = min(minimumWeight, weight)
    maximumWeight = max(maximumWeight, weight)
  }
}
