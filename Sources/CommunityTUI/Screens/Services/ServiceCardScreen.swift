import CommunityCore
import Foundation

/// A service's full card (description, documents, result, fee, department); `f` files a
/// request for it.
final class ServiceCardScreen: Screen {
  enum Action {
    case file
  }

  private let service: Service
  private let page: TextDetailScreen
  private let keymap: Keymap<Action>
  private let strings: Strings

  init(service: Service, context: AppContext) {
    self.service = service
    strings = context.strings
    page = ServiceCardText.page(service, context: context)
    keymap = Keymap([
      .init(
        [.character("f")], .file, hint: context.viewer.isResident ? strings["hint.file"] : nil,
        help: strings["help.services.file"])
    ])
  }

  var title: String { page.title }
  var hints: [KeyHint] { keymap.hints + page.hints }
  var helpLines: [KeyHint] { keymap.helpLines + page.helpLines }

  func handle(_ key: Key, context: AppContext) -> Navigation {
    if keymap.action(for: key) == .file {
      return RequestEntry.file(service, context: context)
    }
    return page.handle(key, context: context)
  }

  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    page.render(into: &canvas, in: rect, context: context)
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

  /// The service's name in the interface language.
  static func name(_ service: Service, _ strings: Strings) -> String {
    strings.language == "en" ? (service.nameEn ?? service.name) : service.name
  }

  static func page(_ service: Service, context: AppContext) -> TextDetailScreen {
    let strings = context.strings
    var body = service.description + "\n\n" + strings["services.documents"] + "\n"
    body += service.documents.map { "• " + $0 }.joined(separator: "\n")
    body += "\n\n" + strings["services.result"] + " " + service.result
    if let note = service.fee?.note { body += "\n\n" + strings["services.feeNote"] + " " + note }
    return TextDetailScreen(
      heading: name(service, strings),
      facts: [
        service.code + " · " + fee(service.fee, strings) + " · " + term(service.term, strings),
        service.department,
      ],
      body: body, context: context)
  }
}

/// Where the services section leads to requests, with the reason when the viewer may not go.
enum RequestEntry {
  /// The filing form for residents; for guests and officials, a status line saying why not.
  static func file(_ service: Service, context: AppContext) -> Navigation {
    switch context.viewer {
    case .guest: return .status(context.strings["requests.fileGuest"])
    case .account(let account) where account.role == .official:
      return .status(context.strings["requests.fileOfficial"])
    case .account: return .push(RequestFormScreen(service: service, context: context))
    }
  }

  /// "My requests" for a resident, the queue for an official; guests are told why not.
  static func requests(context: AppContext) -> Navigation {
    switch context.viewer {
    case .guest: return .status(context.strings["requests.guest"])
    case .account(let account) where account.role == .official:
      return .push(QueueScreen(context: context))
    case .account: return .push(MyRequestsScreen(context: context))
    }
  }
}
