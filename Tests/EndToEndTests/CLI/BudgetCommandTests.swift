import Foundation
import Testing

/// `hromada budget …` against a freshly seeded demo: listing, voting and its refusals,
/// closing and counting, and the Pabulib files.
@Suite("Budget commands", .serialized)
struct BudgetCommandTests {
  /// Runs `hromada budget arguments… --data-dir …`, as `account` when given.
  private static func budget(
    _ arguments: [String], as account: (id: String, pin: String)? = nil, in folder: ScratchFolder,
    environment: [String: String] = [:]
  ) throws -> CLIResult {
    var variables = environment
    var all = ["budget"] + arguments + folder.data
    if let account {
      all += ["--as", account.id]
      variables["HROMADA_PIN"] = account.pin
    }
    return try HromadaCLI.run(all, environment: variables)
  }

  private static let taras = (id: "taras", pin: "4821")
  private static let andrii = (id: "andrii", pin: "2580")

  /// The output with amounts' no-break spaces as plain ones.
  private static func plain(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{00A0}", with: " ")
  }

  @Test("cycles and proposals as JSON carry the fields scripts rely on")
  func listing() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      let cycles = try Self.budget(["cycles", "--json"], in: folder).objects()
      #expect(cycles.compactMap { $0["id"] as? String } == ["2025", "2026"])
      let current = try #require(cycles.last)
      #expect(current["phase"] as? String == "voting")
      #expect(current["budget"] as? Int == 1_500_000)
      let rules = current["rules"] as? [String: Any]
      #expect(rules?["kind"] as? String == "approval" && rules?["max"] as? Int == 3)

