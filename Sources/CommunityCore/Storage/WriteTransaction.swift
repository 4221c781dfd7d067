import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A set of writes to one data directory, made durable together when the transaction commits.
///
/// Commit order is what makes a `kill -9` at any moment safe: first every journal append is
/// written and fsynced, then the derived index lines, and only then each collection's `state`
/// mark. A crash before the mark leaves a journal tail that the next writer replays into the
/// indexes; a torn last journal line (never acknowledged) is cut off then.
package final class WriteTransaction {
  /// Whether commits fsync; only generated benchmark fixtures turn this off.
  let durable: Bool
  private var journals: [String: JournalWork] = [:]
  private var journalOrder: [String] = []
  private var derived: [String: (bytes: [UInt8], mode: mode_t, folderMode: mode_t)] = [:]
  private var derivedOrder: [String] = []
  private var pendingRecords: [String: [String: Any]] = [:]

  init(durable: Bool) {
    self.durable = durable
  }

  /// What one collection has pending in this transaction.
  struct JournalWork {
    var journalPath: String
    var statePath: String
    var directory: String
    var mode: mode_t
    var folderMode: mode_t
    /// The journal size when the transaction first touched it (after cutting a torn tail).
    var committedBytes: Int
    var truncateTo: Int?
    var state: CollectionState
    var pending: [UInt8] = []
    var stateChanged = false
  }

  func work(for directory: String) -> JournalWork? { journals[directory] }

  func setWork(_ work: JournalWork, for directory: String) {
    if journals[directory] == nil { journalOrder.append(directory) }
    journals[directory] = work
  }

  /// Appends one journal line (without its newline) to a collection's pending bytes.
  ///
  /// Returns where the line will live once committed. The work is changed in place: copying it
  /// out and back would copy every pending byte on each append, so a batch of n records would
  /// cost n².
  func appendJournalLine(_ line: [UInt8], for directory: String) -> RecordPointer? {
    guard let offset = journals[directory].map({ $0.committedBytes + $0.pending.count }),
      let number = journals[directory]?.state.journalLines
    else { return nil }
    journals[directory]?.pending += line
    journals[directory]?.pending.append(UInt8(ascii: "\n"))
    journals[directory]?.state.journalBytes += line.count + 1
    journals[directory]?.state.journalLines = number + 1
    return RecordPointer(offset: offset, length: line.count, line: number + 1)
  }

  /// Hands out the next number of a collection's sequence, in place.
  func advanceSequence(for directory: String) -> Int? {
    guard journals[directory] != nil else { return nil }
    journals[directory]?.state.sequence += 1
    journals[directory]?.stateChanged = true
    return journals[directory]?.state.sequence
  }

  func appendDerived(_ bytes: [UInt8], to path: String, mode: mode_t, folderMode: mode_t) {
    if derived[path] == nil {
      derivedOrder.append(path)
      derived[path] = (bytes, mode, folderMode)
    } else {
      derived[path]?.bytes += bytes
    }
  }

  /// Entries written to an index file in this transaction, not yet on disk.
  func pendingDerived(_ path: String) -> [UInt8]? { derived[path]?.bytes }

  func pendingRecord(collection: String, key: String) -> Any?? {
    guard let records = pendingRecords[collection], let value = records[key] else { return nil }
    return .some(value)
  }

  func setPendingRecord(_ record: Any?, collection: String, key: String) {
    pendingRecords[collection, default: [:]][key] = .some(record as Any)
  }

  /// Writes everything out in the crash-safe order described above.
  func commit() throws(StoreError) {
    var foldersToSync = Set<String>()
    for directory in journalOrder {
      guard let work = journals[directory] else { continue }
      if work.pending.isEmpty && work.truncateTo == nil { continue }
      let existed = PosixFile.exists(work.journalPath)
      try PosixFile.makeDirectory(work.directory, mode: work.folderMode)
      let file = try PosixFile(
        path: work.journalPath, flags: O_WRONLY | O_APPEND | O_CREAT, mode: work.mode)
      if let cut = work.truncateTo { try file.truncate(to: cut) }
      let size = try file.size()
      guard size == work.committedBytes else {
        throw .corrupt(
          file: work.journalPath, line: nil,
          reason: "its size changed from \(work.committedBytes) to \(size) bytes during a write")
      }
      try file.write(work.pending)
      if durable { try file.sync() }
      if !existed { foldersToSync.insert(work.directory) }
    }
    // Views before key indexes: a key index line is written only once the view lines of the
    // same change are, so a replay that finds the key index current finds the views current too.
    let viewsFirst =
      derivedOrder.filter { !$0.contains("/keys/") }
      + derivedOrder.filter { $0.contains("/keys/") }
    for path in viewsFirst {
      guard let entry = derived[path] else { continue }
      let folder = (path as NSString).deletingLastPathComponent
      try PosixFile.makeDirectory(folder, mode: entry.folderMode)
      let existed = PosixFile.exists(path)
      let file = try PosixFile(path: path, flags: O_RDWR | O_APPEND | O_CREAT, mode: entry.mode)
      try cutTornTail(of: file)
      try file.write(entry.bytes)
      if durable { try file.sync() }
      if !existed { foldersToSync.insert(folder) }
    }
    if durable {
      for folder in foldersToSync.sorted() { try PosixFile.syncDirectory(folder) }
    }
    for directory in journalOrder {
      guard let work = journals[directory], work.stateChanged || !work.pending.isEmpty else {
        continue
      }
      try PosixFile.makeDirectory(work.directory, mode: work.folderMode)
      let existed = PosixFile.exists(work.statePath)
      let file = try PosixFile(path: work.statePath, flags: O_WRONLY | O_CREAT, mode: work.mode)
      try file.write(work.state.encoded, at: 0)
      if durable {
        try file.sync()
        if !existed { try PosixFile.syncDirectory(work.directory) }
      }
    }
  }

  /// An index append cut short by a crash leaves a line without its newline; it is derived
  /// data that the journal replay restores, so it is dropped before appending after it.
  private func cutTornTail(of file: PosixFile) throws(StoreError) {
    let size = try file.size()
    guard size > 0 else { return }
    let window = min(size, 4096)
    let tail = try file.read(at: size - window, count: window)
    guard tail.last != UInt8(ascii: "\n") else { return }
    if let lastNewline = tail.lastIndex(of: UInt8(ascii: "\n")) {
      try file.truncate(to: size - window + lastNewline + 1)
    } else if window == size {
      try file.truncate(to: 0)
    } else {
      throw .corrupt(file: file.path, line: nil, reason: "its last line is longer than 4 KiB")
    }
  }
}
