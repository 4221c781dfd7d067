import Glibc

/// Writing: journal appends, flushing the journal into segments, merging, rebuilding.
///
/// Every method here must be called holding the exclusive file lock. A new state is
/// committed only by renaming a new manifest into place; files written before that are
/// orphans after a crash and are removed by the next writer, files replaced after it are
/// deleted at once (readers that mapped them keep their mapping).
extension SearchIndexState {
  /// Segments of about the same size merged at once; also the ratio between size tiers.
  static let mergeFactor = 8

  /// Records `record` durably and flushes the journal into a segment when it is full.
  func append(_ record: SearchJournalRecord) throws(SearchError) {
    try refresh()
    if !hasCleanedUp {
      if manifest == nil { try commit(segments: [], generation: 1) }
      try removeUnreferencedFiles()
      hasCleanedUp = true
    }
    if journal == nil, let manifest {
      // The journal named by the manifest is gone (deleted by hand): start a new one.
      try commit(segments: manifest.segments, generation: manifest.generation + 1)
    }
    guard let journal else {
      throw SearchError.corrupt(manifest?.journal ?? "journal", "the journal cannot be opened")
    }
    try journal.append(record)
    remember(record)
    if records.count >= journalLimit || journal.validEnd >= journalByteLimit {
      try flush()
      try mergeIfNeeded()
    }
  }

  /// Turns the journal into a segment plus deletion files and starts an empty journal.
  func flush() throws(SearchError) {
    guard let manifest, !records.isEmpty else { return }
    let generation = manifest.generation + 1
    var segments: [SearchIndexManifest.Segment] = []
    for entry in manifest.segments {
      guard let segment = loaded[entry.name] else { continue }
      var updated = entry
      if let extra = shadowed[entry.name], extra.count > 0 {
        var deleted = segment.deleted
        deleted.formUnion(extra)
        let name = "del-\(Self.number(generation))-\(entry.name)"
        try SearchIndexFiles.writeAtomically([SearchDeletionFile.encode(deleted)], to: path(name))
        updated.deletions = name
      }
      segments.append(updated)
    }
    let documents = journalDocuments
    if !documents.isEmpty {
      segments.append(try writeSegment(documents, name: "seg-\(Self.number(generation)).seg"))
    }
    try commit(segments: segments, generation: generation)
  }

  /// Merges segments of one size tier once `mergeFactor` of them have gathered, so each
  /// document is rewritten about log₈(N / journalLimit) times over the life of the index.
  func mergeIfNeeded() throws(SearchError) {
    guard let manifest else { return }
    var tiers: [Int: [SearchIndexManifest.Segment]] = [:]
    for entry in manifest.segments {
      guard let segment = loaded[entry.name] else { continue }
      let live = segment.reader.documentCount - segment.deleted.count
      var tier = 0
      var size = journalLimit
      while live > size {
        size *= Self.mergeFactor
        tier += 1
      }
      tiers[tier, default: []].append(entry)
    }
    guard
      let group = tiers.keys.sorted().lazy.compactMap({ tiers[$0] })
        .first(where: { $0.count >= Self.mergeFactor })
    else { return }
    try merge(group)
    try mergeIfNeeded()
  }

  /// Rewrites `group` as one segment without its deleted documents.
  func merge(_ group: [SearchIndexManifest.Segment]) throws(SearchError) {
    guard let manifest else { return }
    let generation = manifest.generation + 1
    let names = Set(group.map(\.name))
    var documents: [SearchDocument] = []
    for entry in group {
      guard let segment = loaded[entry.name] else { continue }
      for number in 0..<segment.reader.documentCount where !segment.deleted.contains(number) {
        guard let document = segment.reader.document(number) else {
          throw SearchError.corrupt(entry.name, "stored document \(number) is damaged")
        }
        documents.append(document)
      }
    }
    var segments = manifest.segments.filter { !names.contains($0.name) }
    if !documents.isEmpty {
      segments.append(try writeSegment(documents, name: "seg-\(Self.number(generation)).seg"))
    }
    try commit(segments: segments, generation: generation)
  }

  /// Replaces everything with one segment of `documents`.
  func rebuild(from documents: some Sequence<SearchDocument>) throws(SearchError) {
    try refresh()
    let generation = (manifest?.generation ?? 0) + 1
    var builder = SegmentBuilder()
    for document in documents { builder.add(document) }
    var segments: [SearchIndexManifest.Segment] = []
    if builder.documentCount > 0 {
      segments.append(try writeSegment(builder, name: "seg-\(Self.number(generation)).seg"))
    }
    try commit(segments: segments, generation: generation)
    hasCleanedUp = true
  }

  /// Writes a segment file for `documents` and returns its manifest entry.
  private func writeSegment(
    _ documents: [SearchDocument], name: String
  ) throws(SearchError) -> SearchIndexManifest.Segment {
    var builder = SegmentBuilder()
    for document in documents { builder.add(document) }
    return try writeSegment(builder, name: name)
  }

  /// Writes the segment `builder` collected, with a deletion file for replaced documents.
  private func writeSegment(
    _ builder: SegmentBuilder, name: String
  ) throws(SearchError) -> SearchIndexManifest.Segment {
    try SearchIndexFiles.writeAtomically(builder.finish(), to: path(name))
    var entry = SearchIndexManifest.Segment(name: name, documentCount: builder.documentCount)
    if !builder.replaced.isEmpty {
      var deleted = SearchDocumentBitset(capacity: builder.documentCount)
      for number in builder.replaced { deleted.insert(number) }
      let deletions = "del-\(name)"
      try SearchIndexFiles.writeAtomically(
        [SearchDeletionFile.encode(deleted)], to: path(deletions))
      entry.deletions = deletions
    }
    return entry
  }

  /// Starts an empty journal, renames a new manifest into place, reloads and removes the
  /// files the new manifest no longer names.
  private func commit(
    segments: [SearchIndexManifest.Segment], generation: Int
  ) throws(SearchError) {
    let journalName = "journal-\(Self.number(generation)).log"
    let journalPath = path(journalName)
    unlink(journalPath)
    let fresh = try SearchJournalFile(path: journalPath, create: true)
    try fresh.prepareForAppend()
    try fresh.sync()
    let next = SearchIndexManifest(generation: generation, journal: journalName, segments: segments)
    try SearchIndexFiles.writeAtomically([next.encoded()], to: path(SearchIndexManifest.fileName))
    try refresh()
    try removeUnreferencedFiles()
  }

  /// Deletes index files the manifest does not name: leftovers of a crash or replaced files.
  func removeUnreferencedFiles() throws(SearchError) {
    guard let manifest else { return }
    var keep: Set<String> = ["LOCK", SearchIndexManifest.fileName, manifest.journal]
    for entry in manifest.segments {
      keep.insert(entry.name)
      if let deletions = entry.deletions { keep.insert(deletions) }
    }
    for name in try SearchIndexFiles.names(in: directory) where !keep.contains(name) {
      let ours = ["seg-", "del-", "journal-"].contains { name.hasPrefix($0) }
      if ours || name.hasSuffix(".tmp") { unlink(path(name)) }
    }
  }

  /// Formats a generation for file names, zero-padded so names sort by age.
  private static func number(_ generation: Int) -> String {
    let digits = String(generation)
    return String(repeating: "0", count: max(0, 8 - digits.count)) + digits
  }
}
