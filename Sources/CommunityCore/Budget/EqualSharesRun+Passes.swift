/// Sums over the supporters who cannot pay a given share: their weight, money, voters and the
/// rate at which their money grows with the initial share.
struct PoorTotals {
  var weight = 0
  var money = 0.0
  var voters = 0
  var slope = 0.0
}

/// Where a pass over supporters of weight 1 found the gap between those who could not pay its
/// share and those who could, so that a Newton step landing inside the gap needs no new pass.
struct PoorGap {
  /// The most money among those who could not pay, and the least among those who could.
  var poorest = -Double.infinity
  var richest = Double.infinity
  /// The most money anyone held, which bounds every supporter's classification tolerance.
  var most = 0.0

  /// Whether a pass at `share` would find the same poor supporters and none ambiguous.
  ///
  /// Floating-point subtraction and the tolerance are monotone in the money held, so the
  /// nearest supporters on either side, against the largest tolerance anyone has, decide for
  /// everyone; this is the test `poorSupporters` applies to each supporter.
  func settles(share: Double, shareError: Double, totalError: Double) -> Bool {
    let tolerance =
      (totalError + shareError + 4 * EqualSharesRun.epsilon * (most + share))
      * EqualSharesRun.safety
    return poorest < share && share <= richest && share - poorest > tolerance
      && richest - share > tolerance
  }
}

extension EqualSharesRun {
  /// The money, its slope and the weight of the live supporters of `project`, and the same for
  /// those holding less than `share` per unit of weight; drops supporters who ran dry.
  ///
  /// The gap is only meaningful when every weight is 1 (cost satisfaction).
  func sumSupporters(
    of project: Int, poorBelow share: Double
  ) -> (total: Double, slope: Double, weight: Int, poor: PoorTotals, gap: PoorGap) {
    let money = self.money
    let slope = self.slope
    let live = self.live
    let groups = liveGroups
    let weights = liveWeights
    let multiplicity = self.multiplicity
    let start = supporterStart[project]
    var end = start + liveCount[project]
    // Compensated (Kahan) sums keep the rounding of a sum at 2ε of its size whatever its
    // length, which keeps error bounds small enough that few supporters look ambiguous. Each
    // addition waits for the one before, so supporters alternate between two sums that the
    // processor can work on at once; adding the two rounds once more (3ε in all).
    var total = CompensatedSum()
    var otherTotal = CompensatedSum()
    var alternate = false
    var poorMoney = CompensatedSum()
    var totalSlope = 0.0
    var weight = 0
    var poor = PoorTotals()
    var gap = PoorGap()
    var index = start
    while index < end {
      let group = Int(groups[index])
      if !live[group] {
        end -= 1
        groups.swapAt(index, end)
        weights.swapAt(index, end)
        continue
      }
      let count = multiplicity[group]
      let groupWeight = Int(weights[index])
      let held = money[group]
      if alternate { otherTotal.add(held * Double(count)) } else { total.add(held * Double(count)) }
      alternate.toggle()
      totalSlope += slope[group] * Double(count)
      weight &+= groupWeight &* count
      gap.most = max(gap.most, held)
      if held < share * Double(groupWeight) {
        poor.weight &+= groupWeight &* count
        poorMoney.add(held * Double(count))
        poor.voters &+= count
        poor.slope += slope[group] * Double(count)
        gap.poorest = max(gap.poorest, held)
      } else {
        gap.richest = min(gap.richest, held)
      }
      index += 1
    }
    if end - start < liveCount[project] {
      liveCount[project] = end - start
      compacted[project] = true
    }
    poor.money = poorMoney.value
    return (total.value + otherTotal.value, totalSlope, weight, poor, gap)
  }

  /// One Newton pass at `share`: the supporters in `range` who cannot pay it, with those too
  /// close to it to classify in floating point listed in `ambiguous`, and the slack they add to
  /// the share's error.
  ///
  /// `widest` bounds every supporter's tolerance (see `widestTolerance`), which spares working
  /// out the tolerance of those clearly on one side.
  func poorSupporters(
    _ range: Range<Int>, share: Double, shareError: Double, widest: Double,
    ambiguous: inout [(group: Int32, weight: Int32)]
  ) -> (poor: PoorTotals, slack: Double, gap: PoorGap) {
    let money = self.money
    let slope = self.slope
    let groups = liveGroups
    let weights = liveWeights
    let multiplicity = self.multiplicity
    let epsilon = Self.epsilon
    let safety = Self.safety
    let totalError = self.totalError
    var poor = PoorTotals()
    var poorMoney = CompensatedSum()
    var gap = PoorGap()
    var slack = 0.0
    for index in range {
      let group = Int(groups[index])
      let weight = Int(weights[index])
      let groupWeight = Double(weight)
      let asked = share * groupWeight
      let held = money[group]
      let voters = multiplicity[group]
      gap.most = max(gap.most, held)
      if held < asked {
        poorMoney.add(held * Double(voters))
        poor.slope += slope[group] * Double(voters)
        poor.weight &+= weight &* voters
        poor.voters &+= voters
        gap.poorest = max(gap.poorest, held)
      } else {
        gap.richest = min(gap.richest, held)
      }
      guard abs(held - asked) <= widest else { continue }
      let tolerance =
        (totalError + groupWeight * shareError + 4 * epsilon * (held + asked)) * safety
      if abs(held - asked) <= tolerance {
        ambiguous.append((Int32(group), weights[index]))
        slack += tolerance * Double(voters)
      }
    }
    poor.money = poorMoney.value
    return (poor, slack, gap)
  }

  /// A tolerance at least as wide as any supporter's in `poorSupporters`, for supporters of
  /// weight 1 holding at most `most` each; infinite for other weights, where each supporter's
  /// own is worked out.
  func widestTolerance(share: Double, shareError: Double, most: Double) -> Double {
    guard instance.satisfaction == .cost else { return .infinity }
    return (totalError + shareError + 4 * Self.epsilon * (most + share)) * Self.safety
  }
}
