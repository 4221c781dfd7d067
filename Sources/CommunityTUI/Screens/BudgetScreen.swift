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
      let name = cycle.name(in: self.strings)
      return [
        Segment(" " + DisplayWidth.pad(name, to: 36)),
        Segment(
          DisplayWidth.pad(self.strings["phase.\(cycle.phase.rawValue)"], to: 16), style: .accent),
        Segment(Hryvnias.text(cycle.budget), style: .muted),
      ]
    }
  }
}

/// A cycle's proposals with cost, category and status (and votes once counted); residents
/// vote (`v`) or propose (`s`) in the right phase, officials review (`a`/`x`), move the phase
/// (`>`) and everyone sees the results of a closed cycle (`t`).
final class ProposalsScreen: Screen {
  enum Action {
    case open, vote, propose, accept, reject, nextPhase, results
  }

  private var cycle: BudgetCycle
  private var proposals: [Proposal] = []
  private var list = ListView()
  private var keymap = Keymap<Action>()
  private let strings: Strings

  init(cycle: BudgetCycle, context: AppContext) {
    self.cycle = cycle
    strings = context.strings
    refresh(context: context)
  }

  var title: String { cycle.name(in: strings) }
  var hints: [KeyHint] { keymap.hints }
  var helpLines: [KeyHint] { keymap.helpLines + ListSearch.navigationHelp(context: nil) }

  private func makeKeymap(_ context: AppContext) -> Keymap<Action> {
    var keymap = Keymap<Action>([
      .init([.enter], .open, hint: strings["hint.open"], help: strings["help.proposal.open"])
    ])
    if context.viewer.isResident && cycle.phase == .voting {
      keymap.bind(
        [.character("v")], to: .vote, hint: strings["hint.vote"],
        help: strings["help.proposal.vote"])
    }
    if context.viewer.isResident && cycle.phase == .submission {
      keymap.bind(
        [.character("s")], to: .propose, hint: strings["hint.propose"],
        help: strings["help.proposal.propose"])
    }
    if context.viewer.isOfficial && cycle.phase == .review {
      keymap.bind(
        [.character("a")], to: .accept, hint: strings["hint.accept"],
        help: strings["help.proposal.accept"])
      keymap.bind(
        [.character("x")], to: .reject, hint: strings["hint.reject"],
        help: strings["help.proposal.reject"])
    }
    if context.viewer.isOfficial && cycle.phase != .closed {
      keymap.bind(
        [.character(">")], to: .nextPhase, hint: strings["hint.nextPhase"],
        help: strings["help.proposal.nextPhase"])
    }
    if cycle.phase == .closed || context.viewer.isOfficial {
      keymap.bind(
        [.character("t")], to: .results, hint: strings["hint.results"],
        help: strings["help.proposal.results"])
    }
    return keymap
  }

  func refresh(context: AppContext) {
    if let fresh = try? context.community.cycle(id: cycle.id) { cycle = fresh }
    proposals =
      (try? context.community.listProposals(cycleID: cycle.id, viewer: context.viewer)) ?? []
    list = ListView(
      count: proposals.count, selection: min(list.selection ?? 0, max(0, proposals.count - 1)))
    keymap = makeKeymap(context)
  }

