import CommunityCore
import Foundation
import Testing

struct PabulibWriterTests {
  @Test("writes tricky text back to the same election")
  func roundTripsTrickyText() throws {
    let election = try PabulibParser.parse(PabulibParserTests.tricky)
    let text = PabulibWriter.text(for: election)
    var expected = election
    expected.setMeta("num_projects", to: "2")
    expected.setMeta("num_votes", to: "3")
    #expect(try PabulibParser.parse(text) == expected)
  }

  @Test(
    "writes real files back to the same election",
    arguments: [
      "Netherlands_Assen_2024.pb", "Poland_Czestochowa_2020_Grabowka.pb",
      "Switzerland_Zurich_S5R.pb", "France_Toulouse_2024.pb", "whole_budget.pb",
    ])
  func roundTripsFiles(name: String) throws {
    let election = try PabulibParser.parse(contentsOf: PabulibFixtures.url(name))
    let reread = try PabulibParser.parse(PabulibWriter.text(for: election))
    #expect(reread.projects == election.projects)
    #expect(reread.voters == election.voters)
    #expect(reread.budget == election.budget)
    #expect(reread.voteType == election.voteType)
    #expect(
      try BudgetElection(reread).tally(method: .greedy)
        == BudgetElection(election).tally(method: .greedy))
  }

  @Test("anonymises voters as 1…n and keeps their ballots")
  func anonymises() throws {
    let election = try PabulibParser.parse(PabulibParserTests.tricky)
    let reread = try PabulibParser.parse(PabulibWriter.text(for: election, anonymizingVoters: true))
    #expect(reread.voters.map(\.id) == ["1", "2", "3"])
    #expect(reread.voters.map(\.projects) == election.voters.map(\.projects))
  }

  @Test("writes to a file in its own temporary folder")
  func writesFile() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("pabulib-writer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let election = try PabulibParser.parse(PabulibParserTests.valid)
    let url = folder.appendingPathComponent("out.pb")
    try PabulibWriter.write(election, to: url)
    #expect(try PabulibParser.parse(contentsOf: url).projects == election.projects)
  }
}
