/// The exact record of an Equal Shares run, from which any amount can be recomputed as a
/// rational when floating point cannot decide.
///
/// A run keeps money in `Double`s; this ledger keeps what makes them exact: for every round the
/// project bought, the groups that paid all they had, and the total satisfaction weight of those
/// who paid the full share. Everything else follows. A voter who never ran dry holds the initial
/// share minus `weight × share_t` for each round `t` they supported, and the share of round `t`
/// is `(cost − money of those who ran dry) / uncapped weight`.
///
/// Shares are kept over the common denominator `D_t = W_0 × … × W_t` (the uncapped weights), so
/// a share is one `BigInt` numerator, and sums over rounds need multiplications by small
/// integers only (Horner's rule), never a GCD.
struct EqualSharesLedger {
  private let instance: EqualSharesInstance
  /// The initial share of every voter, in Equal Shares units.
  private(set) var share = 0
  private(set) var rounds: [Round] = []
  /// `rounds[t]` zeroed `cappedGroups[rounds[t].cappedStart..<rounds[t].cappedEnd]`.
  private var cappedGroups: [Int32] = []
  /// The round in which each project was bought, `Int.max` if not bought.
  private var roundOf: [Int]
  /// `numerators[t] / denominators[t]` is the exact share per unit weight of round `t`; both
  /// filled lazily, in order.
  private var numerators: [BigInt] = []
  private var denominators: [BigInt] = []

  struct Round {
    var project: Int
    /// Total weight (times multiplicity) of the supporters who paid the full share.
    var uncappedWeight: Int
    var cappedStart: Int
    var cappedEnd: Int
  }

  init(instance: EqualSharesInstance) {
    self.instance = instance
    roundOf = [Int](repeating: .max, count: instance.projectCount)
  }

  mutating func reset(share: Int) {
    self.share = share
    for round in rounds { roundOf[round.project] = .max }
    rounds.removeAll(keepingCapacity: true)
    cappedGroups.removeAll(keepingCapacity: true)
    numerators.removeAll(keepingCapacity: true)
    denominators.removeAll(keepingCapacity: true)
  }

  mutating func record(project: Int, uncappedWeight: Int, capped: [Int32]) {
    roundOf[project] = rounds.count
    rounds.append(
      Round(
        project: project, uncappedWeight: uncappedWeight, cappedStart: cappedGroups.count,
        cappedEnd: cappedGroups.count + capped.count))
    cappedGroups += capped
  }

  /// `D_{round-1}`: the denominator of money amounts before `round` (1 before round 0).
  mutating func denominator(before round: Int) -> BigInt {
    guard round > 0 else { return .one }
    settle(upTo: round)
    return denominators[round - 1]
  }

  /// The exact share per unit weight of `round`, as (numerator, denominator).
  mutating func roundShare(_ round: Int) -> (BigInt, BigInt) {
    settle(upTo: round + 1)
    return (numerators[round], denominators[round])
  }

  /// Computes the exact shares of all rounds before `end`.
  private mutating func settle(upTo end: Int) {
    while numerators.count < end {
      let round = numerators.count
      let entry = rounds[round]
      let groups = cappedGroups[entry.cappedStart..<entry.cappedEnd]
      let cappedMoney = money(of: groups, perVoter: false, before: round)
      let previous = round == 0 ? BigInt.one : denominators[round - 1]
      numerators.append(previous.multiplied(by: instance.cost[entry.project]) - cappedMoney)
      denominators.append(previous.multiplied(by: entry.uncappedWeight))
    }
  }

  /// The money `groups` hold before `round`, as a numerator over `denominator(before: round)`.
  ///
  /// Every group must still have money then (none zeroed earlier). With `perVoter`, one voter of
  /// each group; otherwise all of its voters.
  mutating func money(
    of groups: some Sequence<Int32>, perVoter: Bool, before round: Int
  ) -> BigInt {
    settle(upTo: round)
    var weights = [Int](repeating: 0, count: round)
    var voters = 0
    for group in groups {
      let count = perVoter ? 1 : instance.multiplicity[Int(group)]
      voters += count
      for entry in instance.groupStart[Int(group)]..<instance.groupStart[Int(group) + 1] {
        let paidIn = roundOf[Int(instance.groupProjects[entry])]
        if paidIn < round { weights[paidIn] += count * Int(instance.groupWeights[entry]) }
      }
    }
    // Horner: spent = Σ_t weights[t] × N_t × (W_{t+1} × … × W_{round-1}).
    var spent = BigInt.zero
    for t in 0..<round {
      if !spent.isZero { spent = spent.multiplied(by: rounds[t].uncappedWeight) }
      if weights[t] != 0 { spent += numerators[t].multiplied(by: weights[t]) }
    }
    let start = (round == 0 ? BigInt.one : denominators[round - 1]).multiplied(by: share)
    return start.multiplied(by: voters) - spent
  }

  /// The groups that ran dry in `round`.
  func capped(in round: Int) -> ArraySlice<Int32> {
    cappedGroups[rounds[round].cappedStart..<rounds[round].cappedEnd]
  }
}
