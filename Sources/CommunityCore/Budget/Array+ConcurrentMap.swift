import Dispatch
import Foundation
import Synchronization

extension Array where Element: Sendable {
  /// `map` on every processor at once, each taking one run of neighbouring elements; the result
  /// is in order, as `map`'s.
  ///
  /// For large arrays only (a city-wide election's voters): below `minimumPerRun` elements per
  /// processor the threads cost more than they save, and it is plain `map`.
  func concurrentMap<Mapped: Sendable>(
    minimumPerRun: Int = 4096, _ transform: @Sendable (Element) -> Mapped
  ) -> [Mapped] {
    let runs = Swift.min(ProcessInfo.processInfo.activeProcessorCount, count / minimumPerRun)
    guard runs > 1 else { return map(transform) }
    let parts = Mutex([[Mapped]](repeating: [], count: runs))
    DispatchQueue.concurrentPerform(iterations: runs) { run in
      let part = self[(count * run / runs)..<(count * (run + 1) / runs)].map(transform)
      parts.withLock { $0[run] = part }
    }
    return parts.withLock { $0 }.flatMap { $0 }
  }
}
