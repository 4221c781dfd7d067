import Glibc

/// An advisory `flock` on a file in the index directory, shared by readers, exclusive for writers.
///
/// `flock` locks belong to an open file description, so two `SearchIndex` instances in one
/// process exclude each other just like two processes do. The kernel drops the lock when the
/// process dies, so a `kill -9` never leaves the index locked.
final class SearchFileLock: @unchecked Sendable {
  // Unchecked: the descriptor is set once in init; flock itself is thread-safe.
  private let descriptor: Int32
  private let path: String

  /// Opens (creating if needed) the lock file at `path`.
  init(path: String) throws(SearchError) {
    self.path = path
    descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw .system("open", file: path) }
  }

  deinit {
    close(descriptor)
  }

  /// Blocks until the lock is held, shared or exclusive.
  func lock(exclusive: Bool) throws(SearchError) {
    while flock(descriptor, exclusive ? LOCK_EX : LOCK_SH) != 0 {
      guard errno == EINTR else { throw .system("flock", file: path) }
    }
  }

  /// Releases the lock.
  func unlock() {
    _ = flock(descriptor, LOCK_UN)
  }
}
