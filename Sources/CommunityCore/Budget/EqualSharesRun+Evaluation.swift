/// What one look at a project in one round found.
struct Evaluation {
  var project: Int
  var affordable: Bool
  /// The share per unit of weight asked of each supporter (payment = share × weight, or all
  /// the supporter has if less), its rate of change with the initial share, and its error.
  var share = 0.0
  var shareSlope = 0.0
  var shareError = 0.0
  /// Price per unit of satisfaction (ρ = share ÷ unit satisfaction), the quantity rounds
  /// compare, with its slope and its error bound (safety margin included).
  var price = 0.0
  var priceSlope = 0.0
  var priceError = 0.0
  /// Total weight (times multiplicity) of the supporters who pay the full share.
  var uncappedWeight = 0
  /// How many groups still held money and what they held together, before paying.
  var supporterGroups = 0
  var supporterMoney = 0.0
  /// Known exactly that every supporter pays the full share (nobody has spent anything yet).
  var noneCapped = false
  /// Whether some supporter's money is too close to their asked share to classify in `Double`.
  var ambiguous = false
  var ambiguousGroups: [(group: Int32, weight: Int32)] = []
  /// Exact classifications (true: pays all it has) that replace the floating-point test.
  var overrides: [Int32: Bool] = [:]

  init(project: Int, affordable: Bool) {
    self.project = project
    self.affordable = affordable
  }

  /// Whether a group of supporters pays everything it has rather than the full share.
  func isCapped(group: Int, weight: Int, money: Double) -> Bool {
    if noneCapped { return false }
    if !overrides.isEmpty, let exact = overrides[Int32(group)] { return exact }
    return money < share * Double(weight)
  }
}

/// Kahan's compensated summation: the error stays within 2ε of the sum of magnitudes.
struct CompensatedSum {
  private var sum = 0.0
  private var compensation = 0.0

  mutating func add(_ value: Double) {
    let corrected = value - compensation
    let next = sum + corrected
    compensation = (next - sum) - corrected
    sum = next
  }

  var value: Double { sum }
}

extension EqualSharesRun {
  /// Finds whether `project` is affordable now and, if so, its share and price: the level at
  /// which supporters paying `min(money, share × weight)` cover the cost exactly.
  ///
  /// Newton's method on that piecewise-linear level (pabutools' "poor/rich" rounds): whoever
  /// cannot pay the current share pays all they have and the rest is re-split. Started from
  /// the last price seen, a lower bound, it usually settles in one or two passes over the
  /// supporters; the first also drops those who ran dry and adds up the money, the last also
  /// looks for supporters too close to their share to classify in floating point.
  func evaluate(_ project: Int) -> Evaluation {
    if round == 0 && instance.satisfaction == .cost { return evaluateUntouched(project) }
    let epsilon = Self.epsilon
    let start = supporterStart[project]
    let cost = Double(instance.cost[project])
    let unit = Double(instance.unitSatisfaction[project])
    var share = stale[project] * unit * (1 - 1e-9)
    let (total, totalSlope, weight, firstPoor, firstGap) = sumSupporters(
      of: project, poorBelow: share)
    let range = start..<(start + liveCount[project])
    var poor = firstPoor
    // With unit weights a pass tells where the poor end and the rich begin; a share that lands
    // between them, clear of both, would be confirmed by the next pass, which is skipped.
    var gap: PoorGap? = instance.satisfaction == .cost ? firstGap : nil
    let sumError = (totalError + 4 * epsilon * total + epsilon * cost) * Self.safety
    evaluations += 1
    let affordable =
      total < cost - sumError
      ? false : (total > cost + sumError ? true : exactlyAffordable(project))
    guard affordable else {
      limitRound(
        Self.limit(margin: cost - total, error: sumError, rate: -totalSlope, rateScale: totalSlope))
      return Evaluation(project: project, affordable: false)
    }

    var evaluation = Evaluation(project: project, affordable: true)
    evaluation.supporterGroups = range.count
    evaluation.supporterMoney = total
    var settled = false
    for _ in 0..<64 where poor.weight < weight {
      share = (cost - poor.money) / Double(weight - poor.weight)
      let shareError =
        (totalError + 3 * epsilon * poor.money + epsilon * cost) / Double(weight - poor.weight)
        + epsilon * share
      evaluation.ambiguousGroups.removeAll(keepingCapacity: true)
      if let gap, gap.settles(share: share, shareError: shareError, totalError: totalError) {
        evaluation.shareError = shareError
        settled = true
        break
      }
      passes += 1
      let (next, slack, nextGap) = poorSupporters(
        range, share: share, shareError: shareError,
        widest: widestTolerance(share: share, shareError: shareError, most: firstGap.most),
        ambiguous: &evaluation.ambiguousGroups)
      // The poor only grow, so an unchanged total weight means an unchanged set: settled.
      if next.weight == poor.weight {
        evaluation.shareError = shareError + slack / Double(weight - poor.weight)
        settled = true
        break
      }
      poor = next
      if gap != nil { gap = nextGap }
    }
    if !settled {
      (share, poor) = sortedWaterLevel(range: range, cost: cost, weight: weight)
      evaluation.shareError = markAmbiguous(
        &evaluation, range: range, share: share, poor: poor, weight: weight)
    }
    evaluation.share = share
    evaluation.uncappedWeight = weight - poor.weight
    evaluation.shareSlope = -poor.slope / Double(weight - poor.weight)
    evaluation.ambiguous = !evaluation.ambiguousGroups.isEmpty
    evaluation.price = share / unit
    evaluation.priceSlope = evaluation.shareSlope / unit
    evaluation.priceError =
      (evaluation.shareError / unit + 4 * epsilon * evaluation.price) * Self.safety
    return evaluation
  }

