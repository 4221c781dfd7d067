import CommunityCore
import Foundation
import Testing

/// Who may vote, how often, and when: one ballot per resident per cycle (per district where
/// there are districts), replaced while voting is open, frozen once the cycle closes.
struct BallotCastingTests {
  @Test("casting again while voting is open replaces the ballot; it is counted once")
  func replacement() throws {
    try TemporaryDirectory.with { folder in
      let fixture = try BudgetFixture(at: folder.dataPath)
      try fixture.cycle(budget: 1_000_000)
      let first = try fixture.propose("Сквер", cost: 200_000)
      let second = try fixture.propose("Бібліотека", cost: 300_000)
      try fixture.advance(to: .voting)

      try fixture.community.castBallot(cycleID: "cy", projectIDs: [first], viewer: fixture.taras)
      try fixture.community.castBallot(cycleID: "cy", projectIDs: [second], viewer: fixture.taras)
      let mine = try fixture.community.myBallots(cycleID: "cy", viewer: fixture.taras)
      #expect(mine.map(\.projects) == [[second]])
      let election = try fixture.community.election(cycleID: "cy")
      #expect(election.ballots.count == 1)
      #expect(election.votes == [0, 1])
      // Another resident's ballot is theirs alone.
      #expect(try fixture.community.myBallots(cycleID: "cy", viewer: fixture.residents[0]).isEmpty)
    }
  }

  @Test("with districts a resident has one ballot per district, each replaced on its own")
  func oneBallotPerDistrict() throws {
    try TemporaryDirectory.with { folder in
      let fixture = try BudgetFixture(at: folder.dataPath)
      try fixture.cycle(
        budget: 900_000, rules: .approval(minimum: 1, maximum: 2),
        districts: [
          District(id: "north", name: "Північ", budget: 500_000),
          District(id: "south", name: "Південь", budget: 400_000),
        ])
      let north1 = try fixture.propose("Північ 1", cost: 300_000, district: "north")
      let north2 = try fixture.propose("Північ 2", cost: 200_000, district: "north")
      let south = try fixture.propose("Південь", cost: 100_000, district: "south")
      try fixture.advance(to: .voting)

      for projects in [[north1], [south], [north2, north1]] {
        try fixture.community.castBallot(cycleID: "cy", projectIDs: projects, viewer: fixture.taras)
      }
      let mine = try fixture.community.myBallots(cycleID: "cy", viewer: fixture.taras)
      #expect(Set(mine.map(\.projects)) == [[north2, north1], [south]])
      #expect(try fixture.community.election(cycleID: "cy", district: "north").ballots.count == 1)
      #expect(try fixture.community.election(cycleID: "cy", district: "south").ballots.count == 1)
    }
  }

  @Test("officials and guests may not vote")
  func onlyResidentsVote() throws {
    try TemporaryDirectory.with { folder in
      let fixture = try BudgetFixture(at: folder.dataPath)
      try fixture.cycle(budget: 1_000_000)
      let project = try fixture.propose("Сквер", cost: 200_000)
      try fixture.advance(to: .voting)

      #expect(throws: AccessError.forbidden(action: "vote", role: .official)) {
        try fixture.community.castBallot(
          cycleID: "cy", projectIDs: [project], viewer: fixture.official)
      }
      #expect(throws: AccessError.signInRequired(action: "vote")) {
        try fixture.community.castBallot(cycleID: "cy", projectIDs: [project], viewer: .guest)
      }
      #expect(try fixture.community.election(cycleID: "cy").ballots.isEmpty)
    }
  }

  @Test("before voting opens and after the cycle closes no ballot is taken and nothing changes")
  func closedMeansClosed() throws {
    try TemporaryDirectory.with { folder in
      let fixture = try BudgetFixture(at: folder.dataPath)
      try fixture.cycle(budget: 500_000)
      let park = try fixture.propose("Парк", cost: 300_000)
      let lights = try fixture.propose("Ліхтарі", cost: 300_000)
      try fixture.advance(to: .review)
      #expect(throws: BallotError.wrongPhase(action: "vote", phase: .review, needed: .voting)) {
        try fixture.community.castBallot(cycleID: "cy", projectIDs: [park], viewer: fixture.taras)
      }
      try fixture.advance(to: .voting)
      try fixture.community.castBallot(cycleID: "cy", projectIDs: [park], viewer: fixture.taras)
      try fixture.advance(to: .closed)
      let before = try fixture.community.listProposals(cycleID: "cy", viewer: fixture.official)
      #expect(before.map(\.status) == [.funded, .notFunded])
      #expect(before.map(\.votes) == [1, 0])

      #expect(throws: BallotError.wrongPhase(action: "vote", phase: .closed, needed: .voting)) {
        try fixture.community.castBallot(
          cycleID: "cy", projectIDs: [lights], viewer: fixture.taras)
      }
      #expect(throws: BallotError.wrongPhase(action: "vote", phase: .closed, needed: .voting)) {
        try fixture.community.castBallot(
          cycleID: "cy", projectIDs: [lights], viewer: fixture.residents[0])
      }
      #expect(throws: BallotError.phaseOrder(from: .closed, to: .voting)) {
        try fixture.community.advancePhase(cycleID: "cy", to: .voting, viewer: fixture.official)
      }
      #expect(throws: BallotError.self) {
        try fixture.community.review(
          cycleID: "cy", proposalID: lights, accept: true, reason: nil, viewer: fixture.official)
      }
      #expect(throws: BallotError.self) {
        try fixture.propose("Запізнілий", cost: 1_000)
      }
      #expect(
        try fixture.community.listProposals(cycleID: "cy", viewer: fixture.official) == before)
      #expect(
        try fixture.community.myBallots(cycleID: "cy", viewer: fixture.taras).map(\.projects)
          == [[park]])
      #expect(try fixture.community.cycle(id: "cy").phase == .closed)
    }
  }
}
