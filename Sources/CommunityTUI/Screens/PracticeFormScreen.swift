import CommunityCore
import Foundation

/// Adds a practice to the library or edits one (officials): title, community, region, topic,
/// year, summary, the full text in a multi-line area (Ctrl-E edits it in `$EDITOR`, as in the
/// news form) and contacts; Ctrl-S saves through CommunityCore.
final class PracticeFormScreen: LongTextFormScreen {
  var form: Form
  private let editing: Practice?
  let strings: Strings
  /// Called with the saved practice, so the list can show it selected.
  private let onSave: (Practice) -> Void

  init(
    editing: Practice?, topic: PracticeTopic?, context: AppContext,
    onSave: @escaping (Practice) -> Void = { _ in }
  ) {
    self.editing = editing
    self.onSave = onSave
    let strings = context.strings
    self.strings = strings
    let year =
      editing?.year ?? Calendar(identifier: .gregorian).component(.year, from: context.now())
    let shownTopic = editing?.topic ?? topic
    form = Form([
      .text(
        id: "title", label: strings["practiceForm.title"], text: editing?.title ?? "",
        maxLength: 200),
      .text(
        id: "community", label: strings["practiceForm.community"],
        text: editing?.community ?? "", maxLength: 200),
      .text(
        id: "region", label: strings["practiceForm.region"], text: editing?.region ?? "",
        maxLength: 100),
      .choice(
        id: "topic", label: strings["practiceForm.topic"],
        options: PracticeTopic.allCases.map { strings["topic.\($0.rawValue)"] },
        selection: shownTopic.flatMap { PracticeTopic.allCases.firstIndex(of: $0) },
        placeholder: strings["practiceForm.chooseTopic"]),
      FormField(
        id: "year", label: strings["practiceForm.year"],
        editor: .line(TextField(text: String(year), maxLength: 4, filter: .digits))),
      .textArea(
        id: "summary", label: strings["practiceForm.summary"], text: editing?.summary ?? "",
        height: 3),
      .textArea(
        id: "body", label: strings["practiceForm.body"], text: editing?.body ?? "", height: 8),
      .textArea(
        id: "contacts", label: strings["practiceForm.contacts"], text: editing?.contacts ?? "",
        height: 2),
    ])
    form.submitsOnEnterInLastField = false
  }

  var title: String {
    strings[editing == nil ? "practiceForm.newHeading" : "practiceForm.editHeading"]
  }
  var hints: [KeyHint] { formHints(saveHint: strings["hint.save"]) }
  var helpLines: [KeyHint] {
    hints + [KeyHint(keys: "← → Space", text: strings["help.practiceForm.topic"])]
  }

  /// Checks what the form itself can say in the person's language, then lets CommunityCore
  /// check the rest; either way the message shows under the field it is about.
  func submit(context: AppContext) -> Navigation {
    form.clearMessages()
    let topicIndex = PracticeTopic.allCases.map { strings["topic.\($0.rawValue)"] }
      .firstIndex(of: form.value(of: "topic"))
    let year = Int(form.value(of: "year").trimmingCharacters(in: .whitespaces))
    if form.value(of: "title").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      form.setMessage(strings["practiceForm.needTitle"], for: "title")
    }
    if topicIndex == nil {
      form.setMessage(strings["practiceForm.needTopic"], for: "topic")
    }
    if year.map({ !(1900...2100).contains($0) }) ?? true {
      form.setMessage(strings["practiceForm.badYear"], for: "year")
    }
    if form.value(of: "body").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      form.setMessage(strings["practiceForm.needBody"], for: "body")
    }
    if form.focusFirstMessage() { return .stay }
    guard let topicIndex, let year else { return .stay }
    let draft = PracticeDraft(
      title: form.value(of: "title"), community: form.value(of: "community"),
      region: form.value(of: "region"), topic: PracticeTopic.allCases[topicIndex], year: year,
      summary: form.value(of: "summary"), body: form.value(of: "body"),
      contacts: form.value(of: "contacts"))
    do {
      try save(draft, context: context)
      return .pop
    } catch let error as ValidationError {
      // `addPractices` names the field as "practice 1: title" for batches; one form is one draft.
      let field = String(error.field.split(separator: " ").last ?? "")
      let target = form[field] == nil ? "title" : field
      form.setMessage(strings.format("compose.invalid", error.rule), for: target)
      form.focusFirstMessage()
      return .stay
    } catch {
      return .error(context.describe(error))
    }
  }

  private func save(_ draft: PracticeDraft, context: AppContext) throws {
    guard let editing else {
      let added = try context.community.addPractices(
        [draft], viewer: context.viewer, now: context.now())
      added.forEach(onSave)
      return
    }
    let updated = try context.community.updatePractice(
      id: editing.id, viewer: context.viewer, now: context.now()
    ) {
      $0.title = draft.title
      $0.community = draft.community
      $0.region = draft.region
      $0.topic = draft.topic
      $0.year = draft.year
      $0.summary = draft.summary
      $0.body = draft.body
      $0.contacts = draft.contacts
    }
    onSave(updated)
  }

  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    canvas.put(" " + title, row: rect.row, column: 0, style: .title.adding(.bold))
    let area = rect.droppingTop(2).inset(left: 2, right: 2)
    form.viewport = Size(width: area.width, height: area.height)
    form.render(into: &canvas, in: area)
  }
}
