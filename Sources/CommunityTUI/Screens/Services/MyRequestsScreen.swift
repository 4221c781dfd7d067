import CommunityCore
import Foundation

/// A resident's own requests, newest first.
///
/// Each row shows the number, service, status, due date and days left ("прострочено" when
/// past it). Enter opens one with its history; `w` withdraws one that is not yet ready.
final class MyRequestsScreen: Screen {
  enum Action {
    case open, withdraw, reload
  }

  private(set) var requests: [ServiceRequest] = []
  private var lookup: RequestLookup
  private var list = ListView()
  private let keymap: Keymap<Action>
  private let strings: Strings
  private let navigationHelp: [KeyHint]

  init(context: AppContext) {
    strings = context.strings
    navigationHelp = ListSearch.navigationHelp(context: context)
    lookup = RequestLookup(context: context)
    keymap = Keymap([
      .init([.enter], .open, hint: strings["hint.open"], help: strings["help.requests.open"]),
      .init(
        [.character("w")], .withdraw, hint: strings["hint.withdraw"],
        help: strings["help.requests.withdraw"]),
      .init([.character("r")], .reload, help: strings["help.reload"]),
    ])
    refresh(context: context)
  }

  var title: String { strings["requests.mine.heading"] }
  var hints: [KeyHint] { keymap.hints + [KeyHint(keys: "Esc", text: strings["hint.back"])] }
  var helpLines: [KeyHint] { keymap.helpLines + navigationHelp }

  func refresh(context: AppContext) {
    lookup = RequestLookup(context: context)
    let selected = list.selection.flatMap { $0 < requests.count ? requests[$0].number : nil }
    requests =
      (try? context.community.listRequests(viewer: context.viewer, now: context.now())) ?? []
    list = ListView(
      count: requests.count, selection: requests.firstIndex { $0.number == selected } ?? 0,
      pageSize: list.pageSize)
  }

  func handle(_ key: Key, context: AppContext) -> Navigation {
    let selected = list.selection.flatMap { $0 < requests.count ? requests[$0] : nil }
    switch keymap.action(for: key) {
    case .open?:
      guard let request = selected else { return .stay }
      return .push(RequestDetailScreen(request: request, context: context))
    case .withdraw?:
      guard let request = selected else { return .stay }
      return RequestActions.confirmWithdraw(request, context: context) {
        self.refresh(context: context)
      }
    case .reload?:
      refresh(context: context)
    case nil:
      list.handle(key)
    }
    return .stay
  }

  /// Column widths for a row `width` columns wide: the service name takes what is left.
  private struct Columns {
    var number = 12
    var status = 19
    var due = 11
    var left = 18
    var service: Int

    init(width: Int) {
      service = max(10, width - 1 - number - status - due - left)
    }
  }

  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    let header = rect.top(1)
    canvas.fill(header, style: .title)
    canvas.put(
      " " + strings["requests.mine.heading"] + " · "
        + strings.format("requests.count", requests.count),
      row: header.row, column: 0, style: .title, maxWidth: rect.width)
    let columns = Columns(width: rect.width - 1)
    let titles = [
      DisplayWidth.pad(strings["requests.column.number"], to: columns.number),
      DisplayWidth.pad(strings["requests.column.service"], to: columns.service),
      DisplayWidth.pad(strings["requests.column.status"], to: columns.status),
      DisplayWidth.pad(strings["requests.column.due"], to: columns.due),
      strings["requests.column.left"],
    ]
    canvas.put(
      " " + titles.joined(), row: rect.row + 1, column: 0, style: .muted.adding(.bold),
      maxWidth: rect.width)
    let body = rect.droppingTop(2)
    if requests.isEmpty {
      canvas.put(" " + strings["requests.mine.empty"], row: body.row + 1, column: 0, style: .muted)
      return
    }
    list.pageSize = body.height
    list.render(into: &canvas, in: body) { index, _, _ in
      let request = self.requests[index]
      let urgency = self.lookup.urgency(of: request)
      return [
        Segment(" " + DisplayWidth.pad(request.number, to: columns.number)),
        Segment(
          DisplayWidth.pad(
            self.lookup.serviceName(request.serviceCode), to: columns.service - 1, ellipsis: true)
            + " "),
        Segment(
          DisplayWidth.pad(self.lookup.status(request.status), to: columns.status),
          style: request.status.isOpen ? .normal : .muted),
        Segment(
          DisplayWidth.pad(RequestLookup.dateText(request.dueDate), to: columns.due),
          style: urgency == .overdue ? .danger : .normal),
        Segment(self.lookup.daysLeftText(request), style: urgency.style),
      ]
    }
  }
}
