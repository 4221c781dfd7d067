import Foundation

@testable import CommunityCore

/// A fresh directory under the system temporary folder, removed by `remove()`.
struct SearchTemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("hromada-search-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  func remove() {
    try? FileManager.default.removeItem(at: url)
  }
}

/// Helpers shared by the search tests.
enum SearchTestSupport {
  /// Folds `text` into tokens the way the index does.
  static func tokens(_ text: String) -> [String] {
    var copy = text
    var result: [String] = []
    copy.withUTF8 { utf8 in
      var scanner = SearchTokenScanner(utf8)
      var folded: [UInt8] = []
      while scanner.next(into: &folded) != nil {
        result.append(String(decoding: folded, as: UTF8.self))
      }
    }
    return result
  }

  /// The stem the index stores for a single word.
  static func stem(_ word: String) -> String {
    guard let token = tokens(word).first else { return "" }
    let bytes = Array(token.utf8)
    return String(decoding: bytes[0..<TermAnalyzer.stemLength(of: bytes)], as: UTF8.self)
  }

  /// A news item with the given title and body.
  static func news(_ id: String, _ title: String, _ body: String = "") -> SearchDocument {
    SearchDocument(kind: .news, id: id, title: title, body: body)
  }

  /// The ids of the hits of a guest's search.
  static func ids(
    _ index: SearchIndex, _ query: String, viewer: SearchViewer = .guest
  ) throws -> [String] {
    try index.search(query, viewer: viewer, options: SearchOptions(limit: 100)).hits.map(\.id)
  }
}
