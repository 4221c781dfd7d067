import Foundation

extension Collection {
  /// The size of the journal file: it grows with every write, so derived data outside the
  /// collection (the search index) can tell whether it has seen every write by comparing it
  /// with the size it stored.
  ///
  /// The file rather than the `state` mark, because a write cut short by a crash leaves lines
  /// past the mark that the next write replays: they count as data the index has not seen.
  package func journalFileSize() throws(StoreError) -> Int {
    guard let file = try openForReading(journalPath) else { return 0 }
    return try file.size()
  }

  /// Every live record, read in one sequential pass over the journal: the latest version of
  /// each key, deletions applied, in the order keys were first written.
  ///
  /// For rebuilding derived data from scratch; it costs a read of the whole journal, so call
  /// it under the directory's read lock and never on a path that runs at every start-up.
  package func allRecords() throws(StoreError) -> [Record] {
    guard let file = try openForReading(journalPath) else { return [] }
    // Every whole line, those a crashed write left past the `state` mark included: the next
    // write replays them. A torn last line (no newline) is never a record, so it is skipped.
    let bytes = try file.readAll()
    var order: [String] = []
    var seen = Set<String>()
    var latest: [String: Record] = [:]
    var start = 0
    var line = 0
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
      line += 1
      let envelope = try decodeEnvelope(Array(bytes[start..<index]), line: line)
      start = index + 1
      if let record = envelope.record {
        latest[envelope.key] = record
        if seen.insert(envelope.key).inserted { order.append(envelope.key) }
      } else {
        latest[envelope.key] = nil
      }
    }
    return order.compactMap { latest[$0] }
  }
}