      let counted = try Self.budget(["proposals", "2025", "--json"], in: folder).objects()
      #expect(counted.count == 8)
      for proposal in counted {
        #expect(proposal["id"] is String && proposal["title"] is String)
        #expect(proposal["cost"] is Int && proposal["votes"] is Int)
        #expect(["funded", "not-funded"].contains(proposal["status"] as? String ?? ""))
      }
      // Before counting there are no votes to show.
      let open = try Self.budget(["proposals", "2026", "--json"], in: folder).objects()
      #expect(open.allSatisfy { $0["votes"] == nil })
      #expect(open.allSatisfy { $0["status"] as? String == "accepted" })
    }
  }

  @Test("a ballot that breaks the rules is refused with the rule and changes nothing")
  func refusedBallots() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      let before = try TreeSnapshot(of: folder.dataPath)
      let cases: [([String], (id: String, pin: String), String)] = [
        (["1", "2", "3", "4"], Self.taras, ": at most 3 projects (you chose 4)"),
        (["1", "9"], Self.taras, ": project 9 is not on the ballot"),
        (["1", "77"], Self.taras, ": there is no project 77 in this cycle"),
        (["1"], Self.andrii, "may not vote (residents only)"),
      ]
      for (projects, account, message) in cases {
        let result = try Self.budget(["vote", "2026"] + projects, as: account, in: folder)
        #expect(result.status == 1, "\(projects)")
        #expect(result.standardError.hasPrefix("hromada: "))
        #expect(result.standardError.hasSuffix(message + "\n"), "\(result.standardError)")
      }
      #expect(try TreeSnapshot(of: folder.dataPath).changes(since: before).isEmpty)
    }
  }

  @Test("vote, replace, close: the count follows the last ballot and explains itself")
  func voteCloseTally() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      #expect(try Self.budget(["vote", "2026", "5"], as: Self.taras, in: folder).status == 0)
      let cast = try Self.budget(["vote", "2026", "1", "2", "3"], as: Self.taras, in: folder)
      #expect(cast.standardOutput == "Ballot cast in 2026: 1, 2, 3\n")
      let back = try Self.budget(["phase", "2026", "review"], as: Self.andrii, in: folder)
      #expect(back.status == 1)
      #expect(back.standardError.contains("from voting the next is closed, not review"))
      let close = try Self.budget(["phase", "2026", "closed"], as: Self.andrii, in: folder)
      #expect(close.standardOutput == "2026: closed\n")

      let proposals = try Self.budget(["proposals", "2026", "--json"], in: folder).objects()
      let votes = Dictionary(
        uniqueKeysWithValues: proposals.map { ($0["id"] as? String ?? "", $0["votes"] as? Int) })
      #expect(votes["1"] == 1 && votes["3"] == 1 && votes["5"] == 0)

      let json = try #require(
        try Self.budget(["tally", "2026", "--json"], in: folder).json() as? [String: Any])
      #expect(json["method"] as? String == "greedy")
      #expect(json["budget"] as? String == "1500000")
      let selected = try #require(json["selected"] as? [String])
      #expect(Array(selected.prefix(2)) == ["1", "2"] && !selected.contains("3"))
      let projects = try #require(json["projects"] as? [[String: Any]])
      let lighting = try #require(projects.first { $0["id"] as? String == "3" })
      let skipped = (lighting["explanation"] as? [String: Any])?["skippedByVotes"]
      let reason = try #require(skipped as? [String: Any])
      #expect(reason["needed"] as? String == "540000" && reason["left"] as? String == "495000")

      let english = Self.plain(
        try Self.budget(["tally", "2026", "--lang", "en"], in: folder).standardOutput)
      #expect(english.contains("Ranked 3 by votes (1); skipped: needed 540 000 ₴, 495 000 ₴ left."))
      let ukrainian = Self.plain(try Self.budget(["tally", "2026"], in: folder).standardOutput)
      #expect(ukrainian.contains("пропущено: потрібно 540 000 ₴, а залишалося 495 000 ₴"))
    }
  }

  @Test("export, count the file, import it: the same outcome; a malformed file names its line")
  func pabulib() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      let file = folder.url.appendingPathComponent("2025.pb").path
      let export = try Self.budget(
        ["export", "2025", "--format", "pb", "--output", file], in: folder)
      #expect(export.status == 0, "\(export.standardError)")
      let text = try String(contentsOfFile: file, encoding: .utf8)
      #expect(text.hasPrefix("META\nkey;value\n") && !text.contains("taras"))

      let imported = try Self.budget(["import", file], as: Self.andrii, in: folder)
      // The file is named after a cycle that exists, so the copy gets the next free id.
      #expect(imported.standardOutput == "2025-2\n", "\(imported.standardError)")
      let copy = imported.standardOutput.trimmingCharacters(in: .newlines)
      for method in ["greedy", "equal-shares"] {
        func selected(_ source: [String]) throws -> [String] {
          let result = try Self.budget(
            ["tally"] + source + ["--method", method, "--json"], in: folder)
          return (try result.json() as? [String: Any])?["selected"] as? [String] ?? []
        }
        let original = try selected(["2025"])
        #expect(!original.isEmpty)
        #expect(try selected(["--pb", file]) == original, "\(method)")
        #expect(try selected([copy]) == original, "\(method)")
      }

      let bad = folder.url.appendingPathComponent("bad.pb").path
      try Data(text.replacingOccurrences(of: "\n2;340000;", with: "\n2;триста тисяч;").utf8)
        .write(to: URL(fileURLWithPath: bad))
      let line =
        try #require(
          text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
            $0.hasPrefix("2;340000;")
          }) + 1
      let before = try TreeSnapshot(of: folder.dataPath)
      let refused = try Self.budget(["import", bad], as: Self.andrii, in: folder)
      #expect(refused.status == 1)
      #expect(
        refused.standardError
          == "hromada: bad.pb:\(line): project '2' has cost 'триста тисяч', "
          + "which is not a non-negative number\n")
      #expect(try TreeSnapshot(of: folder.dataPath).changes(since: before).isEmpty)
    }
  }
}
