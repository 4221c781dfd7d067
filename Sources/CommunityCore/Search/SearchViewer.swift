/// Who is searching, which decides whether requests appear in the results.
package enum SearchViewer: Sendable, Hashable {
  /// Someone not signed in: sees no requests.
  case guest
  /// A signed-in resident: sees only the requests whose `ownerID` is this id.
  case resident(id: String)
  /// An official: sees every request.
  case official

  /// Tells whether this viewer may see a document of `kind` owned by `ownerID`.
  func maySee(kind: SearchKind, ownerID: String?) -> Bool {
    guard kind == .request else { return true }
    switch self {
    case .guest: return false
    case .official: return true
    case .resident(let id): return ownerID == id
    }
  }
}
