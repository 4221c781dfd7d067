/// One run of the Method of Equal Shares at a given initial share per voter.
///
/// Money is tracked in `Double`s for speed, each decision is certified against a running error
/// bound, and the few that floating point cannot decide (exact ties, a supporter holding exactly
/// the asked share) are settled with exact rationals from the `EqualSharesLedger`. The outcome
/// is therefore exactly pabutools': each round buys the project with the lowest price per unit
/// of satisfaction among those its supporters can afford, ties going to the smaller id as text.
///
/// For Add1, a run also reports its `horizon`: how much further the initial share can grow with
/// every decision provably unchanged. Money, shares and prices are affine in the initial share
/// while no decision flips, so each decision gives a linear bound; Add1 jumps over the steps
/// that cannot change the outcome instead of recomputing each one.
///
/// The per-voter state lives in unsafe buffers owned by the run: the hot loops touch every
/// supporter of a project, and array properties of a class pay for exclusivity checks and
/// copy-on-write tests on each access.
final class EqualSharesRun {
  let instance: EqualSharesInstance
  var ledger: EqualSharesLedger

  /// Each group's money per voter and its rate of change with the initial share.
  let money: UnsafeMutableBufferPointer<Double>
  let slope: UnsafeMutableBufferPointer<Double>
  /// Whether a group still holds money: a zeroed group is out for good, exactly zero whatever
  /// the share (its supporters could not pay their share and gave everything).
  let live: UnsafeMutableBufferPointer<Bool>
  /// Per project, its supporting groups still holding money, compacted as they run dry, in
  /// `supporterStart[p] ..< supporterStart[p] + liveCount[p]`.
  let liveGroups: UnsafeMutableBufferPointer<Int32>
  let liveWeights: UnsafeMutableBufferPointer<Int32>
  let liveCount: UnsafeMutableBufferPointer<Int>
  /// Projects whose list has been compacted since the last reset, which alone need restoring:
  /// copying every list back costs megabytes per run.
  let compacted: UnsafeMutableBufferPointer<Bool>
  /// Projects still in the running, with a lower bound on their price from their last
  /// evaluation (prices only rise as money is spent), its slope and error.
  let active: UnsafeMutableBufferPointer<Bool>
  let stale: UnsafeMutableBufferPointer<Double>
  let staleSlope: UnsafeMutableBufferPointer<Double>
  let staleError: UnsafeMutableBufferPointer<Double>
  /// For each project, the last round it was affordable in (0: never); thorough runs only.
  let affordableRounds: UnsafeMutableBufferPointer<Int>
  /// Read-only copies of the instance's hot arrays.
  let multiplicity: UnsafeMutableBufferPointer<Int>
  let supporterStart: UnsafeMutableBufferPointer<Int>

  /// Projects bought, in order (free projects first, when Borda satisfaction has any).
  private(set) var selected: [Int] = []
  /// Who paid what in each round; thorough runs only.
  var purchases: [PurchaseRecord] = []
  /// How far the initial share can rise (in Equal Shares units) with the same decisions.
  var horizon: Double { roundLimits.min() ?? .infinity }
  /// For each round (the last entry: the final round, which found nothing affordable), how
  /// far the share can rise with that round's decisions unchanged.
  var roundLimits: [Double] = []
  /// Projects found unaffordable, round after round, for `replay` (with `trackHorizon` only).
  ///
  /// Round `t`'s are `dropped[droppedEnd[t - 1]..<droppedEnd[t]]`.
  var dropped: [Int32] = []
  var droppedEnd: [Int] = []
  /// Rounds the last run took over from an earlier run's prefix instead of counting them.
  var replayedRounds = 0
  var trackHorizon = false
  /// Evaluate every project in every round instead of skipping those that cannot win: slower,
  /// but it tells exactly when each project stopped being affordable.
  var thorough = false
  /// An upper bound on the total error of all voters' money together.
  ///
  /// Rounding errors do not multiply from round to round: whatever error the poor carry into a
  /// share ends up spread over the rich, and the poor are then exactly zero; so the total only
  /// grows by each round's own rounding, and bounds every single voter's error as well.
  var totalError = 0.0
  var share = 0
  /// Work counters, for benchmarks.
  var evaluations = 0
  var passes = 0
  var exactBuys = 0
  /// The current round (0-based) while running; the number of rounds bought afterwards.
  var round = 0

