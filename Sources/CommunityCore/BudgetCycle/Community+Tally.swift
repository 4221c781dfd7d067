import Foundation

extension Community {
  /// The counting input of a cycle (or one district of it): the projects on the ballot and
  /// every ballot's approvals.
  package func election(cycleID: String, district: String? = nil) throws -> BudgetElection {
    let cycle = try cycle(id: cycleID)
    let onBallot = try listProposals(cycleID: cycleID, viewer: .guest)
      .filter { $0.status.isOnBallot && $0.district == district }
    let index = Dictionary(
      onBallot.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let selections = try directory.read {
      try ballots.entries(view: "cycle", bucket: cycleID)
        .filter { entry in
          // Ballot keys are "cycle/voter" or "cycle/district/voter".
          let parts = entry.key.split(separator: "/")
          return district == nil
            ? parts.count == 2 : (parts.count == 3 && String(parts[1]) == district)
        }
        .map(\.tags)
    }
    let ballotIndices = selections.map { $0.compactMap { index[$0] } }
    return try BudgetElection(
      budget: DecimalAmount(units: cycle.budget(for: district)),
      projects: onBallot.map {
        BudgetProject(id: $0.id, cost: DecimalAmount(units: $0.cost), name: $0.title)
      },
      ballots: ballotIndices)
  }

  /// Counts a cycle by `method`.
  ///
  /// Anyone may count a closed cycle; officials may count one that is still open (to preview),
  /// residents and guests may not.
  package func tally(
    cycleID: String, district: String? = nil, method: CountingMethod, viewer: Viewer
  ) throws -> BudgetTally {
    try tallies(cycleID: cycleID, district: district, methods: [method], viewer: viewer)[0]
  }

  /// Counts a cycle by several methods, in the order given, reading its ballots once.
  package func tallies(
    cycleID: String, district: String? = nil, methods: [CountingMethod], viewer: Viewer
  ) throws -> [BudgetTally] {
    let cycle = try cycle(id: cycleID)
    if cycle.phase != .closed {
      _ = try viewer.requireOfficial("count a cycle before it closes")
    }
    return try election(cycleID: cycleID, district: district).tallies(methods: methods)
  }

  /// Moves a cycle one phase forward (officials).
  ///
  /// Closing it counts the ballots with the cycle's method and records each proposal's votes and
  /// whether it is funded.
  @discardableResult
  package func advancePhase(
    cycleID: String, to phase: BudgetPhase, viewer: Viewer, now: Date = Date()
  )
    throws -> BudgetCycle
  {
    _ = try viewer.requireOfficial("move budget cycles between phases")
    var cycle = try cycle(id: cycleID)
    guard cycle.phase.next == phase else {
      throw BallotError.phaseOrder(from: cycle.phase, to: phase)
    }
    var results: [String: ProjectTally] = [:]
    if phase == .closed {
      let method: CountingMethod = cycle.method == .equalShares ? .equalShares : .greedy
      for district in [nil] + cycle.districts.map({ Optional($0.id) }) {
        for project in try election(cycleID: cycleID, district: district).tally(method: method)
          .projects
        {
          results[project.id] = project
        }
      }
    }
    cycle.phase = phase
    if phase == .closed { cycle.countedAt = now }
    let closed = cycle
    return try writeIndexed { transaction in
      guard try cycles.get(cycleID, in: transaction)?.phase == closed.phase.previous else {
        throw BallotError.phaseOrder(from: closed.phase, to: phase)
      }
      try cycles.put(closed, in: transaction)
      for (id, result) in results {
        guard
          var proposal = try proposals.get(Proposal.key(cycleID: cycleID, id: id), in: transaction)
        else { continue }
        proposal.votes = result.votes
        proposal.status = result.funded ? .funded : .notFunded
        try proposals.put(proposal, in: transaction)
      }
      return closed
    } changes: { _ in
      // Counting changes votes and funded status, neither of which is searched or decides
      // who sees a proposal; going through the index keeps its stamp current all the same.
      []
    }
  }
}

extension BudgetPhase {
  /// The phase before this one.
  package var previous: BudgetPhase? {
    BudgetPhase.allCases.first { $0.next == self }
  }
}
