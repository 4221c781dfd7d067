import Foundation

extension Community {
  /// Every budget cycle, oldest first.
  package func listCycles() throws -> [BudgetCycle] {
    try directory.read {
      try cycles.records(at: cycles.entries(view: "all", bucket: "all").compactMap(\.pointer))
    }
  }

  /// One cycle, or an error naming the id.
  package func cycle(id: String) throws -> BudgetCycle {
    guard let cycle = try directory.read({ try cycles.get(id) }) else {
      throw BallotError.unknownCycle(id)
    }
    return cycle
  }

  /// A cycle's proposals: officials see all; others see those on the ballot and their own.
  package func listProposals(cycleID: String, viewer: Viewer) throws -> [Proposal] {
    _ = try cycle(id: cycleID)
    let all = try directory.read {
      try proposals.records(
        at: proposals.entries(view: "cycle", bucket: cycleID).compactMap(\.pointer))
    }
    return all.filter { viewer.isOfficial || $0.status.isOnBallot || $0.author == viewer.id }
  }

  /// Creates a cycle (officials only), in the submission phase.
  @discardableResult
  package func createCycle(_ cycle: BudgetCycle, viewer: Viewer) throws -> BudgetCycle {
    _ = try viewer.requireOfficial("create budget cycles")
    try cycle.validate()
    return try directory.write { transaction in
      if try cycles.get(cycle.id, in: transaction) != nil {
        throw ValidationError(field: "id", rule: "a cycle '\(cycle.id)' already exists")
      }
      try cycles.put(cycle, in: transaction)
      return cycle
    }
  }

  /// Submits a proposal (residents, during submission).
  @discardableResult
  package func propose(
    cycleID: String, title: String, summary: String, description: String, cost: Int,
    category: String, district: String?, viewer: Viewer, now: Date = Date()
  ) throws -> Proposal {
    let resident = try viewer.requireResident("submit proposals")
    let cycle = try cycle(id: cycleID)
    guard cycle.phase == .submission else {
      throw BallotError.wrongPhase(
        action: "submit proposals", phase: cycle.phase, needed: .submission)
    }
    if let district, !cycle.districts.contains(where: { $0.id == district }) {
      throw ValidationError(field: "district", rule: "no district '\(district)' in this cycle")
    }
    let districtName = district.flatMap { id in cycle.districts.first { $0.id == id }?.name }
    return try writeIndexed { transaction in
      let id = String(try proposals.nextSequence(in: transaction))
      let proposal = Proposal(
        cycleID: cycleID, id: id, title: title, summary: summary, description: description,
        cost: cost, category: category, district: district, author: resident.id, submittedAt: now)
      try proposal.validate()
      try proposals.put(proposal, in: transaction)
      return proposal
    } changes: {
      [.upsert(SearchDocument($0, districtName: districtName))]
    }
  }

  /// Accepts a proposal onto the ballot or rejects it with a reason (officials, during review).
  @discardableResult
  package func review(
    cycleID: String, proposalID: String, accept: Bool, reason: String?, viewer: Viewer
  ) throws -> Proposal {
    _ = try viewer.requireOfficial("review proposals")
    let cycle = try cycle(id: cycleID)
    guard cycle.phase == .review else {
      throw BallotError.wrongPhase(action: "review proposals", phase: cycle.phase, needed: .review)
    }
    let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
    if !accept && (reason ?? "").isEmpty { throw BallotError.reasonRequired }
    return try writeIndexed { transaction in
      guard
        var proposal = try proposals.get(
          Proposal.key(cycleID: cycleID, id: proposalID), in: transaction)
      else { throw BallotError.unknownProject(proposalID) }
      guard proposal.status == .submitted else {
        throw BallotError.alreadyReviewed(proposalID, proposal.status)
      }
      proposal.status = accept ? .accepted : .rejected
      proposal.rejectionReason = accept ? nil : reason
      try proposals.put(proposal, in: transaction)
      return proposal
    } changes: {
      [.upsert(searchDocument(for: $0, in: cycle))]
    }
  }

  /// Checks a selection against the cycle's ballot rules without casting it.
  package func checkBallot(
    _ projectIDs: [String], cycle: BudgetCycle, proposals onCycle: [Proposal]
  ) throws(BallotError) -> String? {
    var seen = Set<String>()
    var chosen: [Proposal] = []
    for id in projectIDs {
      guard seen.insert(id).inserted else { throw .duplicate(id) }
      guard let proposal = onCycle.first(where: { $0.id == id }) else { throw .unknownProject(id) }
      guard proposal.status.isOnBallot else { throw .notOnBallot(id) }
      chosen.append(proposal)
    }
    let districts = Set(chosen.map(\.district))
    guard districts.count <= 1 else { throw .mixedDistricts }
    let district = districts.first ?? nil
    switch cycle.rules {
    case .approval(let minimum, let maximum):
      if chosen.count < minimum { throw .tooFew(minimum: minimum, chosen: chosen.count) }
      if chosen.count > maximum { throw .tooMany(maximum: maximum, chosen: chosen.count) }
    case .knapsack:
      if chosen.isEmpty { throw .tooFew(minimum: 1, chosen: 0) }
      let cost = chosen.reduce(0) { $0 + $1.cost }
      let limit = cycle.budget(for: district)
      if cost > limit { throw .overBudget(cost: cost, limit: limit) }
    }
    return district
  }

  /// Casts (or, while voting is open, replaces) the resident's ballot.
  @discardableResult
  package func castBallot(
    cycleID: String, projectIDs: [String], viewer: Viewer, now: Date = Date()
  ) throws -> Ballot {
    let resident = try viewer.requireResident("vote")
    let cycle = try cycle(id: cycleID)
    guard cycle.phase == .voting else {
      throw BallotError.wrongPhase(action: "vote", phase: cycle.phase, needed: .voting)
    }
    let onCycle = try listProposals(cycleID: cycleID, viewer: .guest)
    let district = try checkBallot(projectIDs, cycle: cycle, proposals: onCycle)
    let ballot = Ballot(
      cycleID: cycleID, voter: resident.id, district: district, projects: projectIDs, castAt: now)
    try directory.write { transaction in
      guard try cycles.get(cycleID, in: transaction)?.phase == .voting else {
        throw BallotError.wrongPhase(action: "vote", phase: cycle.phase, needed: .voting)
      }
      try ballots.put(ballot, in: transaction)
    }
    return ballot
  }

  /// The viewer's current ballot(s) in a cycle (one per district at most).
  package func myBallots(cycleID: String, viewer: Viewer) throws -> [Ballot] {
    guard let voter = viewer.id else { return [] }
    let cycle = try cycle(id: cycleID)
    let districts: [String?] = [nil] + cycle.districts.map { Optional($0.id) }
    return try directory.read {
      try districts.compactMap {
        try ballots.get(Ballot.key(cycleID: cycleID, district: $0, voter: voter))
      }
    }
  }

  /// The approved project ids of every ballot in a cycle, read from the cycle's view alone.
  package func ballotSelections(cycleID: String) throws -> [[String]] {
    try directory.read { try ballots.entries(view: "cycle", bucket: cycleID).map(\.tags) }
  }
}