  func handle(_ key: Key, context: AppContext) -> Navigation {
    guard let action = keymap.action(for: key) else {
      list.handle(key)
      return .stay
    }
    let selected = list.selection.flatMap { $0 < proposals.count ? proposals[$0] : nil }
    switch action {
    case .open:
      guard let selected else { return .stay }
      return .push(ProposalText.screen(selected, cycle: cycle, context: context))
    case .vote: return .push(BallotScreen(cycle: cycle, context: context))
    case .propose: return .push(ProposalFormScreen(cycle: cycle, context: context))
    case .accept:
      guard let selected else { return .stay }
      return review(selected, accept: true, reason: nil, context: context)
    case .reject:
      guard let selected else { return .stay }
      return .push(
        PromptScreen(
          heading: strings["proposal.rejectHeading"],
          prompt: strings.format("proposal.rejectPrompt", selected.title),
          context: context
        ) { reason in
          let outcome = self.review(selected, accept: false, reason: reason, context: context)
          if case .error(let message) = outcome { return message }
          return nil
        })
    case .nextPhase:
      guard let next = cycle.phase.next else { return .stay }
      let dialog = ConfirmDialog(
        title: strings["proposal.phaseTitle"],
        message: strings.format("proposal.phaseQuestion", strings["phase.\(next.rawValue)"]),
        confirmLabel: strings["dialog.yes"], cancelLabel: strings["dialog.no"],
        confirmCharacters: ["y", "Y", "т", "Т"], cancelCharacters: ["n", "N", "н", "Н"],
        isConfirmFocused: false)
      return .confirm(dialog) {
        let advance: () -> Navigation = {
          do {
            try context.community.advancePhase(
              cycleID: self.cycle.id, to: next, viewer: context.viewer, now: context.now())
            self.refresh(context: context)
            return .status(
              self.strings.format("proposal.phaseMoved", self.strings["phase.\(next.rawValue)"]))
          } catch let error as BallotError {
            return .error(BallotText.describe(error, self.strings))
          } catch {
            return .error(context.describe(error))
          }
        }
        // Closing counts every ballot, which takes a while in a city.
        return next == .closed
          ? .work(message: self.strings["results.counting"], then: advance) : advance()
      }
    case .results:
      return .work(message: strings["results.counting"]) {
        .push(ResultsScreen(cycle: self.cycle, context: context))
      }
    }
  }

  private func review(_ proposal: Proposal, accept: Bool, reason: String?, context: AppContext)
    -> Navigation
  {
    do {
      try context.community.review(
        cycleID: cycle.id, proposalID: proposal.id, accept: accept, reason: reason,
        viewer: context.viewer)
      refresh(context: context)
      return .status(strings[accept ? "proposal.acceptedNow" : "proposal.rejectedNow"])
    } catch let error as BallotError {
      return .error(BallotText.describe(error, strings))
    } catch {
      return .error(context.describe(error))
    }
  }

  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    canvas.fill(rect.top(1), style: .title)
    let summary =
      " " + cycle.name(in: strings) + " · " + strings["phase.\(cycle.phase.rawValue)"] + " · "
      + Hryvnias.text(cycle.budget)
    canvas.put(summary, row: rect.row, column: 0, style: .title, maxWidth: rect.width)
    let body = rect.droppingTop(1)
    if proposals.isEmpty {
      canvas.put(" " + strings["proposal.none"], row: body.row + 1, column: 0, style: .muted)
      return
    }
    list.pageSize = body.height
    list.render(into: &canvas, in: body) { index, _, width in
      let proposal = self.proposals[index]
      let votes = proposal.votes.map { String($0) } ?? ""
      let status = self.strings["proposal.\(proposal.status.rawValue)"]
      // Where a cycle has districts, the district says which budget a project competes for.
      let district = self.cycle.districts.first { $0.id == proposal.district }?.name
      let category = [proposal.category, district].compactMap { $0 }.joined(separator: " · ")
      let titleWidth = max(10, width - 60)
      return [
        Segment(" " + DisplayWidth.pad(proposal.id, to: 4), style: .muted),
        Segment(DisplayWidth.pad(proposal.title, to: titleWidth, ellipsis: true)),
        Segment(
          DisplayWidth.pad(Hryvnias.text(proposal.cost), to: 13, alignment: .trailing),
          style: .muted),
        Segment("  " + DisplayWidth.pad(category, to: 12, ellipsis: true), style: .muted),
        Segment(
          "  " + DisplayWidth.pad(status, to: 13, ellipsis: true),
          style: proposal.status == .funded ? .success : .normal),
        Segment(DisplayWidth.pad(votes, to: 5, alignment: .trailing), style: .accent),
      ]
    }
  }
}
