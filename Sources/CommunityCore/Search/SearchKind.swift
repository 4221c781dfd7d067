/// The kind of record a search document stands for; one index holds them all.
package enum SearchKind: String, Sendable, CaseIterable, Hashable, Codable {
  case news
  case service
  case proposal
  case practice
  case request

  /// The byte that stands for this kind in the index files; never renumber a case.
  var code: UInt8 {
    switch self {
    case .news: 1
    case .service: 2
    case .proposal: 3
    case .practice: 4
    case .request: 5
    }
  }

  /// Decodes the byte written by `code`, or returns nil for a byte no kind uses.
  init?(code: UInt8) {
    switch code {
    case 1: self = .news
    case 2: self = .service
    case 3: self = .proposal
    case 4: self = .practice
    case 5: self = .request
    default: return nil
    }
  }
}
