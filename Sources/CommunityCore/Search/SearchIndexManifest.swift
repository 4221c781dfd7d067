import Foundation

/// The list of files that make up the index at one moment; renaming a new one in commits.
///
/// A small text file, so a person can read it when something goes wrong:
///
///     hromada-search 1
///     generation 12
///     journal journal-000012.log
///     segment seg-000003.seg 110000 del-000011.seg-000003
///     segment seg-000011.seg 412 -
///     crc 1a2b3c4d
///
/// Every file named is immutable except the journal; each new file takes the generation
/// number in its name, so a name is never reused.
struct SearchIndexManifest: Sendable, Equatable {
  /// One segment and its deletions.
  struct Segment: Sendable, Equatable {
    /// The segment file name.
    var name: String
    /// Its number of documents, deleted ones included.
    var documentCount: Int
    /// The file of deleted document numbers, or nil when none are deleted.
    var deletions: String?

    /// Creates an entry.
    init(name: String, documentCount: Int, deletions: String? = nil) {
      self.name = name
      self.documentCount = documentCount
      self.deletions = deletions
    }
  }

  /// The file name of the manifest in the index directory.
  static let fileName = "MANIFEST"

  /// Increases with every manifest written.
  var generation: Int
  /// The journal holding writes newer than every segment.
  var journal: String
  /// The segments, oldest first.
  var segments: [Segment]

  /// Renders the manifest as text with a checksum line.
  func encoded() -> [UInt8] {
    var text = "hromada-search 1\ngeneration \(generation)\njournal \(journal)\n"
    for segment in segments {
      text += "segment \(segment.name) \(segment.documentCount) \(segment.deletions ?? "-")\n"
    }
    let checksum = SearchCRC32.checksum(Array(text.utf8))
    text += "crc \(String(checksum, radix: 16))\n"
    return Array(text.utf8)
  }

  /// Parses a manifest, checking its checksum and that every name is a plain file name.
  static func decode(_ bytes: [UInt8], file: String) throws(SearchError) -> SearchIndexManifest {
    guard let text = String(validating: bytes, as: UTF8.self),
      let crcRange = text.range(of: "crc ", options: .backwards)
    else { throw .corrupt(file, "not a manifest") }
    let body = String(text[..<crcRange.lowerBound])
    let stamped = text[crcRange.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
    guard UInt32(stamped, radix: 16) == SearchCRC32.checksum(Array(body.utf8)) else {
      throw .corrupt(file, "checksum mismatch")
    }
    var generation: Int?
    var journal: String?
    var segments: [Segment] = []
    for (number, line) in body.split(separator: "\n").enumerated() {
      let words = line.split(separator: " ").map(String.init)
      let place = "line \(number + 1)"
      switch words.first {
      case "hromada-search":
        guard words.count == 2, words[1] == "1" else {
          throw .corrupt(file, "\(place): unsupported format version")
        }
      case "generation":
        generation = words.count == 2 ? Int(words[1]) : nil
      case "journal":
        journal = words.count == 2 && isPlainName(words[1]) ? words[1] : nil
      case "segment":
        guard words.count == 4, isPlainName(words[1]), let count = Int(words[2]), count >= 0,
          words[3] == "-" || isPlainName(words[3])
        else { throw .corrupt(file, "\(place): malformed segment entry") }
        segments.append(
          Segment(
            name: words[1], documentCount: count,
            deletions: words[3] == "-" ? nil : words[3]))
      default:
        throw .corrupt(file, "\(place): unknown entry")
      }
    }
    guard let generation, let journal else { throw .corrupt(file, "missing generation or journal") }
    return SearchIndexManifest(generation: generation, journal: journal, segments: segments)
  }

  /// Tells whether `name` names a file in the directory and nothing outside it.
  private static func isPlainName(_ name: String) -> Bool {
    !name.isEmpty && !name.contains("/") && name != "." && name != ".."
  }
}
