import Dispatch
import Synchronization

/// What the Add1 search keeps of one run: the projects it bought, how far (in Equal Shares
/// units) the share can rise with every decision unchanged, and its decisions round by round.
struct Add1Probe: Sendable {
  var selected: [Int]
  var horizon: Double
  var prefix: EqualSharesPrefix
}

extension EqualSharesCounter {
  /// How many currency units Add1 adds to every voter's share under each rule, and how many
  /// runs the search had computed when that rule stopped.
  ///
  /// The outcome is not monotone in the share, so no bisection; but each run reports how far
  /// the share can rise with every decision unchanged, and the steps inside that horizon are
  /// skipped: they would give the same outcome, which did not stop the search.
  ///
  /// The search looks at increments one at a time, in order, but the runs behind them do not
  /// depend on each other: with several workers the next `workers` increments are run at once
  /// and then read in order, exactly as if computed one by one. A horizon that jumps past the
  /// batch, or a stop inside it, only wastes the runs after it; `runs` counts those read.
  ///
  /// Each run replays the rounds that the last run read before its batch proves unchanged. Which
  /// run that is depends on the batch size, so the work (and `runs`, through the horizons) can
  /// differ with the number of workers; the increments found cannot.
  func add1Increments(for rules: [Add1Rule]) -> [Add1Rule: (increment: Int, runs: Int)] {
    let pool = EqualSharesRunPool(instance: instance, count: workers)
    let step = Double(instance.add1Step)
    // Past this every voter alone could pay for everything; no search gets that far.
    let limit = scale.budgetUnits / scale.decimalFactor + 2
    var stops: [Add1Rule: (increment: Int, runs: Int)] = [:]
    var increment = 0
    var runs = 0
    var batchStart = 0
    var batch: [Add1Probe] = []
    var last: EqualSharesPrefix?
    while true {
      if !(batchStart..<batchStart + batch.count).contains(increment) {
        batchStart = increment
        batch = probes(from: increment, on: pool, base: last)
      }
      let probe = batch[increment - batchStart]
      last = probe.prefix
      runs += 1
      let outcome = probe.selected
      let spent = outcome.reduce(0) { $0 + scale.costUnits[$1] }
      for rule in rules where stops[rule] == nil {
        if spent > scale.budgetUnits {
          stops[rule] = (max(0, increment - 1), runs)
        } else if isFinal(outcome, spent: spent, rule: rule) {
          stops[rule] = (increment, runs)
        }
      }
      let steps = (probe.horizon / step).rounded(.up)
      // An unlimited horizon means the outcome can never change: stop rather than loop.
      if stops.count == Set(rules).count || steps >= Double(limit - increment) {
        for rule in rules where stops[rule] == nil { stops[rule] = (increment, runs) }
        return stops
      }
      increment += max(1, Int(steps))
    }
  }

  /// Runs one increment per run of the pool from `first` on, concurrently when there are several.
  ///
  /// Each concurrent run has its own `EqualSharesRun`, so the runs share nothing mutable but the
  /// results array behind its lock; the instance they read is an immutable value.
  private func probes(
    from first: Int, on pool: EqualSharesRunPool, base: EqualSharesPrefix?
  ) -> [Add1Probe] {
    let instance = self.instance
    let count = pool.runs.count
    guard count > 1 else {
      return [Self.probe(instance, increment: first, on: pool.runs[0], base: base)]
    }
    let results = Mutex([Add1Probe?](repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { index in
      let probe = Self.probe(instance, increment: first + index, on: pool.runs[index], base: base)
      results.withLock { $0[index] = probe }
    }
    return results.withLock { $0.compactMap { $0 } }
  }

  private static func probe(
    _ instance: EqualSharesInstance, increment: Int, on run: EqualSharesRun,
    base: EqualSharesPrefix?
  ) -> Add1Probe {
    run.run(share: instance.initialShare + increment * instance.add1Step, replaying: base)
    return Add1Probe(selected: run.selected, horizon: run.horizon, prefix: run.prefix)
  }

  private func isFinal(_ outcome: [Int], spent: Int, rule: Add1Rule) -> Bool {
    var bought = [Bool](repeating: false, count: instance.projectCount)
    for project in outcome { bought[project] = true }
    let open = (0..<instance.projectCount).filter { instance.isCandidate[$0] && !bought[$0] }
    switch rule {
    case .pabutools:
      return open.allSatisfy { spent + scale.costUnits[$0] > scale.budgetUnits }
    case .equalSharesNet:
      return open.isEmpty
    }
  }
}

/// The runs the Add1 search computes with, one per worker, kept from batch to batch.
///
/// A run owns megabytes of per-group and per-supporter buffers; allocating them afresh for each
/// of a hundred runs cost more in page faults than resetting them. Unchecked `Sendable`:
/// a batch hands run `i` to iteration `i` only, and batches follow one another.
private final class EqualSharesRunPool: @unchecked Sendable {
  let runs: [EqualSharesRun]

  init(instance: EqualSharesInstance, count: Int) {
    runs = (0..<count).map { _ in
      let run = EqualSharesRun(instance: instance)
      run.trackHorizon = true
      return run
    }
  }
}
