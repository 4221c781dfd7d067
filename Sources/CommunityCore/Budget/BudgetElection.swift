/// What the counting methods need to know about an election, whatever it was read from.
///
/// Projects are referred to by their position in `projects`. The initialiser checks the input,
/// so counting itself cannot fail.
package struct BudgetElection: Sendable, Equatable {
  package let budget: DecimalAmount
  package let projects: [BudgetProject]
  /// One entry per voter, listing project positions, most preferred first for ranked ballots.
  ///
  /// Empty ballots are voters who chose nothing: they still receive a share under Equal Shares.
  /// Repeated projects are dropped, keeping the first mention.
  package let ballots: [[Int]]
  package let satisfaction: EqualSharesSatisfaction

  package init(
    budget: DecimalAmount, projects: [BudgetProject], ballots: [[Int]],
    satisfaction: EqualSharesSatisfaction = .cost
  ) throws(BudgetError) {
    var ids: Set<String> = []
    for project in projects {
      guard !project.id.isEmpty else { throw BudgetError(.emptyProjectID) }
      guard ids.insert(project.id).inserted else {
        throw BudgetError(.duplicateProject(project.id))
      }
    }
    var cleaned = ballots
    var seen = [Int](repeating: -1, count: projects.count)
    for (number, ballot) in ballots.enumerated() {
      var repeated = false
      for index in ballot {
        guard projects.indices.contains(index) else {
          throw BudgetError(.unknownProjectIndex(ballot: number, index: index))
        }
        repeated = repeated || seen[index] == number
        seen[index] = number
      }
      // Most ballots name each project once and are kept as they are, without a copy.
      if repeated {
        var kept: Set<Int> = []
        cleaned[number] = ballot.filter { kept.insert($0).inserted }
      }
    }
    self.budget = budget
    self.projects = projects
    self.ballots = cleaned
    self.satisfaction = satisfaction
    try MoneyScale.check(self)
  }

  /// The election in a Pabulib file.
  ///
  /// Ordinal ballots are counted by Equal Shares with Borda satisfaction, as pabutools'
  /// `Additive_Borda_Sat` (the reference outcomes were computed so); every other ballot type means
  /// approval of the listed projects.
  package init(_ election: PabulibElection) throws(BudgetError) {
    var positions: [String: Int] = [:]
    positions.reserveCapacity(election.projects.count)
    for (position, project) in election.projects.enumerated() { positions[project.id] = position }
    let index = positions
    let ballots = election.voters.concurrentMap { voter in voter.projects.compactMap { index[$0] } }
    try self.init(
      budget: election.budget,
      projects: election.projects.map { BudgetProject(id: $0.id, cost: $0.cost, name: $0.name) },
      ballots: ballots,
      satisfaction: election.voteType == .ordinal ? .borda : .cost)
  }

  /// How many voters list each project, in project order.
  package var votes: [Int] {
    var counts = [Int](repeating: 0, count: projects.count)
    for ballot in ballots {
      for project in ballot { counts[project] += 1 }
    }
    return counts
  }
}

/// A project as the counting methods see it.
package struct BudgetProject: Sendable, Equatable, Codable {
  /// Unique within the election; ties are broken by comparing ids as text ("10" before "9").
  package var id: String
  package var cost: DecimalAmount
  package var name: String

  package init(id: String, cost: DecimalAmount, name: String = "") {
    self.id = id
    self.cost = cost
    self.name = name
  }
}

/// How much a funded project is worth to a voter who supports it, for Equal Shares.
package enum EqualSharesSatisfaction: String, Sendable, Codable {
  /// Its cost (pabutools' `Cost_Sat`), the usual choice for approval ballots.
  case cost
  /// Its Borda score in the voter's ranking: ballot length minus position minus 1, so the last
  /// ranked project is worth nothing (pabutools' `Additive_Borda_Sat`).
  case borda
}
