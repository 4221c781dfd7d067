import Foundation

extension Collection {
  /// How many bytes of the journal the last committed write left: it grows with every write,
  /// so derived data outside the collection (the search index) can tell whether it has seen
  /// every write by comparing this number with the one it stored.
  package func committedJournalBytes() throws(StoreError) -> Int {
    try readState()?.journalBytes ?? 0
  }

  /// Every live record, read in one sequential pass over the journal: the latest version of
  /// each key, deletions applied, in the order keys were first written.
  ///
  /// For rebuilding derived data from scratch; it costs a read of the whole journal, so call
  /// it under the directory's read lock and never on a path that runs at every start-up.
  package func allRecords() throws(StoreError) -> [Record] {
    guard let file = try openForReading(journalPath) else { return [] }
    // Only committed bytes: a torn tail past the state mark is not a record yet.
    let committed = try committedJournalBytes()
    let bytes = try file.read(at: 0, count: committed)
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
