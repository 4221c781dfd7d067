import Foundation

/// How far the search index has followed each indexed collection: the journal file size of
/// every one of them when the index last took in a write.
///
/// A journal only grows, so a stamp that differs from the collections' current one means some
/// write reached the store without reaching the index (an older Hromada, a crash between the
/// two, a failed index update), and the index has to be rebuilt. Comparing costs one `fstat`
/// per collection, however large the collections are.
package struct SearchSourceStamp: Sendable, Equatable {
  /// The journal file bytes by collection name.
  package var journalBytes: [String: Int]

  /// Creates a stamp.
  package init(journalBytes: [String: Int]) {
    self.journalBytes = journalBytes
  }

  /// The file's text: one collection a line, sorted, after a format line.
  var encoded: [UInt8] {
    var text = "hromada-search-sources 1\n"
    for name in journalBytes.keys.sorted() {
      text += "\(name) \(journalBytes[name] ?? 0)\n"
    }
    return Array(text.utf8)
  }

  /// Parses `encoded`; nil for anything else, which the caller treats as "rebuild".
  init?(decoding bytes: [UInt8]) {
    guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
    var lines = text.split(separator: "\n")
    guard lines.first == "hromada-search-sources 1" else { return nil }
    lines.removeFirst()
    var values: [String: Int] = [:]
    for line in lines {
      let words = line.split(separator: " ")
      guard words.count == 2, let bytes = Int(words[1]), bytes >= 0 else { return nil }
      values[String(words[0])] = bytes
    }
    journalBytes = values
  }
}
