/// An election prepared for Equal Shares: identical ballots merged, supporters listed per
/// project, money in whole units of `1 / (voters × 10^decimalScale)`.
///
/// Merging matters for speed: choose-1 elections with 65,000 voters have a few dozen distinct
/// ballots, and voters with the same ballot always hold the same money.
struct EqualSharesInstance: Sendable {
  let scale: MoneyScale
  let satisfaction: EqualSharesSatisfaction
  let projectCount: Int
  /// Distinct non-empty ballots ("groups") and how many voters cast each.
  let multiplicity: [Int]
  /// Group `g`'s projects are `groupProjects[groupStart[g]..<groupStart[g + 1]]`, with their
  /// satisfaction weights (Borda score, or 1 for cost satisfaction) alongside.
  let groupStart: [Int]
  let groupProjects: [Int32]
  let groupWeights: [Int32]
  /// Project `p`'s supporting groups are `supporterGroups[supporterStart[p]..<supporterStart[p+1]]`.
  let supporterStart: [Int]
  let supporterGroups: [Int32]
  let supporterWeights: [Int32]
  /// Each project's cost in Equal Shares units.
  let cost: [Int]
  /// Satisfaction per unit of weight: the cost itself for cost satisfaction, 1 for Borda.
  ///
  /// A supporter's satisfaction is `unitSatisfaction[p] × weight`.
  let unitSatisfaction: [Int]
  /// Voters supporting each project with positive satisfaction, and their total weight.
  let supporterCount: [Int]
  let supportWeight: [Int]
  /// Projects Equal Shares can buy: some satisfaction and a positive cost (pabutools' rule).
  let isCandidate: [Bool]
  /// Supported projects costing nothing, which pabutools funds before the first round.
  let freeProjects: [Int]
  /// Each project's position when ids are sorted as text, the tie-breaking order.
  let idRank: [Int]
  /// The initial share of each voter, budget ÷ voters, in Equal Shares units (a whole number).
  let initialShare: Int
  /// One Add1 step (one currency unit per voter) in Equal Shares units.
  let add1Step: Int

  init(_ election: BudgetElection) {
    let scale = MoneyScale(election)
    self.scale = scale
    satisfaction = election.satisfaction
    projectCount = election.projects.count
    let voters = scale.voters
    cost = scale.costUnits.map { $0 * voters }
    initialShare = scale.budgetUnits
    add1Step = voters * scale.decimalFactor
    idRank = Self.idRanks(election.projects.map(\.id))

    let (keys, counts) = Self.mergedBallots(election)
    multiplicity = counts

    var start = [0]
    var projects: [Int32] = []
    var weights: [Int32] = []
    var supporterTotal = [Int](repeating: 0, count: projectCount + 1)
    for key in keys {
      for (position, project) in key.enumerated() {
        let weight = election.satisfaction == .cost ? 1 : key.count - position - 1
        // A zero Borda score is no satisfaction: pabutools does not count such a supporter.
        guard weight > 0 else { continue }
        projects.append(project)
        weights.append(Int32(weight))
        supporterTotal[Int(project) + 1] += 1
      }
      start.append(projects.count)
    }
    groupStart = start
    groupProjects = projects
    groupWeights = weights

    for project in 0..<projectCount { supporterTotal[project + 1] += supporterTotal[project] }
    supporterStart = supporterTotal
    var fill = supporterTotal
    var supporterGroups = [Int32](repeating: 0, count: projects.count)
    var supporterWeights = [Int32](repeating: 0, count: projects.count)
    var count = [Int](repeating: 0, count: projectCount)
    var weightSum = [Int](repeating: 0, count: projectCount)
    for group in 0..<keys.count {
      for entry in start[group]..<start[group + 1] {
        let project = Int(projects[entry])
        supporterGroups[fill[project]] = Int32(group)
        supporterWeights[fill[project]] = weights[entry]
        fill[project] += 1
        count[project] += counts[group]
        weightSum[project] += counts[group] * Int(weights[entry])
      }
    }
    self.supporterGroups = supporterGroups
    self.supporterWeights = supporterWeights
    supporterCount = count
    supportWeight = weightSum
    unitSatisfaction = election.satisfaction == .cost ? cost : cost.map { _ in 1 }
    isCandidate = (0..<projectCount).map { weightSum[$0] > 0 && scale.costUnits[$0] > 0 }
    freeProjects =
      election.satisfaction == .borda
      ? (0..<projectCount).filter { weightSum[$0] > 0 && scale.costUnits[$0] == 0 } : []
  }

