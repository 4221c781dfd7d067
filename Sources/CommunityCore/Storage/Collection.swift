import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A durable, append-only collection of records: a JSON Lines journal plus derived indexes.
///
/// Layout in `<data>/<name>/`:
/// - `records.jsonl` — every version of every record, one JSON object a line, never rewritten;
/// - `keys/XXX.idx` — 4,096 hashed buckets mapping a key to its latest line, so one lookup
///   reads about n/4096 short lines instead of the collection;
/// - `views/<view>/<bucket>.idx` — secondary indexes listing what a screen shows;
/// - `state` — how far the indexes cover the journal (a crash after a journal append is
///   repaired on the next write by replaying the tail).
package final class Collection<Record: StoredRecord>: Sendable {
  package let name: String
  package let directory: String
  /// Personal data (accounts, requests, ballots) is readable by its owner only.
  package let isPersonal: Bool
  package let views: [ViewDefinition<Record>]

  package init(root: String, name: String, personal: Bool, views: [ViewDefinition<Record>]) {
    self.name = name
    self.directory = root + "/" + name
    self.isPersonal = personal
    self.views = views
  }

  var journalPath: String { directory + "/records.jsonl" }
  var statePath: String { directory + "/state" }
  var fileMode: mode_t { isPersonal ? 0o600 : 0o644 }
  var folderMode: mode_t { isPersonal ? 0o700 : 0o755 }

  func keyBucketPath(for key: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    let bucket = String(hash % 4096, radix: 16)
    return directory + "/keys/" + String(repeating: "0", count: 3 - bucket.count) + bucket + ".idx"
  }

  func viewDirectory(_ view: String) -> String { directory + "/views/" + view }

  func viewBucketPath(view: String, bucket: String) -> String {
    viewDirectory(view) + "/" + BucketName.fileName(for: bucket) + ".idx"
  }

  // MARK: Reading

  /// The latest version of the record stored under `key`, or `nil` when there is none.
  package func get(_ key: String) throws(StoreError) -> Record? {
    guard let pointer = try pointer(for: key) else { return nil }
    return try record(at: pointer)
  }

  /// Where the latest version of `key` lives, from its key-index bucket.
  package func pointer(for key: String) throws(StoreError) -> RecordPointer? {
    let entries = try readIndexFile(keyBucketPath(for: key))
    return entries.last(where: { $0.key == key })?.pointer
  }

  /// Decodes the record at a journal position, reporting the file and line if it is unreadable.
  package func record(at pointer: RecordPointer) throws(StoreError) -> Record {
    guard let file = try openForReading(journalPath) else {
      throw .corrupt(file: journalPath, line: pointer.line, reason: "the journal is missing")
    }
    let bytes = try file.read(at: pointer.offset, count: pointer.length)
    guard bytes.count == pointer.length else {
      throw .corrupt(
        file: journalPath, line: pointer.line,
        reason: "the file ends before this record (was it truncated?)")
    }
    let envelope = try decodeEnvelope(bytes, line: pointer.line)
    guard let record = envelope.record else {
      throw .corrupt(file: journalPath, line: pointer.line, reason: "expected a record here")
    }
    return record
  }

  /// The live entries of one view bucket: the latest line per key, removals dropped,
  /// ordered by sort key (ties by key).
  package func entries(view: String, bucket: String) throws(StoreError) -> [IndexEntry] {
    let lines = try readIndexFile(viewBucketPath(view: view, bucket: bucket))
    var latest: [IndexEntry] = []
    latest.reserveCapacity(lines.count)
    var position: [String: Int] = [:]
    position.reserveCapacity(lines.count)
    for entry in lines {
      if let earlier = position[entry.key] {
        latest[earlier] = entry
      } else {
        position[entry.key] = latest.count
        latest.append(entry)
      }
    }
    latest.removeAll { $0.pointer == nil }
    // Lines are mostly appended in sort order (news by date, requests by due date), so the
    // sort, the dearest step for a big bucket, is skipped when nothing is out of place.
    let inOrder = { (a: IndexEntry, b: IndexEntry) in (a.sortKey, a.key) < (b.sortKey, b.key) }
    if zip(latest, latest.dropFirst()).contains(where: { !inOrder($0, $1) }) {
      latest.sort(by: inOrder)
    }
    return latest
  }

  /// The names of the buckets a view has, sorted.
  package func buckets(view: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: viewDirectory(view))) ?? []
    return names.filter { $0.hasSuffix(".idx") }
      .map { BucketName.bucket(forFileName: String($0.dropLast(4))) }
      .sorted()
  }

  /// Reads many records, in the order of the pointers given.
  package func records(at pointers: [RecordPointer]) throws(StoreError) -> [Record] {
    var result: [Record] = []
    result.reserveCapacity(pointers.count)
    for pointer in pointers { result.append(try record(at: pointer)) }
    return result
  }

  // MARK: Helpers shared with writing and checking

  func openForReading(_ path: String) throws(StoreError) -> PosixFile? {
    do {
      return try PosixFile(path: path, flags: O_RDONLY)
    } catch {
      if errno == ENOENT { return nil }
      throw error
    }
  }

  /// Parses an index file; a last line without its newline is a torn append and is ignored
  /// (indexes are derived: the journal replay rewrites whatever a crash cut short).
  func readIndexFile(_ path: String) throws(StoreError) -> [IndexEntry] {
    guard let file = try openForReading(path) else { return [] }
    let bytes = try file.readAll()
    var entries: [IndexEntry] = []
    var lineNumber = 0
    var start = 0
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
      lineNumber += 1
      switch IndexEntry.parse(bytes[start..<index]) {
      case .success(let entry): entries.append(entry)
      case .failure(let failure):
        throw .corrupt(file: path, line: lineNumber, reason: failure.reason)
      }
      start = index + 1
    }
    return entries
  }

  func decodeEnvelope(_ bytes: [UInt8], line: Int) throws(StoreError) -> JournalEnvelope<Record> {
    do {
      return try JSONCoding.decoder().decode(JournalEnvelope<Record>.self, from: Data(bytes))
    } catch {
      throw .corrupt(file: journalPath, line: line, reason: JSONCoding.reason(for: error))
    }
  }

  func readState() throws(StoreError) -> CollectionState? {
    guard let file = try openForReading(statePath) else { return nil }
    return try CollectionState.parse(file.readAll(), file: statePath)
  }
}

/// Turns any bucket name (a month, an account id, a category in Cyrillic) into a safe file name.
enum BucketName {
  static func fileName(for bucket: String) -> String {
    var out = ""
    for byte in bucket.utf8 {
      let scalar = Unicode.Scalar(byte)
      if (byte < 0x80) && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
      {
        out.unicodeScalars.append(scalar)
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return out.isEmpty ? "%" : out
  }

  static func bucket(forFileName name: String) -> String {
    if name == "%" { return "" }
    var bytes: [UInt8] = []
    var index = name.startIndex
    while index < name.endIndex {
      if name[index] == "%", let end = name.index(index, offsetBy: 3, limitedBy: name.endIndex),
        let byte = UInt8(name[name.index(after: index)..<end], radix: 16)
      {
        bytes.append(byte)
        index = end
      } else {
        bytes += Array(String(name[index]).utf8)
        index = name.index(after: index)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
