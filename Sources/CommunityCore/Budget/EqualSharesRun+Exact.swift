/// An exact price: `numerator / (D × uncappedWeight × unitSatisfaction)` with `D` the ledger's
/// denominator for the round, which rivals in the same round share.
struct ExactPrice {
  var numerator: BigInt
  var uncappedWeight: Int
  var unitSatisfaction: Int

  func compare(to other: ExactPrice) -> Int {
    let left = numerator.multiplied(by: other.uncappedWeight).multiplied(by: other.unitSatisfaction)
    let right = other.numerator.multiplied(by: uncappedWeight).multiplied(by: unitSatisfaction)
    return left < right ? -1 : (left == right ? 0 : 1)
  }
}

extension EqualSharesRun {
  /// Settles affordability exactly: whether the supporters hold at least the cost together.
  func exactlyAffordable(_ project: Int) -> Bool {
    let start = supporterStart[project]
    let groups = liveGroups[start..<(start + liveCount[project])]
    let held = ledger.money(of: groups, perVoter: false, before: round)
    let needed = ledger.denominator(before: round).multiplied(by: instance.cost[project])
    return !(held < needed)
  }

  /// Settles which supporters pay all they have, exactly, and returns the exact price;
  /// `evaluation` keeps the exact classification from then on.
  func exactPrice(of evaluation: inout Evaluation) -> ExactPrice {
    let project = evaluation.project
    let start = supporterStart[project]
    let range = start..<(start + liveCount[project])
    let denominator = ledger.denominator(before: round)
    if evaluation.noneCapped {
      return ExactPrice(
        numerator: denominator.multiplied(by: instance.cost[project]),
        uncappedWeight: evaluation.uncappedWeight,
        unitSatisfaction: instance.unitSatisfaction[project])
    }
    var numerator = BigInt.zero
    for _ in 0...(evaluation.ambiguousGroups.count + 1) {
      var capped: [Int32] = []
      var cappedWeight = 0
      for index in range {
        let group = Int(liveGroups[index])
        let weight = Int(liveWeights[index])
        if evaluation.isCapped(group: group, weight: weight, money: money[group]) {
          capped.append(Int32(group))
          cappedWeight += weight * multiplicity[group]
        }
      }
      evaluation.uncappedWeight = liveWeight(range) - cappedWeight
      numerator =
        denominator.multiplied(by: instance.cost[project])
        - ledger.money(of: capped, perVoter: false, before: round)
      var changed = false
      for (group, weight) in evaluation.ambiguousGroups {
        let held = ledger.money(of: [group], perVoter: true, before: round)
        // Pays all it has exactly when its money is below the asked share.
        let isCapped =
          held.multiplied(by: evaluation.uncappedWeight) < numerator.multiplied(by: Int(weight))
        let current = evaluation.isCapped(
          group: Int(group), weight: Int(weight), money: money[Int(group)])
        if isCapped != current || evaluation.overrides[group] == nil {
          changed = changed || isCapped != current
          evaluation.overrides[group] = isCapped
        }
      }
      if !changed { break }
    }
    evaluation.ambiguous = false
    return ExactPrice(
      numerator: numerator, uncappedWeight: evaluation.uncappedWeight,
      unitSatisfaction: instance.unitSatisfaction[project])
  }

  /// Total weight (times multiplicity) of the supporters in `range` of the live lists.
  private func liveWeight(_ range: Range<Int>) -> Int {
    var total = 0
    for index in range { total += Int(liveWeights[index]) * multiplicity[Int(liveGroups[index])] }
    return total
  }
}
