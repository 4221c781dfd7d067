import Foundation

extension Community {
  /// A cycle as a Pabulib election, voters anonymised (1…n), for pabutools to count.
  package func pabulibElection(cycleID: String, district: String? = nil) throws -> PabulibElection {
    let cycle = try cycle(id: cycleID)
    let election = try election(cycleID: cycleID, district: district)
    let proposals = try listProposals(cycleID: cycleID, viewer: .guest)
    let byID = Dictionary(proposals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let votes = election.votes
    let meta: [PabulibField] =
      [
        PabulibField(column: "description", value: cycle.name),
        PabulibField(column: "country", value: "Ukraine"),
        PabulibField(column: "unit", value: try meta().name),
        PabulibField(column: "instance", value: cycle.id),
        PabulibField(column: "district", value: district ?? "city-wide"),
        PabulibField(column: "num_projects", value: String(election.projects.count)),
        PabulibField(column: "num_votes", value: String(election.ballots.count)),
        PabulibField(column: "budget", value: election.budget.description),
        PabulibField(column: "vote_type", value: "approval"),
        PabulibField(
          column: "rule", value: cycle.method == .equalShares ? "equalshares" : "greedy"),
      ] + rulesMeta(cycle.rules)
    let projects = election.projects.enumerated().map { position, project in
      PabulibProject(
        id: project.id, cost: project.cost, name: project.name,
        category: byID[project.id]?.category,
        otherFields: [PabulibField(column: "votes", value: String(votes[position]))])
    }
    let voters = election.ballots.enumerated().map { position, ballot in
      PabulibVoter(id: String(position + 1), projects: ballot.map { election.projects[$0].id })
    }
    return PabulibElection(meta: meta, projects: projects, voters: voters)
  }

  private func rulesMeta(_ rules: BallotRules) -> [PabulibField] {
    guard case .approval(let minimum, let maximum) = rules else { return [] }
    return [
      PabulibField(column: "min_length", value: String(minimum)),
      PabulibField(column: "max_length", value: String(maximum)),
    ]
  }

  /// Imports a Pabulib election as a new closed cycle (officials), counted by greedy.
  ///
  /// Voters become anonymous ballots (`pb-<voter_id>`); projects keep their ids.
  @discardableResult
  package func importPabulib(
    _ election: PabulibElection, suggestedID: String, viewer: Viewer, now: Date = Date()
  ) throws -> BudgetCycle {
    _ = try viewer.requireOfficial("import budget elections")
    let counting = try BudgetElection(election)
    let tally = counting.tally(method: .greedy)
    let results = Dictionary(
      tally.projects.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let budget = Int(election.budget.roundedUpToWhole)
    let maximum = election.metaValue("max_length").flatMap(Int.init)
    let minimum = election.metaValue("min_length").flatMap(Int.init) ?? 1
    let rules: BallotRules = .approval(
      minimum: min(minimum, maximum ?? minimum), maximum: maximum ?? max(1, election.projects.count)
    )
    let name = election.metaValue("description") ?? election.metaValue("unit") ?? suggestedID
    var imported: [Proposal] = []
    return try writeIndexed { transaction in
      var id = Community.slug(suggestedID)
      var attempt = 1
      while try cycles.get(id, in: transaction) != nil {
        attempt += 1
        id = Community.slug(suggestedID) + "-\(attempt)"
      }
      var cycle = BudgetCycle(
        id: id, name: String(name.prefix(200)), budget: max(1, budget), phase: .closed,
        rules: rules,
        createdAt: now)
      cycle.countedAt = now
      try cycles.put(cycle, in: transaction)
      for project in election.projects {
        var proposal = Proposal(
          cycleID: id, id: project.id, title: String(TextRules.sanitized(project.name).prefix(200)),
          summary: "", description: TextRules.sanitized(project.name, multiline: true),
          cost: max(1, Int(project.cost.roundedUpToWhole)),
          category: String(TextRules.sanitized(project.category ?? "—").prefix(60)),
          author: "pabulib",
          submittedAt: now)
        if proposal.title.isEmpty { proposal.title = project.id }
        if proposal.description.isEmpty { proposal.description = project.id }
        proposal.votes = results[project.id]?.votes
        proposal.status = results[project.id]?.funded == true ? .funded : .notFunded
        try proposals.put(proposal, in: transaction)
        imported.append(proposal)
      }
      for voter in election.voters {
        try ballots.put(
          Ballot(
            cycleID: id, voter: "pb-" + Community.slug(voter.id), projects: voter.projects,
            castAt: now),
          in: transaction)
      }
      return cycle
    } changes: { _ in
      imported.map { .upsert(SearchDocument($0, districtName: nil)) }
    }
  }

  /// A safe id from any text: lowercase Latin letters, digits and dashes.
  static func slug(_ text: String) -> String {
    let mapped = text.lowercased().unicodeScalars.map { scalar -> Character in
      ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "-"
    }
    let collapsed = String(mapped).split(separator: "-").joined(separator: "-")
    return collapsed.isEmpty ? "cycle" : String(collapsed.prefix(32))
  }
}

extension DecimalAmount {
  /// The amount in whole hryvnias, rounded up (a project costing 100 000.50 needs 100 001).
  var roundedUpToWhole: Int {
    var divisor = 1
    for _ in 0..<scale { divisor *= 10 }
    return units / divisor + (units % divisor == 0 ? 0 : 1)
  }
}
