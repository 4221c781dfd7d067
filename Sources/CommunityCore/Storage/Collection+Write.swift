import Foundation

extension Collection {
  /// The record under `key` as this transaction sees it (its own writes included).
  package func get(_ key: String, in transaction: WriteTransaction) throws(StoreError) -> Record? {
    try prepare(transaction)
    if let pending = transaction.pendingRecord(collection: directory, key: key) {
      return pending as? Record
    }
    return try get(key)
  }

  /// Stores a new version of `record`, replacing any earlier one with the same key.
  package func put(_ record: Record, in transaction: WriteTransaction) throws(StoreError) {
    let old = try get(record.storageKey, in: transaction)
    guard let sequence = transaction.work(for: directory)?.state.sequence else { return }
    let envelope = JournalEnvelope(
      key: record.storageKey, seq: sequence, record: record, deleted: nil)
    let bytes: [UInt8]
    do {
      bytes = Array(try JSONCoding.encoder().encode(envelope))
    } catch {
      throw .io(file: journalPath, operation: "encode", reason: "\(error)")
    }
    guard let pointer = transaction.appendJournalLine(bytes, for: directory) else { return }
    applyDerived(key: record.storageKey, old: old, new: record, pointer: pointer, transaction)
  }

  /// Records that `key` no longer exists.
  package func delete(_ key: String, in transaction: WriteTransaction) throws(StoreError) {
    guard let old = try get(key, in: transaction) else { return }
    let line = "{\"deleted\":true,\"key\":\(Self.jsonString(key))}"
    guard transaction.appendJournalLine(Array(line.utf8), for: directory) != nil else { return }
    applyDerived(key: key, old: old, new: nil, pointer: nil, transaction)
  }

  /// Hands out the next number of this collection's sequence (news ids, request numbers).
  package func nextSequence(in transaction: WriteTransaction) throws(StoreError) -> Int {
    try prepare(transaction)
    return transaction.advanceSequence(for: directory) ?? 0
  }

  /// Appends the key-index and view lines for one change of `key`.
  private func applyDerived(
    key: String, old: Record?, new: Record?, pointer: RecordPointer?,
    _ transaction: WriteTransaction
  ) {
    for view in views {
      let before = old.flatMap(view.place)
      let after = new.flatMap(view.place)
      if let before, before.bucket != after?.bucket {
        let removal = IndexEntry(key: key, pointer: nil, sortKey: before.sortKey)
        transaction.appendDerived(
          removal.encoded, to: viewBucketPath(view: view.name, bucket: before.bucket),
          mode: fileMode, folderMode: folderMode)
      }
      if let after, let pointer {
        let entry = IndexEntry(key: key, pointer: pointer, sortKey: after.sortKey, tags: after.tags)
        transaction.appendDerived(
          entry.encoded, to: viewBucketPath(view: view.name, bucket: after.bucket),
          mode: fileMode, folderMode: folderMode)
      }
    }
    transaction.appendDerived(
      IndexEntry(key: key, pointer: pointer).encoded, to: keyBucketPath(for: key),
      mode: fileMode, folderMode: folderMode)
    transaction.setPendingRecord(new, collection: directory, key: key)
  }

  /// On first touch: reads the state mark and replays any journal tail a crash left behind.
  private func prepare(_ transaction: WriteTransaction) throws(StoreError) {
    if transaction.work(for: directory) != nil { return }
    let state = try readState() ?? .empty
    let journal = try openForReading(journalPath)
    let size = try journal?.size() ?? 0
    guard size >= state.journalBytes else {
      throw .corrupt(
        file: journalPath, line: lineWhereJournalEnds(),
        reason: "it holds \(size) bytes but \(state.journalBytes) were written: it was truncated")
    }
    if let journal { try verifyLastCommittedLine(of: journal, state: state) }
    var work = WriteTransaction.JournalWork(
      journalPath: journalPath, statePath: statePath, directory: directory, mode: fileMode,
      folderMode: folderMode, committedBytes: size, state: state)
    transaction.setWork(work, for: directory)
    guard size > state.journalBytes, let file = journal else { return }
    let tail = try file.read(at: state.journalBytes, count: size - state.journalBytes)
    var start = 0
    var replayed = state
    for index in tail.indices where tail[index] == UInt8(ascii: "\n") {
      let line = replayed.journalLines + 1
      let envelope = try decodeEnvelope(Array(tail[start..<index]), line: line)
      let pointer = RecordPointer(
        offset: state.journalBytes + start, length: index - start, line: line)
      let old = try get(envelope.key, in: transaction)
      applyDerived(
        key: envelope.key, old: old, new: envelope.record,
        pointer: envelope.record.map { _ in pointer },
        transaction)
      replayed.journalBytes = state.journalBytes + index + 1
      replayed.journalLines = line
      replayed.sequence = max(replayed.sequence, envelope.seq ?? 0)
      start = index + 1
    }
    work.state = replayed
    work.stateChanged = true
    if replayed.journalBytes < size {
      work.truncateTo = replayed.journalBytes
      work.committedBytes = replayed.journalBytes
    }
    transaction.setWork(work, for: directory)
  }

  /// Decodes the last line the indexes cover.
  ///
  /// A write thus refuses a journal whose end was damaged (a hand edit, a bad copy) instead of
  /// appending after it. It reads that one line only, so the cost does not grow with the
  /// journal; `hromada doctor` checks every line.
  private func verifyLastCommittedLine(of journal: PosixFile, state: CollectionState)
    throws(StoreError)
  {
    guard state.journalBytes > 0 else { return }
    let newline = UInt8(ascii: "\n")
    let end = state.journalBytes - 1
    var window = 4096
    while true {
      let from = max(0, end - window)
      let chunk = try journal.read(at: from, count: end - from + 1)
      guard chunk.last == newline else {
        throw .corrupt(
          file: journalPath, line: state.journalLines,
          reason: "the line does not end where the state file says (was the file edited?)")
      }
      let body = chunk.dropLast()
      if let previous = body.lastIndex(of: newline) {
        _ = try decodeEnvelope(Array(body[(previous + 1)...]), line: state.journalLines)
        return
      }
      if from == 0 {
        _ = try decodeEnvelope(Array(body), line: state.journalLines)
        return
      }
      window *= 4
    }
  }

  /// The line a truncated journal is cut at, for the error message (read only on that path).
  private func lineWhereJournalEnds() -> Int? {
    guard let file = try? openForReading(journalPath), let bytes = try? file.readAll() else {
      return nil
    }
    return bytes.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
  }

  private static func jsonString(_ text: String) -> String {
    let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
    return String(decoding: data, as: UTF8.self)
  }
}
