import CommunityCore
import Foundation
import Testing

struct PabulibParserTests {
  /// CRLF endings, a byte order mark, quoted fields with doubled quotes and a line break,
  /// "none", a decimal cost, the old `target` column, and Grabowka's stray quote.
  static let tricky =
    "\u{FEFF}META\r\nkey;value\r\ndescription;\"Budget; \"\"test\"\"\"\r\nbudget;1000.50\r\n"
    + "vote_type;approval\r\nPROJECTS\r\nproject_id;cost;name;target;votes\r\n"
    + "1;100000.0;\"Odkupmy\" i my;none;2\r\n2;200.25;\"two\nlines\";seniors,children;1\r\n"
    + "\r\nVOTES\r\nvoter_id;vote;age\r\nv1;1,2;none\r\nv2;1;30\r\nv3;;41\r\n"

  @Test("reads quoting, line endings, none, decimals and old column names")
  func readsTrickyText() throws {
    let election = try PabulibParser.parse(Self.tricky)
    #expect(election.metaValue("description") == "Budget; \"test\"")
    #expect(election.budget == DecimalAmount(units: 100_050, scale: 2))
    #expect(election.projects.map(\.id) == ["1", "2"])
    #expect(election.projects[0].cost == DecimalAmount(units: 100_000))
    #expect(election.projects[0].name == "Odkupmy i my")
    #expect(election.projects[0].beneficiaries == nil)
    #expect(election.projects[1].name == "two\nlines")
    #expect(election.projects[1].beneficiaries == "seniors,children")
    #expect(election.projects[1].otherFields == [PabulibField(column: "votes", value: "1")])
    #expect(election.voters.map(\.projects) == [["1", "2"], ["1"], []])
    #expect(election.voters[0].otherFields == [PabulibField(column: "age", value: nil)])
  }

  @Test("reads Grabowka's malformed quote as pabutools does")
  func grabowka() throws {
    let election = try PabulibParser.parse(
      contentsOf: PabulibFixtures.url("Poland_Czestochowa_2020_Grabowka.pb"))
    let project = try #require(election.projects.first { $0.id == "47" })
    #expect(project.name.hasPrefix("Odkupmy i my - zakup"))
    #expect(election.voteType == .cumulative)
    #expect(election.voters.first?.points == ["6", "4"])
  }

  static let valid = """
    META
    key;value
    budget;100
    PROJECTS
    project_id;cost;name
    1;50;One
    2;60;Two
    VOTES
    voter_id;vote
    1;1,2
    2;2
    """

  /// Malformed inputs with the line and the reason each must report.
  static let malformed: [(String, Int?, String)] = [
    (
      valid.replacingOccurrences(of: "1;1,2", with: "1;1,7"), 10,
      "voter '1' votes for project '7', which PROJECTS does not list"
    ),
    (
      valid.replacingOccurrences(of: "1;50;One", with: "1;fifty;One"), 6,
      "project '1' has cost 'fifty', which is not a non-negative number"
    ),
    (valid.replacingOccurrences(of: "budget;100\n", with: ""), 1, "META has no budget"),
    (
      valid.replacingOccurrences(of: "budget;100", with: "budget;-5"), 3,
      "budget '-5' is not a non-negative number"
    ),
    (
      valid.replacingOccurrences(of: "2;60;Two", with: "2;60;Two;extra"), 7,
      "PROJECTS row has 4 fields, the header has 3"
    ),
    (
      valid.replacingOccurrences(of: "\nVOTES\nvoter_id;vote\n1;1,2\n2;2", with: ""), nil,
      "missing section VOTES"
    ),
    (
      valid.replacingOccurrences(of: "2;60;Two", with: "1;60;Two"), 7,
      "project '1' is listed twice"
    ),
    (
      valid.replacingOccurrences(of: "2;60;Two", with: "2;60;\"Two"), 7,
      "a quoted field is never closed"
    ),
    ("hello\n" + valid, 1, "text before the META section"),
    (
      valid.replacingOccurrences(of: "project_id;cost;name", with: "project_id;price;name"), 5,
      "PROJECTS has no column 'cost'"
    ),
    (valid.replacingOccurrences(of: "2;2", with: "1;2"), 11, "voter '1' is listed twice"),
    (
      valid.replacingOccurrences(of: "budget;100", with: "budget;100\nvote_type;approve"), 4,
      "unknown vote_type 'approve'"
    ),
  ]

  @Test("reports malformed input with its line and reason", arguments: malformed.indices)
  func reportsErrors(case index: Int) throws {
    let (text, line, reason) = Self.malformed[index]
    let error = try #require(throws: PabulibError.self) { try PabulibParser.parse(text) }
    #expect(error.line == line)
    #expect(error.reason.description == reason)
    #expect(error.description == (line.map { "line \($0): " } ?? "") + reason)
  }

  @Test("names the file in errors from disk")
  func namesFile() throws {
    let missing = try PabulibFixtures.url("no-such-file.pb")
    let error = try #require(throws: PabulibError.self) {
      try PabulibParser.parse(contentsOf: missing)
    }
    #expect(error.file == "no-such-file.pb")
    #expect(error.line == nil)
  }

  @Test("rejects text that is not UTF-8, naming the line")
  func rejectsInvalidUTF8() throws {
    // A stray 0xFF byte in "One", on line 6.
    let text = Self.valid.replacingOccurrences(of: "One", with: "O\u{1}ne")
    let bytes = Array(text.utf8).map { $0 == 1 ? 0xFF : $0 }
    let error = try #require(throws: PabulibError.self) { try PabulibParser.parse(bytes: bytes) }
    #expect(error.reason == .notUTF8)
    #expect(error.line == 6)
  }
}
