import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The search index of one community in `<data dir>/search`, opened on first use and kept
/// open for the life of the `Community`, with the stamp that says which writes it has seen.
///
/// Opening a `Community` does not touch it, so commands that never search or write an indexed
/// record pay nothing for it. The index is derived data: every question about its freshness is
/// answered by `SearchSourceStamp`, and whatever goes wrong with it is repaired by a rebuild.
package final class CommunitySearchIndex: @unchecked Sendable {
  // Unchecked: `opened` is read and written only while holding `mutex`.
  private let mutex = NSLock()
  private var opened: SearchIndex?

  /// The folder of the index files.
  package let directory: URL

  /// Where the stamp lives; inside the index folder so that deleting the folder forgets both.
  var stampPath: String { directory.appendingPathComponent("SOURCES").path }

  /// Describes the index in `directory`, without opening it.
  init(directory: URL) {
    self.directory = directory
  }

  /// The index, opened the first time it is asked for, and again when its folder was deleted
  /// meanwhile (the way to make hromada forget an index and rebuild it).
  func index() throws(SearchError) -> SearchIndex {
    mutex.lock()
    defer { mutex.unlock() }
    if let opened, FileManager.default.fileExists(atPath: directory.path) { return opened }
    let index = try SearchIndex(directory: directory)
    opened = index
    return index
  }

  /// Deletes the index files and opens the index again, empty, for a rebuild after damage.
  func erasedIndex() throws(SearchError) -> SearchIndex {
    mutex.lock()
    defer { mutex.unlock() }
    opened = nil
    try SearchIndex.erase(directory: directory)
    let index = try SearchIndex(directory: directory)
    opened = index
    return index
  }

  /// The stamp of the writes the index holds, or nil when there is none or it is unreadable.
  func readStamp() -> SearchSourceStamp? {
    guard let data = FileManager.default.contents(atPath: stampPath) else { return nil }
    return SearchSourceStamp(decoding: Array(data))
  }

  /// Records that the index holds every write up to `stamp`.
  ///
  /// Not fsynced, on purpose: it is written after the index files it vouches for are durable,
  /// and a stamp lost or torn by a crash reads as "behind", which only costs a rebuild.
  func writeStamp(_ stamp: SearchSourceStamp) {
    do {
      try Data(stamp.encoded).write(to: URL(fileURLWithPath: stampPath), options: .atomic)
    } catch {
      forgetStamp()
    }
  }

  /// Marks the index as behind the data, so that the next search rebuilds it.
  func forgetStamp() {
    unlink(stampPath)
  }
}
