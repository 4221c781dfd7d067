import CommunityCore
import Foundation

/// An official's change to a request, as a small form: a new status (only the moves the rules
/// allow, with the note or reason they require), an assignee, or an internal note.
final class RequestActionScreen: Screen {
  enum Mode {
    case status, assign, note
  }

  private let mode: Mode
  private let request: ServiceRequest
  private var form: Form
  private let strings: Strings
  /// The statuses offered, in the order of the choice.
  private let statuses: [RequestStatus]
  /// The officials offered, in the order of the choice.
  private let officials: [Account]
  /// Tells the screen below what was done, for its confirmation line.
  private let done: (String) -> Void
  /// The service and the current status, under the heading.
  private let about: String

  init(
    mode: Mode, request: ServiceRequest, context: AppContext, done: @escaping (String) -> Void
  ) {
    self.mode = mode
    self.request = request
    self.done = done
    strings = context.strings
    let lookup = RequestLookup(context: context)
    about =
      lookup.serviceName(request.serviceCode) + " · "
      + RequestText.status(request.status, context.strings)
    statuses = request.status.allowedNext
    let accounts = (try? context.community.listAccounts(viewer: context.viewer)) ?? []
    officials = accounts.filter { $0.role == .official }
    let strings = context.strings
    switch mode {
    case .status:
      form = Form([
        .choice(
          id: "status", label: strings["request.field.status"],
          options: statuses.map { RequestText.status($0, strings) }, selection: 0),
        .textArea(id: "note", label: strings["validation.field.note"], height: 6, maxLength: 2_000),
      ])
    case .assign:
      let english = strings.language == "en"
      let current = officials.firstIndex { $0.id == (request.assignee ?? context.viewer.id) }
      form = Form([
        .choice(
          id: "assignee", label: strings["validation.field.assign"],
          options: officials.map { official in
            (english ? (official.nameEn ?? official.name) : official.name)
              + (official.title.map { " — " + $0 } ?? "")
          }, selection: current ?? 0)
      ])
    case .note:
      form = Form([
        .textArea(id: "note", label: strings["validation.field.note"], height: 8, maxLength: 2_000)
      ])
    }
    form.submitsOnEnterInLastField = mode == .assign
  }

  var title: String {
    switch mode {
    case .status: strings.format("requests.action.status", request.number)
    case .assign: strings.format("requests.action.assign", request.number)
    case .note: strings.format("requests.action.note", request.number)
    }
  }
  var isEditingText: Bool { true }
  var hints: [KeyHint] {
    var hints = [KeyHint(keys: mode == .assign ? "Enter" : "Ctrl-S", text: strings["hint.save"])]
    if form.fields.count > 1 { hints.append(KeyHint(keys: "Tab", text: strings["hint.nextField"])) }
    return hints + [KeyHint(keys: "Esc", text: strings["hint.cancel"])]
  }
  var helpLines: [KeyHint] {
    [
      KeyHint(keys: "Ctrl-S", text: strings["help.requests.save"]),
      KeyHint(keys: "← →, Space", text: strings["help.form.choice"]),
      KeyHint(keys: "Tab, Shift-Tab", text: strings["help.form.fields"]),
      KeyHint(keys: "Esc", text: strings["help.form.cancel"]),
    ]
  }

  func handle(_ key: Key, context: AppContext) -> Navigation {
    if key == .escape { return .pop }
    if form.handle(key) == .submit { return submit(context: context) }
    return .stay
  }

  private func selection(of id: String) -> Int? {
    if case .choice(let choice)? = form[id]?.editor { return choice.selection }
    return nil
  }

  private func submit(context: AppContext) -> Navigation {
    form.clearMessages()
    let note = form.value(of: "note")
    do {
      switch mode {
      case .status:
        guard let index = selection(of: "status"), statuses.indices.contains(index) else {
          return .stay
        }
        let updated = try context.community.updateRequest(
          number: request.number, status: statuses[index], note: note, viewer: context.viewer,
          now: context.now())
        done(strings.format("requests.statusChanged", RequestText.status(updated.status, strings)))
      case .assign:
        guard let index = selection(of: "assignee"), officials.indices.contains(index) else {
          return .stay
        }
        try context.community.updateRequest(
          number: request.number, assignee: officials[index].id, viewer: context.viewer,
          now: context.now())
        done(strings.format("requests.assigned", form.value(of: "assignee")))
      case .note:
        guard !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
          form.setMessage(strings["validation.rule.empty"], for: "note")
          return .stay
        }
        try context.community.updateRequest(
          number: request.number, note: note, viewer: context.viewer, now: context.now())
        done(strings["requests.noteAdded"])
      }
      return .pop
    } catch let error as RequestError {
      switch error {
      case .reasonRequired, .documentsNoteRequired:
        form.setMessage(RequestText.describe(error, context: context), for: "note")
        form.focus("note")
        return .stay
      default:
        return .error(RequestText.describe(error, context: context))
      }
    } catch let error as ValidationError {
      let field = form[error.field] == nil ? (form.fields.first?.id ?? "") : error.field
      form.setMessage(ValidationText.rule(error, strings), for: field)
      form.focusFirstMessage()
      return .stay
    } catch {
      return .error(RequestText.describe(error, context: context))
    }
  }

  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    let inner = rect.inset(left: 1, right: 1)
    canvas.put(title, row: rect.row, column: inner.column, style: .title.adding(.bold))
    canvas.put(about, row: rect.row + 1, column: inner.column, style: .muted, maxWidth: inner.width)
    if mode == .status {
      let choices = statuses.map { RequestText.status($0, strings) }.joined(separator: " · ")
      canvas.put(
        strings.format("requests.action.choices", choices), row: rect.bottom - 2,
        column: inner.column, style: .muted, maxWidth: inner.width)
      canvas.put(
        strings["requests.action.statusNote"], row: rect.bottom - 1, column: inner.column,
        style: .muted, maxWidth: inner.width)
    }
    let area = Rect(
      row: rect.row + 3, column: inner.column, width: inner.width, height: rect.height - 5)
    form.viewport = Size(width: area.width, height: area.height)
    form.render(into: &canvas, in: area)
  }
}
