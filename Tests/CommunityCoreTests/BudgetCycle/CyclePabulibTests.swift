import CommunityCore
import Foundation
import Testing

/// A cycle exported as a Pabulib file and imported again is the same election: the same votes
/// and, by both methods, the same outcome; a malformed file is refused with its line.
struct CyclePabulibTests {
  /// A counted cycle: five projects, four residents, approval of up to three.
  private func countedCycle(_ fixture: BudgetFixture) throws -> [String] {
    try fixture.cycle(budget: 1_000_000, rules: .approval(minimum: 1, maximum: 3))
    let ids = try [450_000, 300_000, 250_000, 500_000, 120_000].enumerated().map {
      try fixture.propose("Проєкт «\($0.offset + 1)»; з крапкою з комою", cost: $0.element)
    }
    try fixture.advance(to: .voting)
    let ballots = [[0, 1, 2], [0, 3], [3, 4], [1, 2, 4]]
    for (voter, ballot) in zip([fixture.taras] + fixture.residents, ballots) {
      try fixture.community.castBallot(
        cycleID: "cy", projectIDs: ballot.map { ids[$0] }, viewer: voter)
    }
    try fixture.advance(to: .closed)
    return ids
  }

  @Test("export then import through the Community gives the same outcome by both methods")
  func roundTrip() throws {
    try TemporaryDirectory.with { folder in
      let fixture = try BudgetFixture(at: folder.dataPath)
      let ids = try countedCycle(fixture)
      let text = PabulibWriter.text(
        for: try fixture.community.pabulibElection(cycleID: "cy"), anonymizingVoters: true)
      // Voters are numbered, never named.
      for account in ["taras", "r1", "r2", "r3", "r4"] {
        #expect(!text.contains(account))
      }
      #expect(text.contains("\nvoter_id;vote\n1;"))

      let parsed = try PabulibParser.parse(text)
      #expect(parsed.projects.map(\.id) == ids)
      #expect(throws: AccessError.forbidden(action: "import budget elections", role: .resident)) {
        try fixture.community.importPabulib(parsed, suggestedID: "copy", viewer: fixture.taras)
      }
      let imported = try fixture.community.importPabulib(
        parsed, suggestedID: "copy", viewer: fixture.official)
      #expect(imported.id == "copy")
      #expect(imported.phase == .closed)
      #expect(imported.budget == 1_000_000)
      #expect(imported.rules == .approval(minimum: 1, maximum: 3))

      for method in [CountingMethod.greedy, .equalShares] {
        let original = try fixture.community.tally(cycleID: "cy", method: method, viewer: .guest)
        let copy = try fixture.community.tally(
          cycleID: imported.id, method: method, viewer: .guest)
        let direct = try BudgetElection(parsed).tally(method: method)
        #expect(copy.selected == original.selected, "\(method)")
        #expect(direct.selected == original.selected, "\(method)")
        #expect(copy.spent == original.spent && copy.voters == original.voters)
        #expect(copy.projects.map(\.votes) == original.projects.map(\.votes))
      }
      let statuses = { (cycle: String) in
        try fixture.community.listProposals(cycleID: cycle, viewer: .guest).map(\.status)
      }
      #expect(try statuses(imported.id) == statuses("cy"))
      // Importing the same file again makes a second cycle instead of overwriting the first.
      let again = try fixture.community.importPabulib(
        parsed, suggestedID: "copy", viewer: fixture.official)
      #expect(again.id == "copy-2")
    }
  }

  @Test("a malformed file is refused with its name and line, and nothing is imported")
  func malformedFile() throws {
    try TemporaryDirectory.with { folder in
      let fixture = try BudgetFixture(at: folder.dataPath)
      _ = try countedCycle(fixture)
      let good = PabulibWriter.text(
        for: try fixture.community.pabulibElection(cycleID: "cy"), anonymizingVoters: true)
      var lines = good.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let row = try #require(lines.firstIndex { $0.contains(";300000;") })
      let project = try #require(lines[row].split(separator: ";").first)
      lines[row] = lines[row].replacingOccurrences(of: ";300000;", with: ";триста тисяч;")
      let url = URL(fileURLWithPath: folder.path).appendingPathComponent("bad.pb")
      try Data(lines.joined(separator: "\n").utf8).write(to: url)

      let refused = #expect(throws: PabulibError.self) {
        try PabulibParser.parse(contentsOf: url)
      }
      #expect(refused?.line == row + 1)
      #expect(
        refused?.description
          == "bad.pb:\(row + 1): project '\(project)' has cost 'триста тисяч', "
          + "which is not a non-negative number"
      )
      #expect(try fixture.community.listCycles().map(\.id) == ["cy"])
    }
  }
}
