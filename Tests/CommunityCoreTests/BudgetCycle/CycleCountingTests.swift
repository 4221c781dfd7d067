import CommunityCore
import Foundation
import Testing

/// Counting a cycle through the Community, on cases small enough to count by hand.
///
/// The main case: a budget of 400 ₴; projects 1 and 2 cost 200 ₴ each and are approved by the
/// same three residents, project 3 costs 100 ₴ and is approved by a fourth. Greedy by votes
/// funds 1 and 2 (three votes each) and has nothing left for 3. Equal Shares gives each voter
/// 100 ₴: the three pay 66.67 ₴ each for 1 and then hold 100 ₴ together, too little for 2,
/// while the fourth buys 3 alone. That outcome (300 ₴) leaves 100 ₴, which fits no other
/// project, so Add1 stops at once as pabutools does (it raises the shares only while some
/// project could still be added), and the completion cannot fit 2 either.
struct CycleCountingTests {
  /// Sets up the case in cycle `id` (voting, then closed); returns the three project ids.
  private func majorityAndMinority(
    _ fixture: BudgetFixture, cycle id: String, method: CountingMethodName
  ) throws -> [String] {
    try fixture.cycle(id, budget: 400, method: method)
    let ids = try [200, 200, 100].enumerated().map {
      try fixture.propose("Проєкт \($0.offset + 1)", cost: $0.element, in: id)
    }
    try fixture.advance(id, to: .voting)
    for voter in [fixture.taras, fixture.residents[0], fixture.residents[1]] {
      try fixture.community.castBallot(cycleID: id, projectIDs: [ids[0], ids[1]], viewer: voter)
    }
    try fixture.community.castBallot(
      cycleID: id, projectIDs: [ids[2]], viewer: fixture.residents[2])
    return ids
  }

  @Test("greedy and Equal Shares differ on the majority's second project; each is explained")
  func bothMethods() throws {
    try TemporaryDirectory.with { folder in
      let fixture = try BudgetFixture(at: folder.dataPath)
      let ids = try majorityAndMinority(fixture, cycle: "cy", method: .greedy)
      #expect(
        throws: AccessError.forbidden(action: "count a cycle before it closes", role: .resident)
      ) {
        try fixture.community.tally(cycleID: "cy", method: .greedy, viewer: fixture.taras)
      }
      try fixture.advance(to: .closed)

      let greedy = try fixture.community.tally(cycleID: "cy", method: .greedy, viewer: .guest)
      #expect(greedy.selected == [ids[0], ids[1]])
      #expect(greedy.spent == DecimalAmount(units: 400))
      #expect(greedy.voters == 4)
      #expect(greedy.projects.map(\.votes) == [3, 3, 1])
      #expect(greedy.projects[0].explanation == .fundedByVotes(rank: 1, votes: 3))
      #expect(greedy.projects[1].explanation == .fundedByVotes(rank: 2, votes: 3))
      #expect(
        greedy.projects[2].explanation
          == .skippedByVotes(
            rank: 3, votes: 1, needed: DecimalAmount(units: 100), left: DecimalAmount.zero))

      let shares = try fixture.community.tally(cycleID: "cy", method: .equalShares, viewer: .guest)
      #expect(shares.selected == [ids[0], ids[2]])
      #expect(shares.spent == DecimalAmount(units: 300))
      let summary = try #require(shares.equalShares)
      #expect(summary.initialShare == ExactAmount(100))
      #expect(summary.finalShare == ExactAmount(100))
      guard case .fundedByEqualShares(let first) = shares.projects[0].explanation else {
        Issue.record("project 1: \(shares.projects[0].explanation)")
        return
      }
      #expect(first.round == 1 && first.supporters == 3 && first.fullPayers == 3)
      #expect(first.largestPayment == ExactAmount(numerator: BigInt(200), denominator: BigInt(3)))
      #expect(first.total == ExactAmount(200))
      guard case .fundedByEqualShares(let third) = shares.projects[2].explanation else {
        Issue.record("project 3: \(shares.projects[2].explanation)")
        return
      }
      #expect(third.round == 2 && third.supporters == 1 && third.total == ExactAmount(100))
      guard case .notFunded(let shortfall, let needed, let left) = shares.projects[1].explanation
      else {
        Issue.record("project 2: \(shares.projects[1].explanation)")
        return
      }
      // Each of the three kept 100 − 66.67 ₴: 100 ₴ together, half the cost.
      #expect(shortfall.supporters == 3)
      #expect(shortfall.supportersMoney == ExactAmount(100))
      #expect(needed == DecimalAmount(units: 200) && left == DecimalAmount(units: 100))
    }
  }

  @Test(
    "closing records votes and funding by the cycle's own method",
    arguments: [
      (CountingMethodName.greedy, [ProposalStatus.funded, .funded, .notFunded]),
      (.equalShares, [.funded, .notFunded, .funded]),
    ])
  func closingUsesTheMethod(method: CountingMethodName, statuses: [ProposalStatus]) throws {
    try TemporaryDirectory.with { folder in
      let fixture = try BudgetFixture(at: folder.dataPath)
      let ids = try majorityAndMinority(fixture, cycle: "cy", method: method)
      #expect(try ids.map { try fixture.proposal($0).votes } == [nil, nil, nil])
      try fixture.advance(to: .closed)
      #expect(try ids.map { try fixture.proposal($0).status } == statuses)
      #expect(try ids.map { try fixture.proposal($0).votes } == [3, 3, 1])
      #expect(try fixture.community.cycle(id: "cy").countedAt != nil)
    }
  }

  @Test("a tie in votes goes to the project whose id comes first, under both methods")
  func ties() throws {
    try TemporaryDirectory.with { folder in
      let fixture = try BudgetFixture(at: folder.dataPath)
      try fixture.cycle(budget: 300)
      let first = try fixture.propose("Перший", cost: 200)
      let second = try fixture.propose("Другий", cost: 200)
      try fixture.advance(to: .voting)
      for voter in [fixture.taras, fixture.residents[0]] {
        // Listed second first: the order on a ballot must not matter.
        try fixture.community.castBallot(cycleID: "cy", projectIDs: [second, first], viewer: voter)
      }
      try fixture.advance(to: .closed)
      for method in [CountingMethod.greedy, .equalShares] {
        let tally = try fixture.community.tally(cycleID: "cy", method: method, viewer: .guest)
        #expect(tally.selected == [first], "\(method)")
      }
      let greedy = try fixture.community.tally(cycleID: "cy", method: .greedy, viewer: .guest)
      #expect(
        greedy.projects[1].explanation
          == .skippedByVotes(
            rank: 2, votes: 2, needed: DecimalAmount(units: 200), left: DecimalAmount(units: 100)))
    }
  }
}
