import CommunityCore
import Foundation
import Testing

struct EqualSharesTests {
  /// Two voters want A1, A2, A3 (30 each), one wants B (30); budget 90, so 30 per voter.
  ///
  /// Greedy: the A's have 2 votes each and take the whole budget. Equal Shares (price ρ = share ÷
  /// cost): each A costs its two supporters 15 each, ρ = ½; B costs its supporter 30, ρ = 1. Round
  /// 1 buys A1 (tie, smaller id), leaving 15 each; round 2 A2, leaving 0; A3 is then unaffordable
  /// and round 3 buys B. Spent 90, so Add1 stops at once.
  @Test("gives the minority its share where greedy does not")
  func minorityShare() throws {
    let election = try makeElection(
      budget: 90, projects: [("A1", 30), ("A2", 30), ("A3", 30), ("B", 30)],
      ballots: [["A1", "A2", "A3"], ["A1", "A2", "A3"], ["B"]])
    #expect(election.tally(method: .greedy).selected == ["A1", "A2", "A3"])
    let tally = election.tally(method: .equalShares)
    #expect(tally.selected == ["A1", "A2", "B"])
    #expect(tally.equalShares?.add1Increments == 0)
    let a1 = try #require(tally.projects.first { $0.id == "A1" })
    guard case .fundedByEqualShares(let purchase) = a1.explanation else {
      Issue.record("A1: \(a1.explanation)")
      return
    }
    #expect(purchase.round == 1)
    #expect(purchase.fullPayers == 2)
    #expect(purchase.largestPayment == ExactAmount(15))
    #expect(
      purchase.pricePerSatisfaction == ExactAmount(numerator: BigInt(1), denominator: BigInt(2)))
    let a3 = try #require(tally.projects.first { $0.id == "A3" })
    guard case .notFunded(let shortfall, _, _) = a3.explanation else {
      Issue.record("A3: \(a3.explanation)")
      return
    }
    #expect(shortfall.supportersMoney == .zero)
    #expect(shortfall.affordableUntilRound == 2)
  }

  /// The same election with a fourth voter who chose nothing: shares drop to 22.5.
  ///
  /// Round 1 buys A1 (15 each, leaving 7.5); then A2 needs 30 from 15, B 30 from 22.5: stop, with
  /// A2 still fitting the budget. Add1 raises the shares: A2 becomes affordable once A1's
  /// supporters keep 15 each, at a share of 30, and so does B; the first step with a share of at
  /// least 30 is the 8th (30.5). Then A1, A2 and B are bought: 90, exhaustive. equalshares.net
  /// raises on while the outcome fits: A3 joins at a share of 45 (120 > 90), so it keeps the
  /// outcome of step 22, the same projects.
  @Test("counts empty ballots as voters and raises shares by Add1")
  func emptyBallotsAndAdd1() throws {
    let election = try makeElection(
      budget: 90, projects: [("A1", 30), ("A2", 30), ("A3", 30), ("B", 30)],
      ballots: [["A1", "A2", "A3"], ["A1", "A2", "A3"], ["B"], []])
    let tallies = election.tallies(methods: [.equalShares, .equalSharesNet])
    #expect(tallies[0].selected == ["A1", "A2", "B"])
    #expect(
      tallies[0].equalShares?.initialShare
        == ExactAmount(numerator: BigInt(45), denominator: BigInt(2)))
    #expect(tallies[0].equalShares?.add1Increments == 8)
    #expect(
      tallies[0].equalShares?.finalShare
        == ExactAmount(numerator: BigInt(61), denominator: BigInt(2)))
    #expect(tallies[1].selected == ["A1", "A2", "B"])
    #expect(tallies[1].equalShares?.add1Increments == 22)
    #expect(tallies[0].voters == 4)
    for workers in [1, 3, 5] {
      let again = election.tallies(methods: [.equalShares, .equalSharesNet], workers: workers)
      #expect(again.map(\.selected) == tallies.map(\.selected))
      #expect(again.map(\.spent) == tallies.map(\.spent))
      #expect(again.map(\.equalShares?.add1Increments) == [8, 22])
    }
  }

  /// A (50) and B (40) each have one supporter holding 50; C (10) has none.
  ///
  /// Both are bought at ρ = 1 (A first: tie, smaller id). Equal Shares never buys an unsupported
  /// project, so the greedy completion funds C with the 10 left; the equalshares.net variant has no
  /// completion.
  @Test("completes with greedy by votes")
  func completion() throws {
    let election = try makeElection(
      budget: 100, projects: [("A", 50), ("B", 40), ("C", 10)], ballots: [["A"], ["B"]])
    let tallies = election.tallies(methods: [.equalShares, .equalSharesNet])
    #expect(tallies[0].selected == ["A", "B", "C"])
    #expect(tallies[0].equalShares?.spentByEqualShares == DecimalAmount(units: 90))
    let c = try #require(tallies[0].projects.first { $0.id == "C" })
    guard case .fundedInCompletion(let rank, let votes, let shortfall) = c.explanation else {
      Issue.record("C: \(c.explanation)")
      return
    }
    #expect((rank, votes, shortfall.supporters) == (3, 0, 0))
    #expect(tallies[1].selected == ["A", "B"])
  }

  /// One voter supports "9" and "10", 10 each, budget 10: both have ρ = 1, and "10" < "9".
  @Test("breaks price ties by comparing ids as text")
  func tiesByIDAsText() throws {
    let election = try makeElection(
      budget: 10, projects: [("9", 10), ("10", 10)], ballots: [["9", "10"]])
    #expect(election.tally(method: .equalShares).selected == ["10"])
  }

  /// A voter who cannot pay the full share pays all it has.
  ///
  /// Budget 30, three voters: 10 each. Round 1: Y (21, everyone) asks 7 each, ρ = 7/21 = ⅓ (X and
  /// Z: 2 of 4, ρ = ½); all keep 3. Round 2: X (4, v1 and v2) and Z (4, v2 and v3) both ask 2, ρ =
  /// ½; X wins the tie. v1 and v2 keep 1. Round 3: Z asks 2 each but v2 has 1, so v2 pays 1 and v3
  /// the other 3 (exactly all it has): ρ = 3/4. Everything is bought.
  @Test("explains partial payments exactly")
  func partialPayments() throws {
    let election = try makeElection(
      budget: 30, projects: [("X", 4), ("Y", 21), ("Z", 4)],
      ballots: [["X", "Y"], ["X", "Y", "Z"], ["Y", "Z"]])
    let tally = election.tally(method: .equalShares)
    #expect(tally.selected == ["Y", "X", "Z"])
    let z = try #require(tally.projects.first { $0.id == "Z" })
    guard case .fundedByEqualShares(let purchase) = z.explanation else {
      Issue.record("Z: \(z.explanation)")
      return
    }
    #expect(purchase.round == 3)
    #expect((purchase.supporters, purchase.fullPayers, purchase.partialPayers) == (2, 1, 1))
    #expect(purchase.nonPayers == 0)
    #expect(purchase.largestPayment == ExactAmount(3))
    #expect(purchase.smallestPayment == ExactAmount(1))
    #expect(purchase.total == ExactAmount(4))
    #expect(
      purchase.pricePerSatisfaction == ExactAmount(numerator: BigInt(3), denominator: BigInt(4)))
    #expect(purchase.description.contains("1 paid all they had (at least 1)"))
  }

  /// Ordinal ballots count by Borda satisfaction (ballot length − position − 1), as
  /// pabutools' `Additive_Borda_Sat`: the last-ranked project gives nothing.
  @Test("counts ranked ballots with Borda satisfaction")
  func bordaSatisfaction() throws {
    // Budget 20, two voters (10 each). Ballot 1 ranks P then Q: P scores 1, Q 0.
    // Ballot 2 ranks Q then P: Q 1, P 0. Each project has one supporter with weight 1,
    // who pays its 10: both bought, ties broken by id.
    let election = try makeElection(
      budget: 20, projects: [("P", 10), ("Q", 10)], ballots: [["P", "Q"], ["Q", "P"]],
      satisfaction: .borda)
    let tally = election.tally(method: .equalShares)
    #expect(tally.selected == ["P", "Q"])
    let p = try #require(tally.projects.first { $0.id == "P" })
    guard case .fundedByEqualShares(let purchase) = p.explanation else {
      Issue.record("P: \(p.explanation)")
      return
    }
    #expect(purchase.supporters == 1)
    #expect(p.votes == 2)
  }
}
