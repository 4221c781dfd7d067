import Foundation

extension BudgetElection {
  /// Counts the election by `method`: which projects are funded, in what order, and why.
  package func tally(method: CountingMethod) -> BudgetTally {
    tallies(methods: [method])[0]
  }

  /// Counts the election by several methods, in the order given.
  ///
  /// The two Equal Shares variants share their Add1 search, which costs little more than one of
  /// them alone. The search runs `workers` Add1 steps at once (one per processor by default);
  /// the outcome is the same for any number, 1 being single-threaded.
  package func tallies(
    methods: [CountingMethod], workers: Int = ProcessInfo.processInfo.activeProcessorCount
  ) -> [BudgetTally] {
    let rules: [EqualSharesCounter.Add1Rule] = methods.compactMap { method in
      switch method {
      case .greedy: nil
      case .equalShares: .pabutools
      case .equalSharesNet: .equalSharesNet
      }
    }
    var equalShares =
      rules.isEmpty ? [] : EqualSharesCounter(self, workers: workers).tallies(rules: rules)[...]
    return methods.map { method in
      method == .greedy ? GreedyCounter.tally(self) : equalShares.removeFirst()
    }
  }
}
