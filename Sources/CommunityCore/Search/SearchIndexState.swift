import Foundation

/// What one `SearchIndex` instance knows of the directory: the segments it has mapped, the
/// journal records it has read, and the views queries run over.
///
/// Not thread-safe: `SearchIndex` touches it only while holding its lock. Another process's
/// writes become visible through `refresh()`, which rereads the manifest when it was
/// replaced and reads whatever the journal gained since last time.
final class SearchIndexState {
  /// A segment mapped from the directory, with its deletions as committed.
  struct LoadedSegment {
    let reader: SegmentReader
    let deletionsName: String?
    let deleted: SearchDocumentBitset
  }

  let directory: String
  let lock: SearchFileLock
  /// Journal records that trigger a flush into a new segment.
  let journalLimit: Int
  /// Journal bytes that trigger a flush.
  let journalByteLimit: Int

  var manifest: SearchIndexManifest?
  private var manifestIdentity: [Int]?
  var loaded: [String: LoadedSegment] = [:]
  var journal: SearchJournalFile?
  /// Journal records in order, and the index of the newest record of each key.
  var records: [SearchJournalRecord] = []
  var newest: [SearchDocumentKey: Int] = [:]
  /// Documents of each segment that the journal replaced or removed.
  var shadowed: [String: SearchDocumentBitset] = [:]
  private var journalSegment: SegmentReader?
  var scratches: [ObjectIdentifier: ScoringScratch] = [:]
  /// Whether this instance has already removed files a crashed writer left behind.
  var hasCleanedUp = false

  /// Opens the state of `directory`, creating the directory and its lock file when missing.
  init(directory: String, journalLimit: Int, journalByteLimit: Int) throws(SearchError) {
    self.directory = directory
    self.journalLimit = max(1, journalLimit)
    self.journalByteLimit = journalByteLimit
    try SearchIndexFiles.createDirectory(directory)
    lock = try SearchFileLock(path: (directory as NSString).appendingPathComponent("LOCK"))
  }

  /// The full path of a file in the directory.
  func path(_ name: String) -> String {
    (directory as NSString).appendingPathComponent(name)
  }

  /// Brings the state up to date with the directory; call holding the file lock.
  func refresh() throws(SearchError) {
    let manifestPath = path(SearchIndexManifest.fileName)
    let identity = SearchIndexFiles.identity(of: manifestPath)
    if identity != manifestIdentity || manifest == nil {
      if let bytes = try SearchIndexFiles.read(manifestPath) {
        let next = try SearchIndexManifest.decode(bytes, file: manifestPath)
        if next != manifest { try load(next) }
      }
      manifestIdentity = identity
    }
    guard let journal else { return }
    let fresh = try journal.readNewRecords()
    for record in fresh { remember(record) }
  }

  /// Switches to a new manifest, reusing segments already mapped.
  private func load(_ next: SearchIndexManifest) throws(SearchError) {
    var segments: [String: LoadedSegment] = [:]
    for entry in next.segments {
      if let known = loaded[entry.name], known.deletionsName == entry.deletions {
        segments[entry.name] = known
        continue
      }
      let reader: SegmentReader
      if let known = loaded[entry.name]?.reader {
        reader = known
      } else {
        reader = try SegmentReader(
          region: SearchMappedRegion(mapping: path(entry.name)), name: entry.name)
      }
      var deleted = SearchDocumentBitset(capacity: reader.documentCount)
      if let name = entry.deletions, let bytes = try SearchIndexFiles.read(path(name)) {
        deleted = try SearchDeletionFile.decode(
          bytes, documentCount: reader.documentCount, file: name)
      } else if let name = entry.deletions {
        throw .corrupt(name, "the manifest names it but it is missing")
      }
      segments[entry.name] = LoadedSegment(
        reader: reader, deletionsName: entry.deletions, deleted: deleted)
    }
    loaded = segments
    scratches = scratches.filter { key, _ in
      segments.values.contains { ObjectIdentifier($0.reader) == key }
    }
    if next.journal != manifest?.journal || journal == nil {
      journal = try? SearchJournalFile(path: path(next.journal), create: false)
      records = []
      newest = [:]
    }
    manifest = next
    shadowed = [:]
    for (key, index) in newest { shadow(key, recordIndex: index) }
    journalSegment = nil
  }

  /// Applies one journal record to the in-memory view.
  func remember(_ record: SearchJournalRecord) {
    records.append(record)
    let key = record.key
    newest[key] = records.count - 1
    shadow(key, recordIndex: records.count - 1)
    journalSegment = nil
  }

  /// Marks the committed copy of `key` in each segment as replaced by the journal.
  private func shadow(_ key: SearchDocumentKey, recordIndex: Int) {
    for (name, segment) in loaded {
      guard let number = segment.reader.find(key), !segment.deleted.contains(number) else {
        continue
      }
      var bits = shadowed[name] ?? SearchDocumentBitset(capacity: segment.reader.documentCount)
      bits.insert(number)
      shadowed[name] = bits
    }
  }

  /// The documents the journal holds now: the newest upsert of each key, in write order.
  var journalDocuments: [SearchDocument] {
    records.enumerated().compactMap { index, record in
      guard case .upsert(let document) = record, newest[record.key] == index else { return nil }
      return document
    }
  }

  /// The segments queries run over, the journal's documents last as an in-memory segment.
  func views() throws(SearchError) -> [SegmentView] {
    var views: [SegmentView] = []
    for entry in manifest?.segments ?? [] {
      guard let segment = loaded[entry.name] else { continue }
      var deleted = segment.deleted
      if let extra = shadowed[entry.name] { deleted.formUnion(extra) }
      views.append(SegmentView(reader: segment.reader, deleted: deleted))
    }
    if journalSegment == nil {
      let documents = journalDocuments
      if !documents.isEmpty {
        var builder = SegmentBuilder()
        for document in documents { builder.add(document) }
        let bytes = Array(builder.finish().joined())
        journalSegment = try SegmentReader(
          region: SearchMappedRegion(copying: bytes), name: "journal")
      }
    }
    if let journalSegment {
      views.append(
        SegmentView(
          reader: journalSegment,
          deleted: SearchDocumentBitset(capacity: journalSegment.documentCount)))
    }
    return views
  }

  /// How many documents the index holds now.
  var documentCount: Int {
    var count = journalDocuments.count
    for entry in manifest?.segments ?? [] {
      guard let segment = loaded[entry.name] else { continue }
      count +=
        segment.reader.documentCount - segment.deleted.count - (shadowed[entry.name]?.count ?? 0)
    }
    return count
  }
}
