import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock on a data directory, so that two `hromada` processes (two officials'
/// terminals) never interleave their writes, and a reader never sees a write half-done.
///
/// Each instance opens its own descriptor, so two instances in one process exclude each other
/// exactly like two processes do (`flock` locks belong to the open file description).
package final class DirectoryLock: Sendable {
  private let path: String

  package init(directory: String) {
    path = directory + "/.lock"
  }

  /// Runs `body` holding the lock: exclusive for writers, shared for readers.
  package func withLock<T>(
    exclusive: Bool, _ body: () throws(StoreError) -> T
  ) throws(StoreError) -> T {
    let file = try PosixFile(path: path, flags: O_RDWR | O_CREAT, mode: 0o600)
    while flock(file.fileDescriptor, exclusive ? LOCK_EX : LOCK_SH) != 0 {
      if errno != EINTR {
        throw .io(file: path, operation: "lock", reason: String(cString: strerror(errno)))
      }
    }
    defer { flock(file.fileDescriptor, LOCK_UN) }
    return try body()
  }
}
