import CommunityCore
import Foundation
import Testing

struct GreedyCounterTests {
  /// Votes: a 3, b 3, c 2, d 1; order a, b (tie with a, "a" < "b"), c, d.
  ///
  /// Budget 100: a (60) leaves 40, b (50) does not fit, c (30) leaves 10, d (10) leaves 0.
  @Test("funds by votes and skips what no longer fits")
  func fundsByVotes() throws {
    let election = try makeElection(
      budget: 100, projects: [("a", 60), ("b", 50), ("c", 30), ("d", 10)],
      ballots: [["a", "b"], ["a", "c"], ["a"], ["b", "c"], ["b", "d"]])
    let tally = election.tally(method: .greedy)
    #expect(tally.selected == ["a", "c", "d"])
    #expect(tally.spent == DecimalAmount(units: 100))
    let b = try #require(tally.projects.first { $0.id == "b" })
    #expect(!b.funded)
    #expect(b.selectionRank == nil)
    #expect(
      b.explanation
        == .skippedByVotes(
          rank: 2, votes: 3, needed: DecimalAmount(units: 50), left: DecimalAmount(units: 40)))
    #expect(b.explanation.description == "skipped: 3 votes, 2nd by votes; needed 50, only 40 left")
    let d = try #require(tally.projects.first { $0.id == "d" })
    #expect(d.explanation == .fundedByVotes(rank: 4, votes: 1))
    #expect(d.selectionRank == 3)
  }

  /// "10" and "9" have one vote each and only one fits: as text "10" comes first.
  @Test("breaks ties by comparing ids as text")
  func tiesByIDAsText() throws {
    let election = try makeElection(
      budget: 10, projects: [("9", 10), ("10", 10)], ballots: [["9"], ["10"]])
    #expect(election.tally(method: .greedy).selected == ["10"])
  }

  @Test("a project named twice on a ballot counts once, where it was first named")
  func repeatedProjectCountsOnce() throws {
    let projects = ["a", "b", "c"].map { BudgetProject(id: $0, cost: DecimalAmount(units: 10)) }
    let election = try BudgetElection(
      budget: DecimalAmount(units: 20), projects: projects,
      ballots: [[2, 0, 2, 1, 0], [1], [2, 2]])
    #expect(election.ballots == [[2, 0, 1], [1], [2]])
    #expect(election.votes == [1, 2, 2])
    let unknown = #expect(throws: BudgetError.self) {
      try BudgetElection(
        budget: DecimalAmount(units: 20), projects: projects, ballots: [[0], [1, 3]])
    }
    #expect(unknown == BudgetError(.unknownProjectIndex(ballot: 1, index: 3)))
  }

  @Test("keeps decimal costs exact")
  func decimalCosts() throws {
    let election = try BudgetElection(
      budget: try #require(DecimalAmount(parsing: "100.05")),
      projects: [
        BudgetProject(id: "a", cost: try #require(DecimalAmount(parsing: "50.03"))),
        BudgetProject(id: "b", cost: try #require(DecimalAmount(parsing: "50.02"))),
        BudgetProject(id: "c", cost: try #require(DecimalAmount(parsing: "0.01"))),
      ],
      ballots: [[0, 1, 2], [0, 1], [0]])
    let tally = election.tally(method: .greedy)
    // a (3 votes) and b (2) spend exactly 100.05; c (1) needs 0.01 with 0 left.
    #expect(tally.selected == ["a", "b"])
    #expect(tally.spent.description == "100.05")
  }
}
