import CommunityCore
import Foundation

/// The participatory budget: the cycles; Enter lists a cycle's proposals.
package final class BudgetScreen: Screen {
  private var cycles: [BudgetCycle] = []
  private var list = ListView()
  private let strings: Strings

  package init(context: AppContext) {
    strings = context.strings
    refresh(context: context)
  }

  package var title: String { strings["section.budget"] }
  package var hints: [KeyHint] { [KeyHint(keys: "Enter", text: strings["hint.open"])] }
  package var helpLines: [KeyHint] {
    [KeyHint(keys: "Enter", text: strings["help.budget.open"])]
      + ListSearch.navigationHelp(context: nil)
  }

  package func refresh(context: AppContext) {
    cycles = (try? context.community.listCycles()) ?? []
    list = ListView(
      count: cycles.count, selection: min(list.selection ?? 0, max(0, cycles.count - 1)))
  }

  package func handle(_ key: Key, context: AppContext) -> Navigation {
    if key == .enter, let index = list.selection {
      return .push(ProposalsScreen(cycle: cycles[index], context: context))
    }
    list.handle(key)
    return .stay
  }

  package func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    canvas.fill(rect.top(1), style: .title)
    canvas.put(" " + strings["budget.heading"], row: rect.row, column: 0, style: .title)
    let body = rect.droppingTop(1)
    list.pageSize = body.height
    list.render(into: &canvas, in: body) { index, _, _ in
      let cycle = self.cycles[index]
      let name = self.strings.language == "en" ? (cycle.nameEn ?? cycle.name) : cycle.name
      return [
        Segment(" " + DisplayWidth.pad(name, to: 36)),
        Segment(
          DisplayWidth.pad(self.strings["phase.\(cycle.phase.rawValue)"], to: 16), style: .accent),
        Segment(Hryvnias.text(cycle.budget), style: .muted),
      ]
    }
  }
}

/// A cycle's proposals with cost, category and status (and votes once counted).
final class ProposalsScreen: Screen {
  private let cycle: BudgetCycle
  private var proposals: [Proposal] = []
  private var list = ListView()
  private let strings: Strings

  init(cycle: BudgetCycle, context: AppContext) {
    self.cycle = cycle
    strings = context.strings
    refresh(context: context)
  }

  var title: String { cycle.name }
  var hints: [KeyHint] {
    [
      KeyHint(keys: "Enter", text: strings["hint.open"]),
      KeyHint(keys: "Esc", text: strings["hint.back"]),
    ]
  }
  var helpLines: [KeyHint] { hints + ListSearch.navigationHelp(context: nil) }

  func refresh(context: AppContext) {
    proposals =
      (try? context.community.listProposals(cycleID: cycle.id, viewer: context.viewer)) ?? []
    list = ListView(
      count: proposals.count, selection: min(list.selection ?? 0, max(0, proposals.count - 1)))
  }

  func handle(_ key: Key, context: AppContext) -> Navigation {
    if key == .enter, let index = list.selection {
      let proposal = proposals[index]
      var facts = [
        Hryvnias.text(proposal.cost) + " · " + proposal.category + " · "
          + strings["proposal.\(proposal.status.rawValue)"]
      ]
      if let votes = proposal.votes { facts.append(strings.format("budget.votes", votes)) }
      if let reason = proposal.rejectionReason {
        facts.append(strings.format("budget.rejectedBecause", reason))
      }
      return .push(
        TextDetailScreen(
          heading: proposal.title, facts: facts,
          body: proposal.summary + "\n\n" + proposal.description,
          context: context))
    }
    list.handle(key)
    return .stay
  }

  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    canvas.fill(rect.top(1), style: .title)
    let summary =
      " " + cycle.name + " · " + strings["phase.\(cycle.phase.rawValue)"] + " · "
      + Hryvnias.text(cycle.budget)
    canvas.put(summary, row: rect.row, column: 0, style: .title, maxWidth: rect.width)
    let body = rect.droppingTop(1)
    list.pageSize = body.height
    list.render(into: &canvas, in: body) { index, _, width in
      let proposal = self.proposals[index]
      let votes = proposal.votes.map { String($0) } ?? ""
      let status = self.strings["proposal.\(proposal.status.rawValue)"]
      let titleWidth = max(10, width - 44)
      return [
        Segment(" " + DisplayWidth.pad(proposal.id, to: 4), style: .muted),
        Segment(DisplayWidth.pad(proposal.title, to: titleWidth, ellipsis: true)),
        Segment(
          DisplayWidth.pad(Hryvnias.text(proposal.cost), to: 14, alignment: .trailing),
          style: .muted),
        Segment(
          "  " + DisplayWidth.pad(status, to: 14),
          style: proposal.status == .funded ? .success : .normal),
        Segment(DisplayWidth.pad(votes, to: 6, alignment: .trailing), style: .accent),
      ]
    }
  }
}

/// Hryvnia amounts as Ukrainians write them: "1 500 000 ₴".
enum Hryvnias {
  static func text(_ amount: Int) -> String {
    let digits = String(abs(amount))
    var groups: [String] = []
    var end = digits.endIndex
    while end > digits.startIndex {
      let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
      groups.insert(String(digits[start..<end]), at: 0)
      end = start
    }
    return (amount < 0 ? "−" : "") + groups.joined(separator: "\u{00A0}") + " ₴"
  }
}
