import CommunityCore
import Foundation

/// The officials' queue: every open request, soonest due first.
///
/// It has filters by status (`s`), service (`v`), "mine" (`m`) and "overdue" (`o`); overdue
/// rows and rows due within two days are marked "!!" and "!"; a summary line and, with `c`, a
/// weekly chart. Enter opens a request, where its status, assignee and notes change.
///
/// The lines come from the open-requests index (``Community/queueSnapshot(_:viewer:now:)``);
/// only the requests on screen are decoded, so the queue opens as fast with 5,000 open
/// requests as with 5.
final class QueueScreen: Screen {
  enum Action {
    case open, status, service, mine, overdue, clear, chart, search, nextMatch, previousMatch
    case reload
  }

  /// The statuses `s` steps through: `nil` (all open), then each open status.
  static let statusFilters: [RequestStatus?] =
    [nil] + RequestStatus.allCases.filter(\.isOpen).map { Optional($0) }

  /// The queue's lines under the current filters.
  private(set) var rows: [QueueRow] = []
  /// Requests decoded for drawing (a paused clock's days left live in the request), by number.
  private var records: [String: ServiceRequest] = [:]
  private(set) var filter = RequestFilter(openOnly: true)
  var lookup: RequestLookup
  var summary: QueueSummary?
  var list = ListView()
  var search = ListSearch()
  /// `nil` until `c` is pressed: until then the chart shows on screens large enough for it.
  var chartChoice: Bool?
  /// Whether the last frame showed the chart, so `c` hides what is seen and shows what is not.
  var chartShown = false
  /// Loaded when the chart is first shown, and again on reload while it shows.
  var weeks: [WeeklyCount]?
  private let serviceCodes: [String]
  private let keymap: Keymap<Action>
  let strings: Strings
  private let navigationHelp: [KeyHint]

  init(context: AppContext) {
    strings = context.strings
    lookup = RequestLookup(context: context)
    serviceCodes = lookup.services.keys.sorted()
    navigationHelp = ListSearch.navigationHelp(context: context)
    keymap = QueueScreen.keymap(context.strings)
    reload(context: context)
  }

  static func keymap(_ text: Strings) -> Keymap<Action> {
    Keymap([
      .init([.enter], .open, hint: text["hint.open"], help: text["help.requests.open"]),
      .init([.character("s")], .status, hint: text["hint.status"], help: text["help.queue.status"]),
      .init(
        [.character("o")], .overdue, hint: text["hint.overdue"], help: text["help.queue.overdue"]),
      .init([.character("m")], .mine, hint: text["hint.mine"], help: text["help.queue.mine"]),
      .init(
        [.character("v")], .service, hint: text["hint.service"], help: text["help.queue.service"]),
      .init([.character("c")], .chart, hint: text["hint.chart"], help: text["help.queue.chart"]),
      .init([.character("x")], .clear, help: text["help.queue.clear"]),
      .init([.character("/")], .search, help: text["help.queue.search"]),
      .init([.character("n")], .nextMatch, help: text["help.search.next"]),
      .init([.character("N")], .previousMatch, help: text["help.search.previous"]),
      .init([.character("r")], .reload, help: text["help.reload"]),
    ])
  }

  var title: String { strings["queue.heading"] }
  var hints: [KeyHint] { search.isTyping ? search.hints : keymap.hints }
  var helpLines: [KeyHint] { keymap.helpLines + navigationHelp }
  var isEditingText: Bool { search.isTyping }

  func refresh(context: AppContext) { reload(context: context) }

  /// Reads the queue again under the current filters, keeping the selected request selected.
  func reload(context: AppContext) {
    lookup = RequestLookup(context: context)
    let selected = list.selection.flatMap { $0 < rows.count ? rows[$0].number : nil }
    let snapshot = try? context.community.queueSnapshot(
      filter, viewer: context.viewer, now: context.now())
    rows = snapshot?.rows ?? []
    summary = snapshot?.summary
    records = [:]
    if weeks != nil { loadChart(context: context) }
    list = ListView(
      count: rows.count, selection: rows.firstIndex { $0.number == selected } ?? 0,
      pageSize: list.pageSize)
    search.update(matches(search.query))
  }

  func loadChart(context: AppContext) {
    weeks = try? context.community.weeklyCounts(viewer: context.viewer, now: context.now())
  }

  private func matches(_ query: String) -> [Int] {
    guard !query.isEmpty else { return [] }
    return rows.indices.filter { index in
      let row = rows[index]
      return [
        row.number, lookup.name(row.applicant), lookup.serviceName(row.serviceCode),
        row.serviceCode, row.assignee.map(lookup.name) ?? "",
      ].contains { ListSearch.contains($0, query) }
    }
  }

  /// The request on line `index`, decoded on first use.
  func record(at index: Int, context: AppContext) -> ServiceRequest? {
    guard rows.indices.contains(index) else { return nil }
    let number = rows[index].number
    if let cached = records[number] { return cached }
    let request = try? context.community.request(number: number, viewer: context.viewer)
    records[number] = request
    return request
  }

  func handle(_ key: Key, context: AppContext) -> Navigation {
    if search.isTyping {
      if let query = search.handle(key) {
        search.update(matches(query))
        if let first = search.current { list.select(first) }
      }
      return .stay
    }
    guard let action = keymap.action(for: key) else {
      list.handle(key)
      return .stay
    }
    return perform(action, context: context)
  }

  private func perform(_ action: Action, context: AppContext) -> Navigation {
    switch action {
    case .open:
      guard let index = list.selection, let request = record(at: index, context: context) else {
        return .stay
      }
      return .push(RequestDetailScreen(request: request, context: context))
    case .status:
      let position = QueueScreen.statusFilters.firstIndex(of: filter.status) ?? 0
      filter.status = QueueScreen.statusFilters[(position + 1) % QueueScreen.statusFilters.count]
    case .service:
      let all: [String?] = [nil] + serviceCodes.map { Optional($0) }
      let position = all.firstIndex(of: filter.serviceCode) ?? 0
      filter.serviceCode = all[(position + 1) % all.count]
    case .mine: filter.mineOnly.toggle()
    case .overdue: filter.overdueOnly.toggle()
    case .clear: filter = RequestFilter(openOnly: true)
    case .chart:
      chartChoice = !chartShown
      if chartChoice == true && weeks == nil { loadChart(context: context) }
      return .stay
    case .search:
      search.begin()
      return .stay
    case .nextMatch, .previousMatch:
      if let index = search.step(forward: action == .nextMatch) { list.select(index) }
      return .stay
    case .reload: break
    }
    reload(context: context)
    return .status(strings.format("queue.shown", rows.count))
  }

  /// The active filters in words, or "no filters".
  var filterText: String {
    var parts: [String] = []
    if let status = filter.status {
      parts.append(strings.format("queue.filter.status", lookup.status(status)))
    }
    if let code = filter.serviceCode { parts.append(strings.format("queue.filter.service", code)) }
    if filter.mineOnly { parts.append(strings["queue.filter.mine"]) }
    if filter.overdueOnly { parts.append(strings["queue.filter.overdue"]) }
    return parts.isEmpty ? strings["queue.filter.none"] : parts.joined(separator: " · ")
  }
}
