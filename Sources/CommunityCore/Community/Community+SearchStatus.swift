import Foundation

/// What `hromada doctor` learns about the search index; none of it is a problem with the
/// data, because the first search rebuilds whatever is missing, behind or damaged.
package enum SearchIndexStatus: Sendable, Equatable {
  /// The index holds every write; `documents` is how many records it holds.
  case current(documents: Int)
  /// There is no index yet, or some write did not reach it (an older Hromada, a crash).
  case behind
  /// An index file cannot be read; `reason` names the file and what is wrong with it.
  case damaged(reason: String)
}

extension Community {
  /// Checks the search index without changing it: its stamp against the collections, and
  /// whether its manifest and segment headers read (a fresh instance, so nothing cached
  /// hides damage done since this community opened it).
  package func searchIndexStatus() throws -> SearchIndexStatus {
    try directory.read {
      let stamp = try searchSourceStamp()
      guard FileManager.default.fileExists(atPath: searchIndex.directory.path) else {
        return .behind
      }
      let documents: Int
      do {
        documents = try SearchIndex(directory: searchIndex.directory).documentCount
      } catch {
        return .damaged(reason: "\(error)")
      }
      return searchIndex.readStamp() == stamp ? .current(documents: documents) : .behind
    }
  }

  /// Whether the next search will have to rebuild the index first (it is missing or behind the
  /// data); a few file reads, for an interface to say so before the wait.
  ///
  /// A damaged file that the stamp does not reveal is found, and mended, by the search itself.
  package func searchIndexNeedsRebuild() -> Bool {
    (try? directory.read { try searchSourceStamp() != searchIndex.readStamp() }) ?? true
  }
}
