import CommunityCore
import Foundation

/// The services catalog: code, name, fee and term; Enter shows the full card, `f` files a
/// request (residents), `r` opens a resident's own requests or the officials' queue.
package final class ServicesScreen: Screen {
  enum Action {
    case open, search, nextMatch, previousMatch, file, requests
  }

  private var services: [Service] = []
  private var list = ListView()
  private var search = ListSearch()
  private var keymap: Keymap<Action>
  private let strings: Strings

  package init(context: AppContext) {
    strings = context.strings
    keymap = Keymap([
      .init([.enter], .open, hint: strings["hint.open"], help: strings["help.services.open"]),
      .init(
        [.character("/")], .search, hint: strings["hint.search"],
        help: strings["help.services.search"]),
      .init([.character("n")], .nextMatch, help: strings["help.search.next"]),
      .init([.character("N")], .previousMatch, help: strings["help.search.previous"]),
    ])
    let viewer = context.viewer
    keymap.bind(
      [.character("f")], to: .file, hint: viewer.isResident ? strings["hint.file"] : nil,
      help: strings["help.services.file"])
    keymap.bind(
      [.character("r")], to: .requests,
      hint: viewer.isResident
        ? strings["hint.myRequests"] : (viewer.isOfficial ? strings["hint.queue"] : nil),
      help: strings["help.services.requests"])
    services = (try? context.community.listServices()) ?? []
    list = ListView(count: services.count)
  }

  package var title: String { strings["section.services"] }
  package var hints: [KeyHint] { search.isTyping ? search.hints : keymap.hints }
  package var helpLines: [KeyHint] { keymap.helpLines }
  package var isEditingText: Bool { search.isTyping }

  package func handle(_ key: Key, context: AppContext) -> Navigation {
    if search.isTyping {
      if let query = search.handle(key) {
        search.update(
          services.indices.filter {
            ListSearch.contains(services[$0].name, query)
              || ListSearch.contains(services[$0].code, query)
              || ListSearch.contains(services[$0].nameEn ?? "", query)
              || services[$0].keywords.contains { ListSearch.contains($0, query) }
          })
        if let first = search.current { list.select(first) }
      }
      return .stay
    }
    switch keymap.action(for: key) {
    case .open?:
      guard let index = list.selection else { return .stay }
      return .push(ServiceCardScreen(service: services[index], context: context))
    case .file?:
      guard let index = list.selection else { return .stay }
      return RequestEntry.file(services[index], context: context)
    case .requests?:
      return RequestEntry.requests(context: context)
    case .search?: search.begin()
    case .nextMatch?, .previousMatch?:
      if let index = search.step(forward: keymap.action(for: key) == .nextMatch) {
        list.select(index)
      }
    case nil: list.handle(key)
    }
    return .stay
  }

  package func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    canvas.fill(rect.top(1), style: .title)
    canvas.put(" " + strings["services.heading"], row: rect.row, column: 0, style: .title)
    let columns =
      " " + DisplayWidth.pad(strings["services.column.code"], to: 7)
      + DisplayWidth.pad(strings["services.column.fee"], to: 13)
      + DisplayWidth.pad(strings["services.column.term"], to: 18) + strings["services.column.name"]
    canvas.put(
      columns, row: rect.row + 1, column: 0, style: .muted.adding(.bold), maxWidth: rect.width)
    var body = rect.droppingTop(2)
    if search.isActive {
      search.render(into: &canvas, row: body.bottom - 1, width: rect.width, strings: strings)
      body = body.droppingBottom(1)
    }
    list.pageSize = body.height
    let highlighted = Set(search.matches)
    list.render(into: &canvas, in: body) { index, _, width in
      let service = self.services[index]
      let name = DisplayWidth.clip(
        ServiceCardText.name(service, self.strings), to: max(1, width - 39), ellipsis: true)
      return [
        Segment(" " + DisplayWidth.pad(service.code, to: 7), style: .muted),
        Segment(DisplayWidth.pad(ServiceCardText.fee(service.fee, self.strings), to: 13)),
        Segment(
          DisplayWidth.pad(ServiceCardText.term(service.term, self.strings), to: 18), style: .muted),
        Segment(name, style: highlighted.contains(index) ? .accent : .normal),
      ]
    }
  }
}
