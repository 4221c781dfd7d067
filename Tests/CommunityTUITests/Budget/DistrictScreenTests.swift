import CommunityCore
import CommunityTUI
import Foundation
import Testing

/// A cycle with districts in the interface: the proposal form asks for the district, the
/// ballot says which district each project is in and refuses a ballot that mixes them.
@Suite("Budget districts")
struct DistrictScreenTests {
  static let districts = [
    District(id: "north", name: "Північ", budget: 500_000),
    District(id: "south", name: "Південь", budget: 400_000),
  ]

  /// A new cycle in submission with those districts.
  static func cycle() -> BudgetCycle {
    BudgetCycle(
      id: "dvory", name: "Бюджет дворів", budget: 900_000, districts: districts,
      rules: .approval(minimum: 1, maximum: 2), createdAt: TestCommunity.fixedNow)
  }

  @Test("the proposal form asks for the district and the proposal keeps it")
  func proposalForm() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    try demo.community.createCycle(
      Self.cycle(), viewer: try demo.context("olena").viewer)
    let app = try BudgetScenes.budgetApp(demo, "taras")
    app.type(.down, .down, .enter, .character("s"))
    let form = Golden.render(app)
    try Golden.check(form, "budget-proposal-form-districts-80x24")
    #expect(form.text.contains("Округ") && form.text.contains("Північ"))

    app.type(text: "Клумби біля школи")
    app.type(.tab, .tab)
    app.type(text: "120000")
    // Category keeps its default; the district moves on to the south.
    app.type(.tab, .tab, .right, .tab)
    app.type(text: "Квіти на шкільному подвірʼї.")
    app.type(.control("s"))
    let page = BudgetScenes.plain(Golden.render(app))
    #expect(page.contains("120 000 ₴ · Благоустрій · Південь · подано"), "\(page)")
    let taras = try demo.context("taras").viewer
    let stored = try demo.community.listProposals(cycleID: "dvory", viewer: taras)
    #expect(stored.map(\.district) == ["south"])
  }

  /// The cycle in voting with Лавки and Гойдалки in the north and Клумби in the south,
  /// 100 000 ₴ each.
  static func votingCycle(_ demo: TestCommunity) throws {
    let olena = try demo.context("olena").viewer
    let taras = try demo.context("taras").viewer
    try demo.community.createCycle(Self.cycle(), viewer: olena)
    for (title, district) in [("Лавки", "north"), ("Гойдалки", "north"), ("Клумби", "south")] {
      try demo.community.propose(
        cycleID: "dvory", title: title, summary: "", description: "Опис.", cost: 100_000,
        category: "Благоустрій", district: district, viewer: taras, now: TestCommunity.fixedNow)
    }
    try demo.community.advancePhase(cycleID: "dvory", to: .review, viewer: olena)
    for proposal in try demo.community.listProposals(cycleID: "dvory", viewer: olena) {
      try demo.community.review(
        cycleID: "dvory", proposalID: proposal.id, accept: true, reason: nil, viewer: olena)
    }
    try demo.community.advancePhase(cycleID: "dvory", to: .voting, viewer: olena)
  }

  @Test("the ballot names each project's district and refuses mixing them, in place")
  func ballot() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let taras = try demo.context("taras").viewer
    try Self.votingCycle(demo)

    let app = try BudgetScenes.budgetApp(demo, "taras")
    app.type(.down, .down, .enter, .character("v"))
    // Space moves down a row after choosing: this picks Лавки and Клумби.
    app.type(.character(" "), .down, .character(" "), .character("c"))
    let canvas = Golden.render(app)
    try Golden.check(canvas, "budget-ballot-districts-80x24")
    let rows = canvas.text.split(separator: "\n")
    #expect(rows.contains { $0.contains("Лавки") && $0.contains("Північ") })
    #expect(rows.contains { $0.contains("Клумби") && $0.contains("Південь") })
    #expect(canvas.line(3).contains("✗ усі проєкти мають бути з одного округу"))
    #expect(try demo.community.myBallots(cycleID: "dvory", viewer: taras).isEmpty)
  }

  @Test("results go district by district, each with its own budget; d moves on")
  func results() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    try Self.votingCycle(demo)
    let ballots = [("taras", ["1"]), ("iryna", ["2", "1"]), ("mykola", ["3"])]
    let ids = try demo.community.listProposals(cycleID: "dvory", viewer: .guest).map(\.id)
    #expect(ids == ["1", "2", "3"])
    for (voter, projects) in ballots {
      try demo.community.castBallot(
        cycleID: "dvory", projectIDs: projects, viewer: try demo.context(voter).viewer)
    }
    try demo.community.advancePhase(
      cycleID: "dvory", to: .closed, viewer: try demo.context("olena").viewer)

    let app = try BudgetScenes.budgetApp(demo, "guest")
    app.type(.down, .down, .enter, .character("t"))
    let north = Golden.render(app)
    try Golden.check(north, "budget-results-districts-80x24")
    let text = BudgetScenes.plain(north)
    #expect(north.line(1).contains("Результати · Бюджет дворів · Північ"))
    #expect(text.contains("Бюджет 500 000 ₴ · бюлетенів 2"))
    #expect(text.contains("Лавки") && text.contains("Гойдалки") && !text.contains("Клумби"))
    #expect(north.line(23).contains("d наступний округ"))

    app.type(.character("d"))
    let south = Golden.render(app)
    #expect(south.line(1).contains("· Південь"))
    #expect(BudgetScenes.plain(south).contains("Бюджет 400 000 ₴ · бюлетенів 1"))
    #expect(south.text.contains("Клумби") && !south.text.contains("Лавки"))
  }

  @Test("a resident's ballots in two districts are both shown as cast; one is chosen to change")
  func twoBallots() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    try Self.votingCycle(demo)
    let app = try BudgetScenes.budgetApp(demo, "taras")
    app.type(.down, .down, .enter, .character("v"))
    // North: Лавки. Then south: unchoose Лавки, choose Клумби.
    app.type(.character(" "), .character("c"), .character("y"))
    app.type(.up, .character(" "), .down, .character(" "), .character("c"), .character("y"))
    let taras = try demo.context("taras").viewer
    let ballots = try demo.community.myBallots(cycleID: "dvory", viewer: taras)
    #expect(Set(ballots.map(\.projects)) == [["1"], ["3"]])
    let canvas = Golden.render(app)
    try Golden.check(canvas, "budget-ballot-two-districts-80x24")
    let rows = canvas.text.split(separator: "\n")
    #expect(rows.contains { $0.hasPrefix("✓[ ] Лавки") })
    #expect(rows.contains { $0.hasPrefix("✓[x] Клумби") })
    #expect(rows.contains { $0.hasPrefix(" [ ] Гойдалки") })
    #expect(canvas.line(3).contains("✓ ваш бюлетень прийнято"))
  }
}
