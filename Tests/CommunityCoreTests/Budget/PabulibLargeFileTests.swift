import CommunityCore
import Foundation
import Testing

/// A VOTES section large enough to be read on several processors at once: the voters must come
/// out whole and in file order, and a problem anywhere must be reported with its line exactly as
/// the line-by-line reader reports it.
struct PabulibLargeFileTests {
  static let voterCount = 30_000
  /// The first voter's line: META (4 lines), PROJECTS (header and 5 projects), VOTES, header.
  static let firstVoterLine = 14

  static func text(replacing replacements: [Int: String] = [:]) -> String {
    var lines = [
      "META", "key;value", "budget;1000", "vote_type;approval",
      "PROJECTS", "project_id;cost;name",
    ]
    lines += (1...5).map { "\($0);\($0 * 100);Project \($0)" }
    lines += ["VOTES", "voter_id;vote;age"]
    for voter in 0..<voterCount {
      lines.append(
        replacements[voter] ?? "v\(voter);\(voter % 5 + 1),\((voter + 2) % 5 + 1);\(voter % 90)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test("every voter of a large file is read, whole and in file order")
  func readsEveryVoterInOrder() throws {
    let text = Self.text()
    #expect(text.utf8.count > 1 << 18, "large enough to be read concurrently")
    let election = try PabulibParser.parse(text)
    #expect(election.voters.count == Self.voterCount)
    for (index, voter) in election.voters.enumerated() {
      #expect(voter.id == "v\(index)")
      #expect(voter.projects == ["\(index % 5 + 1)", "\((index + 2) % 5 + 1)"])
      #expect(voter.otherFields == [PabulibField(column: "age", value: "\(index % 90)")])
    }
  }

  /// A voter line replaced with something wrong, near the end (read by the last processor).
  static let problems: [(voter: Int, line: String, reason: String)] = [
    (29_000, "v5;1;30", "voter 'v5' is listed twice"),
    (29_500, "v29500;9;30", "voter 'v29500' votes for project '9', which PROJECTS does not list"),
    (29_900, "v29900;1", "VOTES row has 2 fields, the header has 3"),
    (25_000, "META", "section META appears twice"),
  ]

  @Test("a problem late in a large file is reported at its line", arguments: problems.indices)
  func reportsLateProblem(case index: Int) throws {
    let problem = Self.problems[index]
    let text = Self.text(replacing: [problem.voter: problem.line])
    let error = try #require(throws: PabulibError.self) { try PabulibParser.parse(text) }
    #expect(error.line == Self.firstVoterLine + problem.voter)
    #expect(error.reason.description == problem.reason)
  }

  @Test("of two problems in a large file, the first in the file is reported")
  func reportsFirstOfTwo() throws {
    let text = Self.text(replacing: [29_000: "v29000;7;1", 100: "v100;8;1"])
    let error = try #require(throws: PabulibError.self) { try PabulibParser.parse(text) }
    #expect(error.line == Self.firstVoterLine + 100)
  }

  @Test("a quoted field spanning lines in a large file is read as one")
  func readsQuotedFieldAcrossLines() throws {
    let text = Self.text(replacing: [20_000: "v20000;1;\"4\n2\""])
    let election = try PabulibParser.parse(text)
    #expect(election.voters.count == Self.voterCount)
    #expect(election.voters[20_000].otherFields == [PabulibField(column: "age", value: "4\n2")])
    #expect(election.voters[20_001].id == "v20001")
  }
}
