import CommunityCore
import Foundation

/// The words the request screens use for statuses and for what CommunityCore refuses.
enum RequestText {
  /// A status in the interface language ("на розгляді").
  static func status(_ status: RequestStatus, _ strings: Strings) -> String {
    strings["request.status.\(status.rawValue)"]
  }

  /// A person-readable text for an error from a request operation, in the interface language;
  /// errors of other areas fall back to ``AppContext/describe(_:)``.
  static func describe(_ error: any Error, context: AppContext) -> String {
    let strings = context.strings
    guard let request = error as? RequestError else { return context.describe(error) }
    switch request {
    case .forbiddenMove(let number, let from, let to, let allowed):
      let moves =
        allowed.isEmpty
        ? strings["request.error.final"]
        : allowed.map { "«" + status($0, strings) + "»" }.joined(separator: ", ")
      return strings.format(
        "request.error.forbiddenMove", number, status(from, strings), status(to, strings), moves)
    case .reasonRequired: return strings["request.error.reasonRequired"]
    case .documentsNoteRequired: return strings["request.error.documentsNoteRequired"]
    case .notFound(let number): return strings.format("request.error.notFound", number)
    case .unknownService(let code): return strings.format("request.error.unknownService", code)
    case .cannotWithdraw(let number, let current):
      return strings.format("request.error.cannotWithdraw", number, status(current, strings))
    }
  }
}
