import CommunityCore
import Foundation

/// One request with all its facts and its whole history.
///
/// Its applicant may withdraw it (`w`); officials change its status (`s`), assign it (`a`,
/// `m` for themselves) and add internal notes (`n`).
final class RequestDetailScreen: Screen {
  enum Action {
    case withdraw, changeStatus, assign, assignToMe, note
  }

  private(set) var request: ServiceRequest
  private var lookup: RequestLookup
  private var text = TextView()
  private let keymap: Keymap<Action>
  private let strings: Strings
  /// A confirmation above the facts ("filed under number …", "status changed"), shown until
  /// the next key.
  private var banner: String?

  init(request: ServiceRequest, context: AppContext, banner: String? = nil) {
    self.request = request
    self.banner = banner
    strings = context.strings
    lookup = RequestLookup(context: context)
    keymap = RequestDetailScreen.keymap(context)
    rebuildText(context: context)
  }

  static func keymap(_ context: AppContext) -> Keymap<Action> {
    let text = context.strings
    var keymap = Keymap<Action>()
    if context.viewer.isResident {
      keymap.bind(
        [.character("w")], to: .withdraw, hint: text["hint.withdraw"],
        help: text["help.requests.withdraw"])
    }
    if context.viewer.isOfficial {
      keymap.bind(
        [.character("s")], to: .changeStatus, hint: text["hint.status"],
        help: text["help.requests.status"])
      keymap.bind(
        [.character("a")], to: .assign, hint: text["hint.assign"],
        help: text["help.requests.assign"])
      keymap.bind(
        [.character("m")], to: .assignToMe, hint: text["hint.assignToMe"],
        help: text["help.requests.assignToMe"])
      keymap.bind(
        [.character("n")], to: .note, hint: text["hint.note"], help: text["help.requests.note"])
    }
    return keymap
  }

  var title: String { strings.format("request.heading", request.number) }
  /// The hints leave out what the request's status no longer allows (the keys still explain).
  var hints: [KeyHint] {
    var shown = keymap
    shown.bindings.removeAll { binding in
      switch binding.action {
      case .withdraw: !request.status.canBeWithdrawn
      case .changeStatus: request.status.allowedNext.isEmpty
      case .assign, .assignToMe, .note: !request.status.isOpen
      }
    }
    return shown.hints + [KeyHint(keys: "Esc", text: strings["hint.back"])]
  }
  var helpLines: [KeyHint] {
    keymap.helpLines + [KeyHint(keys: "↑ ↓ PgUp PgDn Space", text: strings["help.scroll"])]
  }

  func refresh(context: AppContext) {
    lookup = RequestLookup(context: context)
    if let fresh = try? context.community.request(number: request.number, viewer: context.viewer) {
      request = fresh
    }
    rebuildText(context: context)
  }

  func handle(_ key: Key, context: AppContext) -> Navigation {
    banner = nil
    guard let action = keymap.action(for: key) else {
      text.handle(key)
      return .stay
    }
    switch action {
    case .withdraw:
      return RequestActions.confirmWithdraw(request, context: context) {
        self.refresh(context: context)
      }
    case .changeStatus:
      guard !request.status.allowedNext.isEmpty else {
        return .status(
          strings.format("requests.final", RequestText.status(request.status, strings)))
      }
      return .push(
        RequestActionScreen(mode: .status, request: request, context: context) { self.banner = $0 })
    case .assign:
      return .push(
        RequestActionScreen(mode: .assign, request: request, context: context) { self.banner = $0 })
    case .assignToMe:
      return RequestActions.assignToMe(request, context: context) {
        self.refresh(context: context)
      }
    case .note:
      return .push(
        RequestActionScreen(mode: .note, request: request, context: context) { self.banner = $0 })
    }
  }

  /// The description, the history and, for officials, the internal notes, as scrolling text.
  private func rebuildText(context: AppContext) {
    var lines = [request.description, "", strings["request.history"]]
    let registered = context.dateText(request.registeredAt, withTime: true)
    lines.append(
      registered + "  " + strings.format("request.history.filed", lookup.name(request.applicant)))
    for change in request.history {
      let move =
        RequestText.status(change.from, strings) + " → " + RequestText.status(change.to, strings)
      lines.append(
        context.dateText(change.at, withTime: true) + "  " + lookup.name(change.by) + ": " + move)
      if let note = change.note { lines.append("    «" + note + "»") }
    }
    if context.viewer.isOfficial && !request.internalNotes.isEmpty {
      lines += ["", strings["request.internalNotes"]]
      for note in request.internalNotes {
        lines.append(
          context.dateText(note.at, withTime: true) + "  " + lookup.name(note.by) + ": " + note.text
        )
      }
    }
    let viewport = text.viewport
    text = TextView(text: lines.joined(separator: "\n"), viewport: viewport)
  }

