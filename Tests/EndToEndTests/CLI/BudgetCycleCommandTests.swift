import Foundation
import Testing

/// A whole cycle run from the command line: an official creates it with districts, a resident
/// proposes, the official reviews (a rejection needs a reason), opens the voting, residents vote
/// per district, and closing counts each district by Equal Shares.
@Suite("Budget cycle commands", .serialized)
struct BudgetCycleCommandTests {
  private static let taras = ["--as", "taras"]
  private static let andrii = ["--as", "andrii"]

  /// `hromada budget arguments…` on `folder`, with the PIN of the `--as` account.
  private static func budget(_ arguments: [String], in folder: ScratchFolder) throws -> CLIResult {
    let pins = ["taras": "4821", "andrii": "2580", "iryna": "5930", "mykola": "271828"]
    let account = arguments.firstIndex(of: "--as").map { arguments[$0 + 1] }
    return try HromadaCLI.run(
      ["budget"] + arguments + folder.data,
      environment: account.flatMap { pins[$0] }.map { ["HROMADA_PIN": $0] } ?? [:])
  }

  @Test("create, propose, review, vote per district, close: the count is per district")
  func lifeCycle() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      let create = try Self.budget(
        [
          "create", "--id", "dvory-2027", "--name", "Бюджет дворів 2027", "--budget", "900000",
          "--knapsack", "--method", "equal-shares", "--district", "north:Північ:500000",
          "--district", "south:Південь:400000",
        ] + Self.andrii, in: folder)
      #expect(create.standardOutput == "dvory-2027\n", "\(create.standardError)")
      let resident = try Self.budget(
        ["create", "--id", "moi", "--name", "Мій", "--budget", "5"] + Self.taras, in: folder)
      #expect(resident.status == 1 && resident.standardError.contains("may not create"))

      let description = folder.url.appendingPathComponent("opys.txt")
      try Data("Нові лавки біля кожного підʼїзду.".utf8).write(to: description)
      var ids: [String] = []
      for (title, cost, district) in [
        ("Лавки", "300000", "north"), ("Гойдалки", "250000", "north"),
        ("Клумби", "100000", "south"), ("Паркан", "90000", "south"),
      ] {
        let proposed = try Self.budget(
          [
            "propose", "dvory-2027", "--title", title, "--cost", cost, "--district", district,
            "--description-file", description.path,
          ] + Self.taras, in: folder)
        #expect(proposed.status == 0, "\(proposed.standardError)")
        ids.append(proposed.standardOutput.trimmingCharacters(in: .newlines))
      }
      let early = try Self.budget(
        ["review", "dvory-2027", ids[0], "--accept"] + Self.andrii, in: folder)
      #expect(early.standardError.contains("the cycle is in submission, this needs review"))

      #expect(
        try Self.budget(["phase", "dvory-2027", "review"] + Self.andrii, in: folder).status == 0)
      let late = try Self.budget(
        [
          "propose", "dvory-2027", "--title", "Пізно", "--cost", "1", "--description-file",
          description.path,
        ] + Self.taras, in: folder)
      #expect(late.status == 1 && late.standardError.contains("cannot submit proposals"))
      let noReason = try Self.budget(
        ["review", "dvory-2027", ids[3], "--reject"] + Self.andrii, in: folder)
      #expect(noReason.standardError == "hromada: rejecting a proposal requires a reason\n")
      let rejected = try Self.budget(
        ["review", "dvory-2027", ids[3], "--reject", "--reason", "Паркан — не спільний простір"]
          + Self.andrii, in: folder)
      #expect(rejected.standardOutput == "\(ids[3]): rejected\n")
      for id in ids.prefix(3) {
        let accepted = try Self.budget(
          ["review", "dvory-2027", id, "--accept"] + Self.andrii, in: folder)
        #expect(accepted.standardOutput == "\(id): accepted\n")
      }
      #expect(
        try Self.budget(["phase", "dvory-2027", "voting"] + Self.andrii, in: folder).status == 0)

      // North: 500 000 ₴ does not fit both north projects; south: one ballot of its own.
      let overLimit = try Self.budget(
        ["vote", "dvory-2027", ids[0], ids[1], "--as", "taras"], in: folder)
      #expect(overLimit.standardError.contains("the limit is 500"))
      let mixed = try Self.budget(["vote", "dvory-2027", ids[0], ids[2]] + Self.taras, in: folder)
      #expect(mixed.standardError.contains("must be from one district"))
      for (voter, project) in [("taras", ids[0]), ("iryna", ids[0]), ("mykola", ids[1])] {
        let vote = try Self.budget(["vote", "dvory-2027", project, "--as", voter], in: folder)
        #expect(vote.status == 0, "\(vote.standardError)")
      }
      #expect(try Self.budget(["vote", "dvory-2027", ids[2]] + Self.taras, in: folder).status == 0)
      #expect(
        try Self.budget(["phase", "dvory-2027", "closed"] + Self.andrii, in: folder).status == 0)

      let proposals = try Self.budget(["proposals", "dvory-2027", "--json"], in: folder).objects()
      let outcome = Dictionary(
        uniqueKeysWithValues: proposals.map {
          ($0["id"] as? String ?? "", ($0["status"] as? String ?? "", $0["votes"] as? Int))
        })
      #expect(outcome[ids[0]]?.0 == "funded" && outcome[ids[0]]?.1 == 2)
      #expect(outcome[ids[1]]?.0 == "not-funded" && outcome[ids[1]]?.1 == 1)
      #expect(outcome[ids[2]]?.0 == "funded" && outcome[ids[2]]?.1 == 1)
      #expect(outcome[ids[3]] == nil, "a guest does not see the rejected proposal")
      let north = try Self.budget(
        ["tally", "dvory-2027", "--district", "north", "--method", "equal-shares", "--json"],
        in: folder)
      for command in [["tally", "dvory-2027"], ["export", "dvory-2027", "--format", "pb"]] {
        let whole = try Self.budget(command, in: folder)
        #expect(whole.status == 1)
        #expect(
          whole.standardError
            == "hromada: dvory-2027 is counted district by district: give --district north|south\n"
        )
      }
      let exported = try Self.budget(
        ["export", "dvory-2027", "--format", "pb", "--district", "south"], in: folder)
      #expect(exported.standardOutput.contains("\nbudget;400000\n"))
      let json = try #require(try north.json() as? [String: Any])
      #expect(json["budget"] as? String == "500000" && json["selected"] as? [String] == [ids[0]])
    }
  }
}
