import CommunityCore
import Foundation

/// How close a request is to its statutory deadline, as the lists mark it.
enum RequestUrgency: Equatable {
  /// Open and past its due date.
  case overdue
  /// Open and due within two days (today included).
  case soon
  /// Open with time to spare.
  case onTime
  /// Waiting for documents: the deadline clock is stopped.
  case paused
  /// Issued, refused or withdrawn.
  case closed

  /// The marker before a row, readable without colour (`NO_COLOR`).
  var marker: String {
    switch self {
    case .overdue: "!!"
    case .soon: "! "
    case .onTime, .paused, .closed: "  "
    }
  }

  /// The style of the marker, the due date and the days left.
  var style: Style {
    switch self {
    case .overdue: .danger
    case .soon: .warning
    case .paused, .closed: .muted
    case .onTime: .normal
    }
  }
}

/// What the request screens look up while drawing.
///
/// The services by code, people's names, the deadline calendar and today's date; built once per reload, not once per row.
struct RequestLookup {
  let services: [String: Service]
  let names: [String: String]
  let calendar: DeadlineCalendar
  let today: LocalDate
  let strings: Strings

  init(context: AppContext) {
    strings = context.strings
    let catalog = (try? context.community.listServices()) ?? []
    services = Dictionary(catalog.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    let accounts = (try? context.community.allAccounts()) ?? []
    let english = context.strings.language == "en"
    names = Dictionary(
      accounts.map { ($0.id, english ? ($0.nameEn ?? $0.name) : $0.name) },
      uniquingKeysWith: { first, _ in first })
    let zone = (try? context.community.meta().zone) ?? .gmt
    calendar = (try? context.community.deadlineCalendar()) ?? DeadlineCalendar(timeZone: zone)
    today =
      LocalDate(date: context.now(), timeZone: zone) ?? LocalDate(year: 2026, month: 1, day: 1)
  }

  /// The service's name in the interface language, or its code when it left the catalog.
  func serviceName(_ code: String) -> String {
    guard let service = services[code] else { return code }
    return strings.language == "en" ? (service.nameEn ?? service.name) : service.name
  }

  /// A person's name for an account id (the id itself for an unknown account).
  func name(_ id: String) -> String { names[id] ?? id }

  func urgency(of request: ServiceRequest) -> RequestUrgency {
    urgency(status: request.status, dueDate: request.dueDate)
  }

  func urgency(status: RequestStatus, dueDate: LocalDate) -> RequestUrgency {
    guard status.isOpen else { return .closed }
    if status == .needsDocuments { return .paused }
    let days = today.days(until: dueDate)
    if days < 0 { return .overdue }
    return days <= 2 ? .soon : .onTime
  }

  /// Days until the due date in calendar days, negative when overdue; while the clock is
  /// stopped, the days that were left when it stopped.
  func daysLeft(of request: ServiceRequest) -> Int {
    if request.status == .needsDocuments, let left = request.daysLeftWhenStopped { return left }
    return today.days(until: request.dueDate)
  }

  /// "3 дн.", "сьогодні", "прострочено 2 дн.", "зупинено: 4 дн." or "—" for a closed request.
  func daysLeftText(_ request: ServiceRequest) -> String {
    let left = daysLeft(of: request)
    switch urgency(of: request) {
    case .closed: return "—"
    case .paused: return strings.format("requests.left.paused", left)
    case .overdue: return strings.format("requests.left.overdue", -left)
    case .soon, .onTime:
      return left == 0 ? strings["requests.left.today"] : strings.format("requests.left.days", left)
    }
  }

  /// A due date as the interface shows dates ("02.12.2026").
  static func dateText(_ date: LocalDate) -> String {
    func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(pad(date.day)).\(pad(date.month)).\(date.year)"
  }

  func status(_ status: RequestStatus) -> String {
    RequestText.status(status, strings)
  }
}
