import CommunityCore
import Foundation
import Testing

/// Every shared Pabulib file counted three ways, against pabutools 1.2.3's outcomes.
struct PabulibReferenceTests {
  @Test("finds the shared Pabulib files")
  func findsFiles() throws {
    #expect(PabulibFixtures.fileNames.count >= 13)
    #expect(try PabulibFixtures.expected().count == PabulibFixtures.fileNames.count)
  }

  @Test("matches pabutools on every shared file", arguments: PabulibFixtures.fileNames)
  func matchesReference(name: String) throws {
    let expected = try #require(try PabulibFixtures.expected()[name])
    let election = try PabulibFixtures.election(name)
    let tallies = election.tallies(methods: [.greedy, .equalShares, .equalSharesNet])
    let keys = ["greedy", "mes", "mes_equalshares_add1"]
    for (tally, key) in zip(tallies, keys) {
      guard let ids = expected[key] as? [String] else { continue }
      #expect(Set(tally.selected) == Set(ids), "\(name) \(key)")
      #expect(tally.selected.count == ids.count, "\(name) \(key)")
    }
    if let official = expected["official_selected"] as? [String],
      ["Netherlands_Assen_2024.pb", "poland_wieliczka_2023_green-budget.pb"].contains(name)
    {
      #expect(Set(tallies[2].selected) == Set(official), "\(name) official")
    }
    for tally in tallies {
      #expect(tally.spent <= tally.budget)
      #expect(tally.projects.filter(\.funded).count == tally.selected.count)
    }
  }

  /// Any number of workers gives the very same tallies, explanations included, as one.
  ///
  /// Concurrent Add1 runs are read in order; these files take tens to hundreds of Add1 steps,
  /// with horizon jumps and stops falling inside batches. Only the count of runs may differ:
  /// runs replay different earlier runs, which prove different horizons.
  @Test(
    "counts the same with one worker or several",
    arguments: ["Hungary_Budapest_2025_XI_Ujbuda.pb", "poland_warszawa_2024_bemowo.pb"])
  func workersAgree(name: String) throws {
    let election = try PabulibFixtures.election(name)
    let methods: [CountingMethod] = [.equalShares, .equalSharesNet]
    let serial = election.tallies(methods: methods, workers: 1).map(\.withoutRunCount)
    for workers in [2, 3] {
      let tallies = election.tallies(methods: methods, workers: workers).map(\.withoutRunCount)
      #expect(tallies == serial, "\(workers)")
    }
  }
}

extension BudgetTally {
  /// The tally with Equal Shares' count of runs zeroed, the only part that depends on how the
  /// Add1 search was split between workers.
  fileprivate var withoutRunCount: BudgetTally {
    var tally = self
    tally.equalShares?.runsComputed = 0
    return tally
  }
}
