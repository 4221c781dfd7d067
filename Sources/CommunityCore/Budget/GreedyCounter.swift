/// Counts by votes: most-voted first, each project funded if it still fits, skipped otherwise.
///
/// This is pabutools' `greedy_utilitarian_welfare` with cost satisfaction (votes × cost ÷ cost
/// is the vote count), and also the completion step after Equal Shares.
enum GreedyCounter {
  /// Projects by descending votes, ties broken by id compared as text ("10" before "9").
  static func voteOrder(votes: [Int], idRank: [Int]) -> [Int] {
    votes.indices.sorted {
      votes[$0] != votes[$1] ? votes[$0] > votes[$1] : idRank[$0] < idRank[$1]
    }
  }

  static func tally(_ election: BudgetElection) -> BudgetTally {
    let scale = MoneyScale(election)
    let votes = election.votes
    let order = voteOrder(
      votes: votes, idRank: EqualSharesInstance.idRanks(election.projects.map(\.id)))
    var left = scale.budgetUnits
    var selected: [Int] = []
    var explanations = [ProjectExplanation?](repeating: nil, count: election.projects.count)
    for (position, project) in order.enumerated() {
      let cost = scale.costUnits[project]
      if cost <= left {
        left -= cost
        selected.append(project)
        explanations[project] = .fundedByVotes(rank: position + 1, votes: votes[project])
      } else {
        explanations[project] = .skippedByVotes(
          rank: position + 1, votes: votes[project], needed: scale.amount(cost),
          left: scale.amount(left))
      }
    }
    return BudgetTally(
      method: .greedy, budget: election.budget,
      spent: scale.amount(scale.budgetUnits - left),
      selected: selected.map { election.projects[$0].id },
      projects: projectTallies(election, votes: votes, selected: selected) { explanations[$0] },
      voters: election.ballots.count)
  }

  /// One `ProjectTally` per project, in the election's order.
  static func projectTallies(
    _ election: BudgetElection, votes: [Int], selected: [Int],
    explanation: (Int) -> ProjectExplanation?
  ) -> [ProjectTally] {
    var rank = [Int?](repeating: nil, count: election.projects.count)
    for (position, project) in selected.enumerated() { rank[project] = position + 1 }
    return election.projects.enumerated().map { index, project in
      ProjectTally(
        id: project.id, name: project.name, votes: votes[index], cost: project.cost,
        funded: rank[index] != nil, selectionRank: rank[index],
        explanation: explanation(index) ?? .fundedByVotes(rank: 0, votes: votes[index]))
    }
  }
}
