import CommunityCore
import Foundation

/// Files a request for a service (residents).
///
/// The form has a description of up to 4,000 characters, an optional address and contact.
/// Ctrl-S files it; what the Core refuses shows under the field it concerns; once filed, the
/// new request's page replaces the form, showing its number.
final class RequestFormScreen: Screen {
  private var form: Form
  private let service: Service
  private let strings: Strings
  /// The due date the request would get if filed now, shown so the resident knows the term.
  private let expectedDue: LocalDate?

  init(service: Service, context: AppContext) {
    self.service = service
    strings = context.strings
    expectedDue = try? context.community.deadlineCalendar().dueDate(
      registeredAt: context.now(), term: service.term)
    form = Form([
      .textArea(
        id: "description", label: strings["validation.field.description"], height: 7,
        maxLength: ServiceRequest.descriptionLimit),
      .text(id: "address", label: strings["validation.field.address"], maxLength: 300),
      .text(id: "contact", label: strings["validation.field.contact"], maxLength: 200),
    ])
    form.submitsOnEnterInLastField = false
  }

  var title: String { strings["requests.form.heading"] }
  var isEditingText: Bool { true }
  var hints: [KeyHint] {
    [
      KeyHint(keys: "Ctrl-S", text: strings["hint.submit"]),
      KeyHint(keys: "Tab", text: strings["hint.nextField"]),
      KeyHint(keys: "Esc", text: strings["hint.cancel"]),
    ]
  }
  var helpLines: [KeyHint] {
    [
      KeyHint(keys: "Ctrl-S", text: strings["help.requests.submit"]),
      KeyHint(keys: "Tab, Shift-Tab", text: strings["help.form.fields"]),
      KeyHint(keys: "Esc", text: strings["help.form.cancel"]),
    ]
  }

  func handle(_ key: Key, context: AppContext) -> Navigation {
    if key == .escape { return .pop }
    if form.handle(key) == .submit { return submit(context: context) }
    return .stay
  }

  private func submit(context: AppContext) -> Navigation {
    form.clearMessages()
    do {
      let request = try context.community.fileRequest(
        serviceCode: service.code, description: form.value(of: "description"),
        address: form.value(of: "address"), contact: form.value(of: "contact"),
        viewer: context.viewer, now: context.now())
      return .replace(
        RequestDetailScreen(
          request: request, context: context,
          banner: strings.format("requests.filed", request.number)))
    } catch let error as ValidationError {
      let field = form[error.field] == nil ? "description" : error.field
      form.setMessage(ValidationText.rule(error, strings), for: field)
      form.focusFirstMessage()
      return .stay
    } catch {
      return .error(RequestText.describe(error, context: context))
    }
  }

  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    let inner = rect.inset(left: 1, right: 1)
    canvas.put(
      strings.format("requests.form.title", ServiceCardText.name(service, strings)), row: rect.row,
      column: inner.column, style: .title.adding(.bold), maxWidth: inner.width)
    var facts = [
      service.code, ServiceCardText.fee(service.fee, strings),
      ServiceCardText.term(service.term, strings),
    ]
    if let expectedDue {
      facts.append(strings.format("requests.form.due", RequestLookup.dateText(expectedDue)))
    }
    canvas.put(
      facts.joined(separator: " · "), row: rect.row + 1, column: inner.column, style: .muted,
      maxWidth: inner.width)
    let footer = strings.format(
      "requests.form.footer", form.value(of: "description").count, ServiceRequest.descriptionLimit)
    canvas.put(
      footer, row: rect.bottom - 1, column: inner.column, style: .muted, maxWidth: inner.width)
    let area = Rect(
      row: rect.row + 3, column: inner.column, width: inner.width, height: rect.height - 5)
    form.viewport = Size(width: area.width, height: area.height)
    form.render(into: &canvas, in: area)
  }
}
