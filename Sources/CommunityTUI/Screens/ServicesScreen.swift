import CommunityCore
import Foundation

/// The services catalog: code, name, fee and term; Enter shows the full card.
package final class ServicesScreen: Screen {
  enum Action {
    case open, search, nextMatch, previousMatch
  }

  private var services: [Service] = []
  private var list = ListView()
  private var search = ListSearch()
  private let keymap: Keymap<Action>
  private let strings: Strings

  package init(context: AppContext) {
    strings = context.strings
    keymap = Keymap([
      .init([.enter], .open, hint: strings["hint.open"], help: strings["help.services.open"]),
      .init([.character("/")], .search, hint: strings["hint.search"], help: strings["help.services.search"]),
      .init([.character("n")], .nextMatch, help: strings["help.search.next"]),
      .init([.character("N")], .previousMatch, help: strings["help.search.previous"]),
    ])
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
            ListSearch.contains(services[$0].name, query) || ListSearch.contains(services[$0].code, query)
              || services[$0].keywords.contains { ListSearch.contains($0, query) }
          })
        if let first = search.current { list.select(first) }
      }
      return .stay
    }
    switch keymap.action(for: key) {
    case .open?:
      guard let index = list.selection else { return .stay }
      return .push(ServiceCardText.screen(services[index], context: context))
    case .search?: search.begin()
    case .nextMatch?, .previousMatch?:
      if let index = search.step(forward: keymap.action(for: key) == .nextMatch) { list.select(index) }
    case nil: list.handle(key)
    }
    return .stay
  }

  package func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    canvas.fill(rect.top(1), style: .title)
    canvas.put(" " + strings["services.heading"], row: rect.row, column: 0, style: .title)
    var body = rect.droppingTop(1)
    if search.isActive {
      search.render(into: &canvas, row: body.bottom - 1, width: rect.width, strings: strings)
      body = body.droppingBottom(1)
    }
    list.pageSize = body.height
    let highlighted = Set(search.matches)
    list.render(into: &canvas, in: body) { index, _, _ in
      let service = self.services[index]
      let name = self.strings.language == "en" ? (service.nameEn ?? service.name) : service.name
      return [
        Segment(" " + DisplayWidth.pad(service.code, to: 7), style: .muted),
        Segment(DisplayWidth.pad(ServiceCardText.fee(service.fee, self.strings), to: 13)),
        Segment(DisplayWidth.pad(ServiceCardText.term(service.term, self.strings), to: 18), style: .muted),
        Segment(name, style: highlighted.contains(index) ? .accent : .normal),
      ]
    }
  }
}

/// How a service card reads in the interface.
enum ServiceCardText {
  static func fee(_ fee: ServiceFee?, _ strings: Strings) -> String {
    fee.map { strings.format("services.fee", $0.amount.description) } ?? strings["services.free"]
  }

  static func term(_ term: ServiceTerm, _ strings: Strings) -> String {
    switch term {
    case .sameDay: strings["services.sameDay"]
    case .workingDays(let days): strings.format("services.workingDays", days)
    case .calendarDays(let days): strings.format("services.calendarDays", days)
    }
  }

  static func screen(_ service: Service, context: AppContext) -> any Screen {
    let strings = context.strings
    var body = service.description + "\n\n" + strings["services.documents"] + "\n"
    body += service.documents.map { "• " + $0 }.joined(separator: "\n")
    body += "\n\n" + strings["services.result"] + " " + service.result
    if let note = service.fee?.note { body += "\n\n" + strings["services.feeNote"] + " " + note }
    return TextDetailScreen(
      heading: service.name,
      facts: [
        service.code + " · " + fee(service.fee, strings) + " · " + term(service.term, strings),
        service.department,
      ],
      body: body, context: context)
  }
}
