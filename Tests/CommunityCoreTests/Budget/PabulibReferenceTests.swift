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

  /// Concurrent Add1 runs are read in order, so any number of workers must give the very same
  /// tallies, explanations and work counts included, as one; these files take tens to hundreds
  /// of Add1 steps, with horizon jumps and stops falling inside batches.
  @Test(
    "counts the same with one worker or several",
    arguments: ["Hungary_Budapest_2025_XI_Ujbuda.pb", "poland_warszawa_2024_bemowo.pb"])
  func workersAgree(name: String) throws {
    let election = try PabulibFixtures.election(name)
    let methods: [CountingMethod] = [.equalShares, .equalSharesNet]
    let serial = election.tallies(methods: methods, workers: 1)
    for workers in [2, 3] {
      #expect(election.tallies(methods: methods, workers: workers) == serial, "\(workers)")
    }
  }
}
