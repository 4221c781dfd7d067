import CommunityCore
import Foundation

/// The ballot: Space toggles a project, a live meter shows the cycle's rule ("3 of 5 chosen",
/// "spent 820 000 of 1 000 000 ₴") and turns red when the selection breaks it; `c` reviews the
/// choice and casts it after a confirmation.
///
/// A resident's current ballot is shown preselected.
final class BallotScreen: Screen {
  enum Action {
    case toggle, details, confirm
  }

  private let cycle: BudgetCycle
  private var proposals: [Proposal] = []
  private var chosen: [String] = []
  /// The resident's ballots as cast: one, or one per district where the cycle has districts.
  private var cast: [[String]] = []
  /// Whether the resident has tried to cast: from then on a broken rule is shown even for an
  /// empty selection.
  private var attemptedCast = false
  private var list = ListView()
  private let keymap: Keymap<Action>
  private let strings: Strings

  init(cycle: BudgetCycle, context: AppContext) {
    self.cycle = cycle
    strings = context.strings
    keymap = Keymap([
      .init(
        [.character(" ")], .toggle, hint: strings["hint.toggle"],
        help: strings["help.ballot.toggle"]),
      .init([.enter], .details, help: strings["help.ballot.details"]),
      .init(
        [.character("c"), .control("s")], .confirm, hint: strings["hint.castBallot"],
        help: strings["help.ballot.confirm"]),
    ])
    proposals = ((try? context.community.listProposals(cycleID: cycle.id, viewer: .guest)) ?? [])
      .filter(\.status.isOnBallot)
    cast = ((try? context.community.myBallots(cycleID: cycle.id, viewer: context.viewer)) ?? [])
      .map(\.projects)
    chosen = cast.first ?? []
    list = ListView(count: proposals.count)
  }

  var title: String { strings["ballot.heading"] }
  var hints: [KeyHint] { keymap.hints + [KeyHint(keys: "Esc", text: strings["hint.back"])] }
  var helpLines: [KeyHint] { keymap.helpLines + ListSearch.navigationHelp(context: nil) }

  /// The rule the current selection breaks, if any.
  private func violation(context: AppContext) -> BallotError? {
    do {
      _ = try context.community.checkBallot(chosen, cycle: cycle, proposals: proposals)
      return nil
    } catch {
      return error
    }
  }

  func handle(_ key: Key, context: AppContext) -> Navigation {
    switch keymap.action(for: key) {
    case .toggle?:
      guard let index = list.selection else { return .stay }
      let id = proposals[index].id
      if let position = chosen.firstIndex(of: id) {
        chosen.remove(at: position)
      } else {
        chosen.append(id)
      }
      list.handle(.down)
    case .details?:
      guard let index = list.selection else { return .stay }
      return .push(ProposalText.screen(proposals[index], cycle: cycle, context: context))
    case .confirm?:
      attemptedCast = true
      // The refusal stays on the ballot, under the meter, next to the selection to fix; a
      // dialog would hide the very list the resident has to change.
      if let broken = violation(context: context) {
        return .status(BallotText.describe(broken, strings))
      }
      let picked = proposals.filter { chosen.contains($0.id) }
      let total = strings.format(
        "ballot.reviewTotal", Hryvnias.text(picked.reduce(0) { $0 + $1.cost }))
      let dialog = ConfirmDialog(
        title: strings["ballot.reviewTitle"],
        message: ([strings["ballot.reviewQuestion"]] + picked.map { "• " + $0.title } + [total])
          .joined(separator: "\n"),
        confirmLabel: strings["ballot.cast"], cancelLabel: strings["dialog.no"],
        confirmCharacters: ["y", "Y", "т", "Т"], cancelCharacters: ["n", "N", "н", "Н"])
      return .confirm(dialog) { self.castBallot(context: context) }
    case nil:
      list.handle(key)
    }
    return .stay
  }

  private func castBallot(context: AppContext) -> Navigation {
    do {
      let ballot = try context.community.castBallot(
        cycleID: cycle.id, projectIDs: chosen, viewer: context.viewer, now: context.now())
      cast = ((try? context.community.myBallots(cycleID: cycle.id, viewer: context.viewer)) ?? [])
        .map(\.projects)
      chosen = ballot.projects
      return .status(strings["ballot.accepted"])
    } catch let error as BallotError {
      return .error(BallotText.describe(error, strings))
    } catch {
      return .error(context.describe(error))
    }
  }

  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    canvas.fill(rect.top(1), style: .title)
    canvas.put(
      " " + strings["ballot.heading"] + " · " + cycle.name(in: strings), row: rect.row, column: 0,
      style: .title)
    let broken = violation(context: context)
    let meter = BallotText.meter(
      chosen: chosen, proposals: proposals, cycle: cycle, strings: strings)
    let meterStyle: Style = broken == nil ? .success : .danger
    canvas.put(
      " " + meter, row: rect.row + 1, column: 0, style: meterStyle.adding(.bold),
      maxWidth: rect.width)
    if let broken, !chosen.isEmpty || attemptedCast {
      canvas.put(
        " ✗ " + BallotText.describe(broken, strings), row: rect.row + 2, column: 0,
        style: .danger, maxWidth: rect.width)
    } else if !chosen.isEmpty && cast.contains(where: { $0.sorted() == chosen.sorted() }) {
      canvas.put(
        " ✓ " + strings["ballot.isCast"], row: rect.row + 2, column: 0, style: .success,
        maxWidth: rect.width)
    }
    let body = rect.droppingTop(3)
    list.pageSize = body.height
    // In a cycle with districts a ballot keeps to one district, so each row says which.
    let districtWidth = cycle.districts.isEmpty ? 0 : 14
    list.render(into: &canvas, in: body) { index, _, width in
      let proposal = self.proposals[index]
      let mark = self.chosen.contains(proposal.id) ? "[x] " : "[ ] "
      // A project on a ballot already cast (another district's, say) keeps a tick.
      let counted = self.cast.contains { $0.contains(proposal.id) } ? "✓" : " "
      let cost = Hryvnias.text(proposal.cost)
      let district = self.cycle.districts.first { $0.id == proposal.district }?.name ?? ""
      return [
        Segment(counted + mark, style: .accent),
        Segment(
          DisplayWidth.pad(
            proposal.title, to: max(10, width - 22 - districtWidth), ellipsis: true)),
        Segment(
          districtWidth > 0 ? "  " + DisplayWidth.pad(district, to: districtWidth - 2) : "",
          style: .muted),
        Segment(DisplayWidth.pad(cost, to: 16, alignment: .trailing), style: .muted),
      ]
    }
  }
}