  /// Round 0 with cost satisfaction: every supporter still holds the initial share and has
  /// weight 1, so everything is known exactly without looking at anyone.
  private func evaluateUntouched(_ project: Int) -> Evaluation {
    let voters = instance.supporterCount[project]
    let cost = instance.cost[project]
    let held = Int128(share) * Int128(voters)
    let groups = supporterStart[project + 1] - supporterStart[project]
    guard held >= Int128(cost) else {
      limitRound(Double(Int128(cost) - held) / Double(voters) * (1 - 1e-9))
      return Evaluation(project: project, affordable: false)
    }
    var evaluation = Evaluation(project: project, affordable: true)
    evaluation.noneCapped = true
    evaluation.supporterGroups = groups
    evaluation.supporterMoney = Double(held)
    evaluation.share = Double(cost) / Double(voters)
    evaluation.shareError = Self.epsilon * evaluation.share
    evaluation.uncappedWeight = voters
    let unit = Double(instance.unitSatisfaction[project])
    evaluation.price = evaluation.share / unit
    evaluation.priceError = 8 * Self.epsilon * evaluation.price * Self.safety
    return evaluation
  }

  /// The level found by sorting supporters by money per unit of weight: slower, but bounded,
  /// for the rare case Newton's passes do not settle (or rounding leaves nobody able to pay).
  private func sortedWaterLevel(
    range: Range<Int>, cost: Double, weight: Int
  ) -> (Double, PoorTotals) {
    let order = range.sorted { left, right in
      money[Int(liveGroups[left])] * Double(liveWeights[right])
        < money[Int(liveGroups[right])] * Double(liveWeights[left])
    }
    var poor = PoorTotals()
    for (position, index) in order.enumerated() {
      let group = Int(liveGroups[index])
      let groupWeight = Int(liveWeights[index])
      let share = (cost - poor.money) / Double(weight - poor.weight)
      // The richest supporter always pays the full share, so someone stays able to pay.
      if money[group] >= share * Double(groupWeight) || position == order.count - 1 {
        return (share, poor)
      }
      let count = multiplicity[group]
      poor.weight += groupWeight * count
      poor.money += money[group] * Double(count)
      poor.voters += count
      poor.slope += slope[group] * Double(count)
    }
    return (cost / Double(weight), poor)
  }

  /// Lists the supporters too close to their share to classify; returns the share's error.
  private func markAmbiguous(
    _ evaluation: inout Evaluation, range: Range<Int>, share: Double, poor: PoorTotals,
    weight: Int
  ) -> Double {
    let epsilon = Self.epsilon
    let cost = Double(instance.cost[evaluation.project])
    let shareError =
      (totalError + Double(range.count) * epsilon * poor.money + epsilon * cost)
      / Double(weight - poor.weight) + epsilon * share
    var slack = 0.0
    evaluation.ambiguousGroups.removeAll()
    for index in range {
      let group = Int(liveGroups[index])
      let groupWeight = Double(liveWeights[index])
      let asked = share * groupWeight
      let tolerance =
        (totalError + groupWeight * shareError + 4 * epsilon * (money[group] + asked)) * Self.safety
      if abs(money[group] - asked) <= tolerance {
        evaluation.ambiguousGroups.append((Int32(group), liveWeights[index]))
        slack += tolerance * Double(multiplicity[group])
      }
    }
    return shareError + slack / Double(weight - poor.weight)
  }
}
