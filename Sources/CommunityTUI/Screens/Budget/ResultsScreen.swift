import CommunityCore
import Foundation

/// The result of a cycle, greedy by votes and Method of Equal Shares side by side: votes as
/// bars, the budget each method spends, the projects on which they differ marked `≠`; Enter
/// explains one project under both methods.
///
/// A cycle with districts is counted district by district, each with its own budget, so the
/// screen shows one district at a time and `d` moves to the next.
final class ResultsScreen: Screen {
  private let cycle: BudgetCycle
  /// The parts counted separately: `nil` for city-wide projects, else a district's id.
  private var parts: [String?] = [nil]
  private var part = 0
  private var greedy: BudgetTally?
  private var equalShares: BudgetTally?
  private var rows: [String] = []
  private var list = ListView()
  private var failure: String?
  private let strings: Strings

  init(cycle: BudgetCycle, context: AppContext) {
    self.cycle = cycle
    strings = context.strings
    if !cycle.districts.isEmpty {
      let proposals =
        (try? context.community.listProposals(cycleID: cycle.id, viewer: .guest)) ?? []
      let cityWide = proposals.contains { $0.district == nil }
      parts = (cityWide ? [nil] : []) + cycle.districts.map { Optional($0.id) }
    }
    count(context: context)
  }

  /// Counts the part on show by both methods.
  private func count(context: AppContext) {
    do {
      failure = nil
      let tallies = try context.community.tallies(
        cycleID: cycle.id, district: parts[part], methods: [.greedy, .equalShares],
        viewer: context.viewer)
      greedy = tallies[0]
      equalShares = tallies[1]
    } catch {
      greedy = nil
      equalShares = nil
      failure = context.describe(error)
    }
    rows = (greedy?.projects ?? []).sorted { ($0.votes, $1.id) > ($1.votes, $0.id) }.map(\.id)
    list = ListView(count: rows.count)
  }

  /// "Північ" for a district, nothing for the city-wide part of a cycle without districts.
  private var partName: String? {
    guard parts.count > 1 || parts[part] != nil else { return nil }
    return cycle.districts.first { $0.id == parts[part] }?.name ?? strings["results.cityWide"]
  }

  var title: String { strings["results.heading"] }
  var hints: [KeyHint] {
    [KeyHint(keys: "Enter", text: strings["hint.explain"])]
      + (parts.count > 1 ? [KeyHint(keys: "d", text: strings["hint.nextDistrict"])] : [])
      + [KeyHint(keys: "Esc", text: strings["hint.back"])]
  }
  var helpLines: [KeyHint] { hints + ListSearch.navigationHelp(context: nil) }

  private func project(_ id: String, in tally: BudgetTally?) -> ProjectTally? {
    tally?.projects.first { $0.id == id }
  }

  func handle(_ key: Key, context: AppContext) -> Navigation {
    if key == .character("d"), parts.count > 1 {
      return .work(message: strings["results.counting"]) {
        self.part = (self.part + 1) % self.parts.count
        self.count(context: context)
        return .stay
      }
    }
    if key == .enter, let index = list.selection, let byVotes = project(rows[index], in: greedy) {
      let byShares = project(rows[index], in: equalShares)
      var body =
        strings["results.greedy"] + ":\n" + ResultText.explain(byVotes.explanation, strings)
      if let byShares {
        body +=
          "\n\n" + strings["results.equalShares"] + ":\n"
          + ResultText.explain(byShares.explanation, strings)
      }
      return .push(
        TextDetailScreen(
          heading: byVotes.name,
          facts: [
            strings.format("budget.votes", byVotes.votes) + " · " + Hryvnias.text(byVotes.cost)
          ],
          body: body, context: context))
    }
    list.handle(key)
    return .stay
  }

  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    canvas.fill(rect.top(1), style: .title)
    let heading =
      [strings["results.heading"], cycle.name(in: strings), partName].compactMap { $0 }
      .joined(separator: " · ")
    canvas.put(" " + heading, row: rect.row, column: 0, style: .title, maxWidth: rect.width)
    guard let greedy, let equalShares else {
      canvas.put(
        " " + (failure ?? ""), row: rect.row + 2, column: 0, style: .danger, maxWidth: rect.width)
      return
    }
    let budgetLine = strings.format(
      "results.budgetLine", Hryvnias.text(greedy.budget), greedy.voters)
    canvas.put(" " + budgetLine, row: rect.row + 1, column: 0, style: .muted, maxWidth: rect.width)
    let spentLine = strings.format(
      "results.spent", Hryvnias.text(greedy.spent), Hryvnias.text(equalShares.spent))
    canvas.put(" " + spentLine, row: rect.row + 2, column: 0, style: .muted, maxWidth: rect.width)
    canvas.put(
      " " + strings["results.legend"], row: rect.row + 3, column: 0, style: .muted,
      maxWidth: rect.width)
    let header =
      " " + DisplayWidth.pad(strings["results.project"], to: max(10, rect.width - 52))
      + DisplayWidth.pad(strings["results.votes"], to: 22)
      + DisplayWidth.pad(strings["results.cost"], to: 14, alignment: .trailing)
      + "  " + strings["results.columns"]
    canvas.put(header, row: rect.row + 4, column: 0, style: .header, maxWidth: rect.width)
    let body = Rect(row: rect.row + 5, column: 0, width: rect.width, height: rect.height - 5)
    let maximum = Double(greedy.projects.map(\.votes).max() ?? 1)
    list.pageSize = body.height
    list.render(into: &canvas, in: body) { index, _, width in
      let id = self.rows[index]
      guard let byVotes = self.project(id, in: greedy) else { return [] }
      let byShares = self.project(id, in: equalShares)
      let differs = byVotes.funded != (byShares?.funded ?? false)
      let bar = BarChart.bar(value: Double(byVotes.votes), maximum: max(maximum, 1), width: 14)
      return [
        Segment(differs ? "≠" : " ", style: .warning),
        Segment(
          DisplayWidth.pad(byVotes.name, to: max(10, width - 53), ellipsis: true),
          style: differs ? .warning : .normal),
        Segment(
          DisplayWidth.pad(String(byVotes.votes), to: 7, alignment: .trailing) + " ", style: .accent
        ),
        Segment(DisplayWidth.pad(bar, to: 14), style: .accent),
        Segment(
          DisplayWidth.pad(Hryvnias.text(byVotes.cost), to: 15, alignment: .trailing),
          style: .muted),
        Segment("   " + (byVotes.funded ? "✓" : "·"), style: byVotes.funded ? .success : .muted),
        Segment(
          "    " + (byShares?.funded == true ? "✓" : "·"),
          style: byShares?.funded == true ? .success : .muted),
      ]
    }
  }
}