  /// Relative precision of a `Double`.
  static let epsilon = Double.ulpOfOne
  /// Decisions treat values closer than this many times their error bound as undecided.
  static let safety = 16.0

  init(instance: EqualSharesInstance) {
    self.instance = instance
    ledger = EqualSharesLedger(instance: instance)
    let groups = instance.groupCount
    let projects = instance.projectCount
    money = .allocate(capacity: groups)
    slope = .allocate(capacity: groups)
    live = .allocate(capacity: groups)
    liveGroups = .allocate(capacity: instance.supporterGroups.count)
    liveWeights = .allocate(capacity: instance.supporterWeights.count)
    liveCount = .allocate(capacity: projects)
    compacted = .allocate(capacity: projects)
    active = .allocate(capacity: projects)
    stale = .allocate(capacity: projects)
    staleSlope = .allocate(capacity: projects)
    staleError = .allocate(capacity: projects)
    affordableRounds = .allocate(capacity: projects)
    for buffer in [money, slope, stale, staleSlope, staleError] { buffer.initialize(repeating: 0) }
    for buffer in [live, active, compacted] { buffer.initialize(repeating: false) }
    _ = liveGroups.initialize(from: instance.supporterGroups)
    _ = liveWeights.initialize(from: instance.supporterWeights)
    for buffer in [liveCount, affordableRounds] { buffer.initialize(repeating: 0) }
    multiplicity = .allocate(capacity: groups)
    _ = multiplicity.initialize(from: instance.multiplicity)
    supporterStart = .allocate(capacity: projects + 1)
    _ = supporterStart.initialize(from: instance.supporterStart)
  }

  deinit {
    for buffer in [money, slope, stale, staleSlope, staleError] { buffer.deallocate() }
    for buffer in [live, active, compacted] { buffer.deallocate() }
    for buffer in [liveGroups, liveWeights] { buffer.deallocate() }
    for buffer in [liveCount, affordableRounds, multiplicity, supporterStart] {
      buffer.deallocate()
    }
  }

  /// Runs Equal Shares with every voter starting with `share` Equal Shares units.
  ///
  /// With a `prefix` from a run at a smaller share, the rounds it proves unchanged at this share
  /// are replayed rather than counted again (see `replay`).
  func run(share: Int, replaying prefix: EqualSharesPrefix? = nil) {
    reset(share: share)
    if let prefix { replay(prefix) }
    let projects = instance.projectCount
    while true {
      roundLimits.append(.infinity)
      let order = (0..<projects).filter { active[$0] }.sorted {
        stale[$0] != stale[$1] ? stale[$0] < stale[$1] : instance.idRank[$0] < instance.idRank[$1]
      }
      var evaluations: [Evaluation] = []
      var bestUpper = Double.infinity
      var skipped: [Int] = []
      for project in order {
        if !thorough && stale[project] - staleError[project] > bestUpper {
          skipped.append(project)
          continue
        }
        let evaluation = evaluate(project)
        guard evaluation.affordable else {
          active[project] = false
          if trackHorizon { dropped.append(Int32(project)) }
          continue
        }
        if thorough { affordableRounds[project] = round + 1 }
        stale[project] = evaluation.price
        staleSlope[project] = evaluation.priceSlope
        staleError[project] = evaluation.priceError
        evaluations.append(evaluation)
        bestUpper = min(bestUpper, evaluation.price + evaluation.priceError)
      }
      if trackHorizon { droppedEnd.append(dropped.count) }
      guard !evaluations.isEmpty else { break }
      let (winner, exactTies) = choose(from: evaluations)
      if trackHorizon {
        limitByRivals(winner: winner, evaluations: evaluations, exactTies: exactTies)
        for project in skipped {
          limitRound(
            Self.limit(
              margin: stale[project] - winner.price,
              error: staleError[project] + winner.priceError,
              rate: staleSlope[project] - winner.priceSlope,
              rateScale: abs(staleSlope[project]) + abs(winner.priceSlope)))
        }
      }
      buy(winner)
      round += 1
    }
  }

  /// Narrows the current round's limit.
  func limitRound(_ limit: Double) {
    if limit < roundLimits[round] { roundLimits[round] = limit }
  }