  var groupCount: Int { multiplicity.count }

  /// The distinct non-empty ballots and how many voters cast each.
  ///
  /// Ranked ballots stay ordered (Borda satisfaction); others are sets, listed by project
  /// position.
  ///
  /// Groups are numbered so that those supporting the same popular projects sit side by side:
  /// a pass over a project's supporters then reads their money in long runs of neighbouring
  /// addresses instead of one cache line per supporter. Sorting the ballots in that order also
  /// brings identical ones together, which merges them without hashing a single ballot.
  private static func mergedBallots(
    _ election: BudgetElection
  ) -> (keys: [[Int32]], counts: [Int]) {
    let popularity = ranks(of: election.votes)
    let ordered = election.satisfaction != .cost
    // Every non-empty ballot in one flat array: its projects' popularity ranks, sorted, and
    // its projects as cast.
    var start = [0]
    var ranked: [Int32] = []
    var cast: [Int32] = []
    // The first few ranks packed into one number (rank + 1 each, 0 past the end) order the
    // ballots as their whole sequences do, up to ties, which are few: sorting by it compares
    // numbers, not arrays.
    let bits = max(1, Int.bitWidth - election.projects.count.leadingZeroBitCount)
    let packed = (UInt64.bitWidth - 1) / bits
    var prefixes: [(prefix: UInt64, ballot: Int)] = []
    for ballot in election.ballots where !ballot.isEmpty {
      let first = ranked.count
      for project in ballot {
        ranked.append(Int32(popularity[project]))
        cast.append(Int32(project))
      }
      ranked[first...].sort()
      var prefix: UInt64 = 0
      for position in 0..<packed {
        let rank = first + position < ranked.count ? UInt64(ranked[first + position]) + 1 : 0
        prefix = prefix << bits | rank
      }
      prefixes.append((prefix, start.count - 1))
      start.append(ranked.count)
    }
    var merged: (keys: [[Int32]], counts: [Int]) = ([], [])
    ranked.withUnsafeBufferPointer { ranked in
      cast.withUnsafeBufferPointer { cast in
        func sequenceOrder(_ left: Int, _ right: Int, in values: UnsafeBufferPointer<Int32>) -> Int
        {
          let leftEnd = start[left + 1]
          let rightEnd = start[right + 1]
          var (leftAt, rightAt) = (start[left], start[right])
          while leftAt < leftEnd && rightAt < rightEnd {
            if values[leftAt] != values[rightAt] {
              return values[leftAt] < values[rightAt] ? -1 : 1
            }
            leftAt += 1
            rightAt += 1
          }
          let leftDone = leftAt == leftEnd
          let rightDone = rightAt == rightEnd
          return leftDone && rightDone ? 0 : (leftDone ? -1 : 1)
        }
        func compare(_ left: Int, _ right: Int) -> Int {
          let byRank = sequenceOrder(left, right, in: ranked)
          return byRank != 0 || !ordered ? byRank : sequenceOrder(left, right, in: cast)
        }
        prefixes.sort { left, right in
          left.prefix != right.prefix
            ? left.prefix < right.prefix : compare(left.ballot, right.ballot) < 0
        }
        let order = prefixes.map(\.ballot)
        var keys: [[Int32]] = []
        var counts: [Int] = []
        for (position, ballot) in order.enumerated() {
          if position > 0 && compare(order[position - 1], ballot) == 0 {
            counts[counts.count - 1] += 1
            continue
          }
          var key = Array(cast[start[ballot]..<start[ballot + 1]])
          if !ordered { key.sort() }
          keys.append(key)
          counts.append(1)
        }
        merged = (keys, counts)
      }
    }
    return merged
  }

  /// Each project's position when sorted by descending votes (ties by position).
  static func ranks(of votes: [Int]) -> [Int] {
    let order = votes.indices.sorted { votes[$0] != votes[$1] ? votes[$0] > votes[$1] : $0 < $1 }
    var rank = [Int](repeating: 0, count: votes.count)
    for (position, project) in order.enumerated() { rank[project] = position }
    return rank
  }

  /// Ranks ids by their UTF-8 bytes, which orders them as Python compares `str` ("10" < "9").
  static func idRanks(_ ids: [String]) -> [Int] {
    let order = ids.indices.sorted { Array(ids[$0].utf8).lexicographicallyPrecedes(ids[$1].utf8) }
    var rank = [Int](repeating: 0, count: ids.count)
    for (position, project) in order.enumerated() { rank[project] = position }
    return rank
  }
}
