import CommunityCore
import Foundation
import Testing

/// Every way a ballot can break its cycle's rules, through `castBallot` as a resident meets
/// it, and the words the refusal uses.
struct BallotRulesTests {
  @Test("approval: fewer than the minimum and more than the maximum are refused with the rule")
  func approvalLimits() throws {
    try TemporaryDirectory.with { folder in
      let fixture = try BudgetFixture(at: folder.dataPath)
      try fixture.cycle(budget: 1_000_000, rules: .approval(minimum: 2, maximum: 3))
      let ids = try (1...4).map { try fixture.propose("Проєкт \($0)", cost: 100_000) }
      try fixture.advance(to: .voting)

      let tooFew = #expect(throws: BallotError.tooFew(minimum: 2, chosen: 1)) {
        try fixture.community.castBallot(
          cycleID: "cy", projectIDs: [ids[0]], viewer: fixture.taras)
      }
      #expect(tooFew?.description == "choose at least 2 projects (you chose 1)")
      let tooMany = #expect(throws: BallotError.tooMany(maximum: 3, chosen: 4)) {
        try fixture.community.castBallot(cycleID: "cy", projectIDs: ids, viewer: fixture.taras)
      }
      #expect(tooMany?.description == "at most 3 projects (you chose 4)")
      #expect(try fixture.community.myBallots(cycleID: "cy", viewer: fixture.taras).isEmpty)

      let ballot = try fixture.community.castBallot(
        cycleID: "cy", projectIDs: Array(ids.prefix(3)), viewer: fixture.taras)
      #expect(ballot.projects == Array(ids.prefix(3)))
    }
  }

  @Test("knapsack: a selection over the limit names both sums; an empty one is refused")
  func knapsackLimit() throws {
    try TemporaryDirectory.with { folder in
      let fixture = try BudgetFixture(at: folder.dataPath)
      try fixture.cycle(budget: 1_000_000, rules: .knapsack)
      let park = try fixture.propose("Парк", cost: 600_000)
      let school = try fixture.propose("Школа", cost: 650_000)
      let lights = try fixture.propose("Ліхтарі", cost: 300_000)
      try fixture.advance(to: .voting)

      let over = #expect(throws: BallotError.overBudget(cost: 1_250_000, limit: 1_000_000)) {
        try fixture.community.castBallot(
          cycleID: "cy", projectIDs: [park, school], viewer: fixture.taras)
      }
      #expect(
        over?.description
          == "your selection costs 1\u{00A0}250\u{00A0}000\u{00A0}₴, "
          + "the limit is 1\u{00A0}000\u{00A0}000\u{00A0}₴")
      #expect(throws: BallotError.tooFew(minimum: 1, chosen: 0)) {
        try fixture.community.castBallot(cycleID: "cy", projectIDs: [], viewer: fixture.taras)
      }
      // Exactly at the limit is within it.
      try fixture.community.castBallot(
        cycleID: "cy", projectIDs: [school, lights], viewer: fixture.taras)
      let withLimit = try fixture.community.castBallot(
        cycleID: "cy", projectIDs: [park, lights], viewer: fixture.residents[0])
      #expect(withLimit.projects == [park, lights])
    }
  }

  @Test("a project that is unknown, not accepted, or chosen twice is refused by its id")
  func projectsOffTheBallot() throws {
    try TemporaryDirectory.with { folder in
      let fixture = try BudgetFixture(at: folder.dataPath)
      try fixture.cycle(budget: 1_000_000)
      let accepted = try fixture.propose("Сквер", cost: 200_000)
      let refused = try fixture.propose("Дорога", cost: 900_000)
      try fixture.advance(to: .review)
      try fixture.community.review(
        cycleID: "cy", proposalID: refused, accept: false, reason: "поза повноваженнями громади",
        viewer: fixture.official)
      try fixture.advance(to: .voting)

      let unknown = #expect(throws: BallotError.unknownProject("99")) {
        try fixture.community.castBallot(
          cycleID: "cy", projectIDs: [accepted, "99"], viewer: fixture.taras)
      }
      #expect(unknown?.description == "there is no project 99 in this cycle")
      let notOnBallot = #expect(throws: BallotError.notOnBallot(refused)) {
        try fixture.community.castBallot(
          cycleID: "cy", projectIDs: [refused], viewer: fixture.taras)
      }
      #expect(notOnBallot?.description == "project \(refused) is not on the ballot")
      #expect(throws: BallotError.duplicate(accepted)) {
        try fixture.community.castBallot(
          cycleID: "cy", projectIDs: [accepted, accepted], viewer: fixture.taras)
      }
    }
  }

  @Test("districts: one district per ballot, and a knapsack ballot keeps its district's limit")
  func districts() throws {
    try TemporaryDirectory.with { folder in
      let fixture = try BudgetFixture(at: folder.dataPath)
      try fixture.cycle(
        budget: 900_000, rules: .knapsack,
        districts: [
          District(id: "north", name: "Північ", budget: 500_000),
          District(id: "south", name: "Південь", budget: 400_000),
        ])
      let north1 = try fixture.propose("Північ 1", cost: 300_000, district: "north")
      let north2 = try fixture.propose("Північ 2", cost: 300_000, district: "north")
      let south = try fixture.propose("Південь", cost: 100_000, district: "south")
      #expect(throws: ValidationError.self) {
        try fixture.propose("Захід", cost: 100_000, district: "west")
      }
      try fixture.advance(to: .voting)

      let mixed = #expect(throws: BallotError.mixedDistricts) {
        try fixture.community.castBallot(
          cycleID: "cy", projectIDs: [north1, south], viewer: fixture.taras)
      }
      #expect(mixed?.description == "all chosen projects must be from one district")
      // 600 000 is within the cycle's 900 000 but over the north's own 500 000.
      #expect(throws: BallotError.overBudget(cost: 600_000, limit: 500_000)) {
        try fixture.community.castBallot(
          cycleID: "cy", projectIDs: [north1, north2], viewer: fixture.taras)
      }
      let ballot = try fixture.community.castBallot(
        cycleID: "cy", projectIDs: [north2], viewer: fixture.taras)
      #expect(ballot.district == "north")
    }
  }
}