  /// The facts above the text, one line each.
  private func facts(context: AppContext, width: Int) -> [[Segment]] {
    let urgency = lookup.urgency(of: request)
    var due = strings.format("request.due", RequestLookup.dateText(request.dueDate))
    if request.status.isOpen { due += " (" + lookup.daysLeftText(request) + ")" }
    var result: [[Segment]] = [
      [Segment(lookup.serviceName(request.serviceCode) + " · " + request.serviceCode)],
      [
        Segment(strings["request.statusLabel"] + " "),
        Segment(RequestText.status(request.status, strings), style: .accent),
        Segment(" · "),
        Segment(urgency.marker.trimmingCharacters(in: .whitespaces), style: urgency.style),
        Segment((urgency.marker == "  " ? "" : " ") + due, style: urgency.style),
      ],
    ]
    var people = strings.format(
      "request.filedAt", context.dateText(request.registeredAt, withTime: true))
    if context.viewer.isOfficial {
      people += " · " + strings.format("request.applicant", lookup.name(request.applicant))
    }
    people +=
      " · "
      + strings.format(
        "request.assignee", request.assignee.map(lookup.name) ?? strings["request.unassigned"])
    result.append([Segment(DisplayWidth.clip(people, to: width, ellipsis: true), style: .muted)])
    var place: [String] = []
    if let address = request.address { place.append(strings.format("request.address", address)) }
    if let contact = request.contact { place.append(strings.format("request.contact", contact)) }
    let joined = place.joined(separator: " · ")
    // Address and contact share a line when it is wide enough for both.
    for line in DisplayWidth.of(joined) <= width ? [joined] : place where !line.isEmpty {
      result.append([Segment(line, style: .muted)])
    }
    return result
  }

  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    let inner = rect.inset(left: 1, right: 1)
    var row = rect.row
    canvas.put(title, row: row, column: inner.column, style: .title.adding(.bold))
    row += 1
    if let banner {
      canvas.put(
        "✓ " + banner, row: row, column: inner.column, style: .success, maxWidth: inner.width)
      row += 1
    }
    for line in facts(context: context, width: inner.width) {
      canvas.put(line, row: row, column: inner.column, maxWidth: inner.width)
      row += 1
    }
    canvas.horizontalLine(row: row, column: inner.column, width: inner.width)
    let body = Rect(
      row: row + 1, column: inner.column, width: inner.width, height: max(1, rect.bottom - row - 1))
    if text.viewport != Size(width: body.width, height: body.height) {
      text.viewport = Size(width: body.width, height: body.height)
    }
    text.render(into: &canvas, in: body)
  }
}

/// Request changes that two screens offer: withdrawing and taking a request on.
enum RequestActions {
  /// Asks before withdrawing (it cannot be undone); `then` runs after a withdrawal.
  static func confirmWithdraw(
    _ request: ServiceRequest, context: AppContext, then: @escaping () -> Void
  ) -> Navigation {
    let strings = context.strings
    guard request.status.canBeWithdrawn else {
      return .status(
        strings.format(
          "requests.cannotWithdraw", request.number, RequestText.status(request.status, strings)))
    }
    let dialog = ConfirmDialog(
      title: strings["requests.withdrawTitle"],
      message: strings.format("requests.withdrawQuestion", request.number),
      confirmLabel: strings["requests.withdrawConfirm"], cancelLabel: strings["dialog.no"],
      confirmCharacters: ["y", "Y", "т", "Т"], cancelCharacters: ["n", "N", "н", "Н"],
      isConfirmFocused: false, isDestructive: true)
    return .confirm(dialog) {
      do {
        try context.community.updateRequest(
          number: request.number, status: .withdrawn, viewer: context.viewer, now: context.now())
        then()
        return .status(strings.format("requests.withdrawn", request.number))
      } catch {
        return .error(RequestText.describe(error, context: context))
      }
    }
  }

  /// Assigns the request to the official who is signed in.
  static func assignToMe(
    _ request: ServiceRequest, context: AppContext, then: () -> Void
  ) -> Navigation {
    guard let me = context.viewer.id else { return .stay }
    do {
      try context.community.updateRequest(
        number: request.number, assignee: me, viewer: context.viewer, now: context.now())
      then()
      return .status(context.strings.format("requests.assignedToMe", request.number))
    } catch {
      return .error(RequestText.describe(error, context: context))
    }
  }
}