  private func reset(share: Int) {
    self.share = share
    ledger.reset(share: share)
    selected = instance.freeProjects
    let start = Double(share)
    money.update(repeating: start)
    slope.update(repeating: 1)
    live.update(repeating: true)
    for project in 0..<instance.projectCount where compacted[project] {
      let range = supporterStart[project]..<supporterStart[project + 1]
      _ = UnsafeMutableBufferPointer(rebasing: liveGroups[range])
        .update(fromContentsOf: instance.supporterGroups[range])
      _ = UnsafeMutableBufferPointer(rebasing: liveWeights[range])
        .update(fromContentsOf: instance.supporterWeights[range])
      compacted[project] = false
    }
    for project in 0..<instance.projectCount {
      liveCount[project] = supporterStart[project + 1] - supporterStart[project]
      active[project] = instance.isCandidate[project]
      // With nobody short of money the price is cost / total satisfaction: a lower bound.
      let satisfaction = Double(
        instance.unitSatisfaction[project] * instance.supportWeight[project])
      stale[project] = active[project] ? Double(instance.cost[project]) / satisfaction : 0
    }
    staleSlope.update(repeating: 0)
    staleError.update(repeating: 0)
    affordableRounds.update(repeating: 0)
    purchases.removeAll()
    roundLimits.removeAll(keepingCapacity: true)
    dropped.removeAll(keepingCapacity: true)
    droppedEnd.removeAll(keepingCapacity: true)
    replayedRounds = 0
    totalError = start * Self.epsilon * Double(instance.scale.voters)
    round = 0
  }

  /// How far the share can rise before a decision's margin, now `margin` (with error bound `error`)
  /// and changing by `rate` per unit of share, could reach zero.
  ///
  /// `rateScale` is the size of the terms the rate came from, for its rounding error. A margin of
  /// exactly zero with a rate of exactly zero is a tie that holds for every share.
  static func limit(margin: Double, error: Double, rate: Double, rateScale: Double) -> Double {
    let rateError = rateScale * 1e-9
    guard rate - rateError < 0 else { return .infinity }
    return max(0, margin - error) / (rateError - rate) * (1 - 1e-9)
  }

  /// The winner must stay cheaper than every other evaluated project.
  ///
  /// A rival's price is convex in the initial share (a growing share only ever moves its
  /// supporters from paying all they have to paying in full, which flattens its descent), so
  /// its tangent now is a lower bound for any larger share and nothing else about it matters.
  private func limitByRivals(winner: Evaluation, evaluations: [Evaluation], exactTies: Set<Int>) {
    for rival in evaluations where rival.project != winner.project {
      let tied = exactTies.contains(rival.project)
      limitRound(
        Self.limit(
          margin: tied ? 0 : rival.price - winner.price,
          error: tied ? 0 : rival.priceError + winner.priceError,
          rate: rival.priceSlope - winner.priceSlope,
          rateScale: abs(rival.priceSlope) + abs(winner.priceSlope)))
    }
  }

  /// The cheapest project per unit of satisfaction, ties to the smaller id; exact when the
  /// floating-point prices are too close to call.
  ///
  /// Also returns the rivals found exactly tied.
  private func choose(from evaluations: [Evaluation]) -> (Evaluation, Set<Int>) {
    let lowest = evaluations.map { $0.price + $0.priceError }.min() ?? .infinity
    let contenders = evaluations.filter { $0.price - $0.priceError <= lowest }
    guard contenders.count > 1 else { return (contenders[0], []) }
    var settled: [(evaluation: Evaluation, price: ExactPrice)] = []
    for contender in contenders {
      var evaluation = contender
      let price = exactPrice(of: &evaluation)
      settled.append((evaluation, price))
    }
    var best = 0
    for index in settled.indices.dropFirst() {
      let order = settled[index].price.compare(to: settled[best].price)
      let smallerID =
        instance.idRank[settled[index].evaluation.project]
        < instance.idRank[settled[best].evaluation.project]
      if order < 0 || (order == 0 && smallerID) { best = index }
    }
    var ties: Set<Int> = []
    for index in settled.indices where index != best {
      if settled[index].price.compare(to: settled[best].price) == 0 {
        ties.insert(settled[index].evaluation.project)
      }
    }
    return (settled[best].evaluation, ties)
  }

  /// Records a project bought: the ledger gets the exact facts, `selected` the project.
  func record(_ project: Int, uncappedWeight: Int, capped: [Int32]) {
    ledger.record(project: project, uncappedWeight: uncappedWeight, capped: capped)
    active[project] = false
    selected.append(project)
  }
}
