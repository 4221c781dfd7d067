import CommunityCore
import Foundation
import Testing

/// The cycle's phases: forward one at a time by officials, never back; proposals only in
/// submission, reviews only in review, a rejection only with a reason.
struct CyclePhaseTests {
  @Test(
    "a phase can only be the next one",
    arguments: [
      (BudgetPhase.submission, BudgetPhase.voting), (.submission, .closed),
      (.submission, .submission), (.review, .submission), (.review, .closed),
      (.voting, .review), (.voting, .submission), (.closed, .voting),
    ])
  func forwardOnly(from: BudgetPhase, to: BudgetPhase) throws {
    try TemporaryDirectory.with { folder in
      let fixture = try BudgetFixture(at: folder.dataPath)
      try fixture.cycle(budget: 100_000)
      try fixture.advance(to: from)
      let refused = #expect(throws: BallotError.phaseOrder(from: from, to: to)) {
        try fixture.community.advancePhase(cycleID: "cy", to: to, viewer: fixture.official)
      }
      #expect(refused?.description.hasPrefix("a cycle moves only forward") == true)
      #expect(try fixture.community.cycle(id: "cy").phase == from)
    }
  }

  @Test("only officials move the phase")
  func officialsOnly() throws {
    try TemporaryDirectory.with { folder in
      let fixture = try BudgetFixture(at: folder.dataPath)
      try fixture.cycle(budget: 100_000)
      #expect(
        throws: AccessError.forbidden(action: "move budget cycles between phases", role: .resident)
      ) {
        try fixture.community.advancePhase(cycleID: "cy", to: .review, viewer: fixture.taras)
      }
      #expect(throws: AccessError.signInRequired(action: "move budget cycles between phases")) {
        try fixture.community.advancePhase(cycleID: "cy", to: .review, viewer: .guest)
      }
      #expect(try fixture.community.cycle(id: "cy").phase == .submission)
    }
  }

  @Test("proposals are submitted by residents, and only during submission")
  func proposingOnlyInSubmission() throws {
    try TemporaryDirectory.with { folder in
      let fixture = try BudgetFixture(at: folder.dataPath)
      try fixture.cycle(budget: 100_000)
      #expect(throws: AccessError.forbidden(action: "submit proposals", role: .official)) {
        try fixture.community.propose(
          cycleID: "cy", title: "Від посадовця", summary: "", description: "Опис", cost: 1_000,
          category: "Інше", district: nil, viewer: fixture.official)
      }
      let id = try fixture.propose("Лавки в парку", cost: 40_000)
      #expect(try fixture.proposal(id).status == .submitted)
      try fixture.community.advancePhase(cycleID: "cy", to: .review, viewer: fixture.official)
      #expect(
        throws: BallotError.wrongPhase(
          action: "submit proposals", phase: .review, needed: .submission)
      ) {
        try fixture.propose("Запізно", cost: 1_000)
      }
      #expect(
        try fixture.community.listProposals(cycleID: "cy", viewer: fixture.official).count == 1)
    }
  }

  @Test("reviews happen only during review, and a rejection needs a reason")
  func reviewing() throws {
    try TemporaryDirectory.with { folder in
      let fixture = try BudgetFixture(at: folder.dataPath)
      try fixture.cycle(budget: 100_000)
      let good = try fixture.propose("Лавки", cost: 40_000)
      let bad = try fixture.propose("Дорога", cost: 90_000)
      #expect(
        throws: BallotError.wrongPhase(
          action: "review proposals", phase: .submission, needed: .review)
      ) {
        try fixture.community.review(
          cycleID: "cy", proposalID: good, accept: true, reason: nil, viewer: fixture.official)
      }
      try fixture.community.advancePhase(cycleID: "cy", to: .review, viewer: fixture.official)
      #expect(throws: AccessError.forbidden(action: "review proposals", role: .resident)) {
        try fixture.community.review(
          cycleID: "cy", proposalID: good, accept: true, reason: nil, viewer: fixture.taras)
      }
      for reason in [nil, "", "   \n"] {
        let refused = #expect(throws: BallotError.reasonRequired) {
          try fixture.community.review(
            cycleID: "cy", proposalID: bad, accept: false, reason: reason, viewer: fixture.official)
        }
        #expect(refused?.description == "rejecting a proposal requires a reason")
      }
      #expect(try fixture.proposal(bad).status == .submitted)

      try fixture.community.review(
        cycleID: "cy", proposalID: good, accept: true, reason: nil, viewer: fixture.official)
      let rejected = try fixture.community.review(
        cycleID: "cy", proposalID: bad, accept: false, reason: "  дорога — не громадський проєкт ",
        viewer: fixture.official)
      #expect(rejected.status == .rejected)
      #expect(rejected.rejectionReason == "дорога — не громадський проєкт")
      #expect(throws: BallotError.alreadyReviewed(bad, .rejected)) {
        try fixture.community.review(
          cycleID: "cy", proposalID: bad, accept: true, reason: nil, viewer: fixture.official)
      }
      #expect(throws: BallotError.unknownProject("77")) {
        try fixture.community.review(
          cycleID: "cy", proposalID: "77", accept: true, reason: nil, viewer: fixture.official)
      }
      // A guest sees only what is on the ballot; the author also sees the rejected one.
      #expect(
        try fixture.community.listProposals(cycleID: "cy", viewer: .guest).map(\.id) == [good])
      #expect(
        try fixture.community.listProposals(cycleID: "cy", viewer: fixture.taras).map(\.id)
          == [good, bad])

      try fixture.community.advancePhase(cycleID: "cy", to: .voting, viewer: fixture.official)
      #expect(
        throws: BallotError.wrongPhase(action: "review proposals", phase: .voting, needed: .review)
      ) {
        try fixture.community.review(
          cycleID: "cy", proposalID: good, accept: false, reason: "передумали",
          viewer: fixture.official)
      }
    }
  }
}
