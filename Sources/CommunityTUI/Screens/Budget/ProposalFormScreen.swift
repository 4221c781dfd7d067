import CommunityCore
import Foundation

/// A resident proposes a project during submission: title, summary, cost, category and the
/// description; Ctrl-S submits, validation messages appear under the fields.
final class ProposalFormScreen: Screen {
  private let cycle: BudgetCycle
  private var form: Form
  private let strings: Strings

  init(cycle: BudgetCycle, context: AppContext) {
    self.cycle = cycle
    strings = context.strings
    var fields: [FormField] = [
      .text(id: "title", label: strings["proposalForm.title"], maxLength: 200),
      .text(id: "summary", label: strings["proposalForm.summary"], maxLength: 500),
      .text(id: "cost", label: strings["proposalForm.cost"], maxLength: 12),
      .text(
        id: "category", label: strings["proposalForm.category"], text: "Благоустрій", maxLength: 60),
    ]
    // A cycle with districts funds each district from its own budget, so a project must say
    // where it is; a city-wide cycle has nothing to choose.
    if !cycle.districts.isEmpty {
      fields.append(
        .choice(
          id: "district", label: strings["proposalForm.district"],
          options: cycle.districts.map(\.name), selection: 0))
    }
    fields.append(
      .textArea(id: "description", label: strings["proposalForm.description"], height: 8))
    form = Form(fields)
    form.submitsOnEnterInLastField = false
  }

  var title: String { strings["proposalForm.heading"] }
  var isEditingText: Bool { true }
  var hints: [KeyHint] {
    [
      KeyHint(keys: "Ctrl-S", text: strings["hint.submit"]),
      KeyHint(keys: "Tab", text: strings["hint.nextField"]),
      KeyHint(keys: "Esc", text: strings["hint.cancel"]),
    ]
  }
  var helpLines: [KeyHint] { hints }

  func handle(_ key: Key, context: AppContext) -> Navigation {
    if key == .escape { return .pop }
    guard form.handle(key) == .submit else { return .stay }
    form.clearMessages()
    let costText = form.value(of: "cost").filter { !$0.isWhitespace && $0 != "\u{00A0}" }
    guard let cost = Int(costText), cost > 0 else {
      form.setMessage(strings["proposalForm.badCost"], for: "cost")
      return .stay
    }
    do {
      let proposal = try context.community.propose(
        cycleID: cycle.id, title: form.value(of: "title"), summary: form.value(of: "summary"),
        description: form.value(of: "description"), cost: cost,
        category: form.value(of: "category"),
        district: cycle.districts.first { $0.name == form.value(of: "district") }?.id,
        viewer: context.viewer, now: context.now())
      return .replace(ProposalText.screen(proposal, cycle: cycle, context: context))
    } catch let error as ValidationError {
      let field = form.fields.contains { $0.id == error.field } ? error.field : "title"
      form.setMessage(strings.format("compose.invalid", error.rule), for: field)
      _ = form.focusFirstMessage()
      return .stay
    } catch let error as BallotError {
      return .error(BallotText.describe(error, strings))
    } catch {
      return .error(context.describe(error))
    }
  }

  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    canvas.put(
      " " + title + " · " + cycle.name(in: strings), row: rect.row, column: 0,
      style: .title.adding(.bold))
    let area = rect.droppingTop(2).inset(left: 2, right: 2)
    form.viewport = Size(width: area.width, height: area.height)
    form.render(into: &canvas, in: area)
  }
}
