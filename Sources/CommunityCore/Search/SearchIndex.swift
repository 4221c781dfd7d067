import Foundation
import Glibc

/// A persistent, Ukrainian-aware full-text index over news, services, proposals, practices
/// and requests, kept in its own directory.
///
/// Writes (`upsert`, `remove`) append one checksummed record to a journal and fdatasync it,
/// so a write is durable when it returns and costs the same whatever the corpus size; the
/// document is findable at once, by this instance and by any process that opens the
/// directory afterwards. Every `journalLimit` writes the journal becomes an immutable
/// segment file, and segments of similar size are merged (LSM-style). Opening maps the
/// segment files instead of reading them, so start-up does not grow with the corpus.
///
/// Several instances and processes may share a directory: writers take an exclusive `flock`
/// on `LOCK`, readers a shared one while they catch up with the files. The index is derived
/// data: when opening reports a damaged file (`SearchError.Kind.corrupt`), `erase(directory:)`
/// followed by `rebuild(from:)` recreates it from the documents.
///
/// Thread-safe: every member takes `mutex`, which guards `state`; searches on one instance
/// run one at a time.
package final class SearchIndex: @unchecked Sendable {
  // Unchecked: all mutable state is in `state`, touched only while holding `mutex`.
  private let mutex = NSLock()
  private let state: SearchIndexState

  /// Opens the index kept in `directory`, creating the directory when missing; an empty or
  /// new directory is an empty index.
  ///
  /// - Parameter journalLimit: writes collected in the journal before they become a segment.
  package init(directory: URL, journalLimit: Int = 256) throws(SearchError) {
    state = try SearchIndexState(
      directory: directory.path, journalLimit: journalLimit, journalByteLimit: 8 << 20)
    try withFileLock(exclusive: false) { () throws(SearchError) in try state.refresh() }
  }

  /// Deletes the index files in `directory` (waiting for other writers to finish), so that a
  /// damaged index can be opened empty and rebuilt; files that are not the index's stay.
  package static func erase(directory: URL) throws(SearchError) {
    try SearchIndexFiles.createDirectory(directory.path)
    let lock = try SearchFileLock(path: directory.appendingPathComponent("LOCK").path)
    try lock.lock(exclusive: true)
    defer { lock.unlock() }
    for name in try SearchIndexFiles.names(in: directory.path) {
      let ours = ["seg-", "del-", "journal-"].contains { name.hasPrefix($0) }
      if ours || name == SearchIndexManifest.fileName || name.hasSuffix(".tmp") {
        unlink(directory.appendingPathComponent(name).path)
      }
    }
    try SearchIndexFiles.syncDirectory(of: directory.appendingPathComponent("LOCK").path)
  }

  /// The number of documents in the index, including other processes' writes so far.
  package var documentCount: Int {
    get throws(SearchError) {
      try withFileLock(exclusive: false) { () throws(SearchError) in
        try state.refresh()
        return state.documentCount
      }
    }
  }

  /// Adds `document`, or replaces the one with the same kind and id.
  package func upsert(_ document: SearchDocument) throws(SearchError) {
    guard !document.id.isEmpty else {
      throw SearchError(.invalidArgument, file: state.directory, reason: "a document id is empty")
    }
    try withFileLock(exclusive: true) { () throws(SearchError) in
      try state.append(.upsert(document))
    }
  }

  /// Removes the document of `kind` with `id`; removing one that is absent does nothing.
  package func remove(kind: SearchKind, id: String) throws(SearchError) {
    try withFileLock(exclusive: true) { () throws(SearchError) in
      try state.append(.remove(SearchDocumentKey(kind: kind, id: id)))
    }
  }

  /// Replaces the whole index with `documents`; when an id repeats, the last one wins.
  package func rebuild(from documents: some Sequence<SearchDocument>) throws(SearchError) {
    try withFileLock(exclusive: true) { () throws(SearchError) in
      try state.rebuild(from: documents)
    }
  }

  /// Moves the journal into a segment and merges every segment into one, dropping deleted
  /// documents; useful after a bulk import, never required.
  package func compact() throws(SearchError) {
    try withFileLock(exclusive: true) { () throws(SearchError) in
      try state.refresh()
      try state.flush()
      if let segments = state.manifest?.segments, segments.count > 1 {
        try state.merge(segments)
      }
    }
  }

  /// Finds the documents matching `query` that `viewer` may see, best first.
  ///
  /// Query syntax: words must all match (AND); when no document has them all, the documents
  /// with any of them are returned instead (OR, those with more of the words first) and
  /// `matchedAllWords` is false. `"a phrase"` matches adjacent words in order, any
  /// inflection; `-word` and `-"a phrase"` exclude documents. Each word matches its
  /// inflected forms (stem), with the exact typed form ranking a bit higher and longer
  /// derived words ("бюджетний" for "бюджет") ranking lower.
  package func search(
    _ query: String, viewer: SearchViewer, options: SearchOptions = SearchOptions()
  ) throws(SearchError) -> SearchResults {
    let parsed = SearchQuery(parsing: query)
    return try withFileLock(exclusive: false) { () throws(SearchError) in
      try state.refresh()
      let views = try state.views()
      var scratches = views.map { state.scratches[ObjectIdentifier($0.reader)] ?? ScoringScratch() }
      let plan = QueryPlan(query: parsed, fields: options.fields, segments: views.map(\.reader))
      var evaluator = QueryEvaluator(
        plan: plan, segments: views, viewer: viewer, kinds: options.kinds,
        limit: max(0, options.limit))
      evaluator.hidden = options.hidden
      let outcome = evaluator.run(scratches: &scratches)
      // Keep only the current segments' arrays; the journal's segment is rebuilt after writes.
      state.scratches = Dictionary(
        zip(views, scratches).map { (ObjectIdentifier($0.reader), $1) }, uniquingKeysWith: { $1 })
      var snippets = SnippetBuilder(words: parsed.highlightWords)
      var hits: [SearchResult] = []
      for hit in outcome.hits {
        let reader = views[hit.segment].reader
        guard let document = reader.document(hit.document) else {
          throw SearchError.corrupt(reader.name, "stored document \(hit.document) is damaged")
        }
        guard options.includesSnippets else {
          hits.append(
            SearchResult(
              kind: document.kind, id: document.id, title: document.title, titleHighlights: [],
              score: Double(hit.score), snippet: SearchSnippet(text: "", highlights: [])))
          continue
        }
        let title = snippets.highlightWhole(document.title)
        hits.append(
          SearchResult(
            kind: document.kind, id: document.id, title: title.text,
            titleHighlights: title.highlights, score: Double(hit.score),
            snippet: snippets.excerpt(document.body)))
      }
      return SearchResults(
        hits: hits, totalCount: outcome.totalCount, matchedAllWords: outcome.matchedAllWords)
    }
  }

  /// Runs `body` holding `mutex` and the directory's file lock.
  private func withFileLock<T>(
    exclusive: Bool, _ body: () throws(SearchError) -> T
  ) throws(SearchError) -> T {
    mutex.lock()
    defer { mutex.unlock() }
    try state.lock.lock(exclusive: exclusive)
    defer { state.lock.unlock() }
    return try body()
  }
}
