/// Counts by the Method of Equal Shares: Add1 raises every voter's share one currency unit at a
/// time while that helps; with pabutools' rule a greedy completion by votes then spends what is
/// left, while equalshares.net's variant stops there (as Assen 2024 and Wieliczka 2023 did).
struct EqualSharesCounter {
  /// When Add1 stops raising the shares.
  enum Add1Rule {
    /// pabutools 1.2.3: at the first outcome to which no further supported project could be
    /// added within the budget (keeping it), or at the first that exceeds the budget (keeping
    /// the one before).
    case pabutools
    /// equalshares.net: only at the first outcome that exceeds the budget (keeping the one
    /// before), or once every supported project is bought, when raising changes nothing.
    case equalSharesNet
  }

  let election: BudgetElection
  let instance: EqualSharesInstance
  /// How many Add1 runs the search computes at once, each on its own thread.
  let workers: Int

  init(_ election: BudgetElection, workers: Int) {
    self.election = election
    instance = EqualSharesInstance(election)
    self.workers = max(1, workers)
  }

  var scale: MoneyScale { instance.scale }

  /// One tally per rule, sharing the Add1 search: both rules see the same runs up to the point
  /// where pabutools' stops.
  func tallies(rules: [Add1Rule]) -> [BudgetTally] {
    let stops = add1Increments(for: rules)
    return rules.map { rule in
      let stop = stops[rule] ?? (0, 0)
      return tally(rule: rule, increment: stop.increment, runs: stop.runs)
    }
  }

  private func tally(rule: Add1Rule, increment: Int, runs runsComputed: Int) -> BudgetTally {
    let run = EqualSharesRun(instance: instance)
    run.thorough = true
    run.run(share: instance.initialShare + increment * instance.add1Step)
    let bought = run.selected
    let votes = election.votes
    let order = GreedyCounter.voteOrder(votes: votes, idRank: instance.idRank)
    var selected = bought
    var isSelected = [Bool](repeating: false, count: instance.projectCount)
    for project in bought { isSelected[project] = true }
    var left = scale.budgetUnits - bought.reduce(0) { $0 + scale.costUnits[$1] }
    let spentByEqualShares = scale.budgetUnits - left

    var explainer = EqualSharesExplainer(run: run)
    var explanations = [ProjectExplanation?](repeating: nil, count: instance.projectCount)
    for (round, purchase) in explainer.purchases().enumerated() {
      explanations[bought[round]] = .fundedByEqualShares(purchase)
    }
    for (position, project) in order.enumerated() where !isSelected[project] {
      let shortfall = explainer.shortfall(project, cost: election.projects[project].cost)
      let cost = scale.costUnits[project]
      if rule == .equalSharesNet {
        explanations[project] = .notFundedByEqualShares(shortfall)
      } else if cost <= left {
        left -= cost
        selected.append(project)
        isSelected[project] = true
        explanations[project] = .fundedInCompletion(
          rank: position + 1, votes: votes[project], shortfall: shortfall)
      } else {
        explanations[project] = .notFunded(
          shortfall: shortfall, needed: scale.amount(cost), left: scale.amount(left))
      }
    }

    let unit = BigInt(1)
    let summary = EqualSharesSummary(
      satisfaction: election.satisfaction,
      initialShare: scale.exactAmount(BigInt(instance.initialShare), over: unit),
      finalShare: scale.exactAmount(BigInt(run.share), over: unit),
      add1Increments: increment, runsComputed: runsComputed,
      roundsFunded: bought.count, spentByEqualShares: scale.amount(spentByEqualShares))
    return BudgetTally(
      method: rule == .pabutools ? .equalShares : .equalSharesNet,
      budget: election.budget, spent: scale.amount(scale.budgetUnits - left),
      selected: selected.map { election.projects[$0].id },
      projects: GreedyCounter.projectTallies(election, votes: votes, selected: selected) {
        explanations[$0]
      },
      voters: election.ballots.count, equalShares: summary)
  }
}
