import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A thin owner of one POSIX file descriptor, for the durable appends and positioned reads
/// that `FileHandle` does not expose with error reporting.
package final class PosixFile {
  package let path: String
  private let descriptor: Int32

  /// Opens `path` with the given flags; `mode` applies only when the file is created.
  package init(path: String, flags: Int32, mode: mode_t = 0o644) throws(StoreError) {
    self.path = path
    let fd = open(path, flags | O_CLOEXEC, mode)
    guard fd >= 0 else { throw PosixFile.failure(path, "open") }
    descriptor = fd
  }

  deinit { close(descriptor) }

  /// The raw descriptor, for `flock`.
  package var fileDescriptor: Int32 { descriptor }

  /// The file's current size in bytes.
  package func size() throws(StoreError) -> Int {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw PosixFile.failure(path, "stat") }
    return Int(info.st_size)
  }

  /// Reads `count` bytes at `offset`; fewer come back only at the end of the file.
  package func read(at offset: Int, count: Int) throws(StoreError) -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
      let got = buffer.withUnsafeMutableBytes { raw in
        pread(descriptor, raw.baseAddress.map { $0 + done }, count - done, off_t(offset + done))
      }
      if got < 0 {
        if errno == EINTR { continue }
        throw PosixFile.failure(path, "read")
      }
      if got == 0 { break }
      done += got
    }
    buffer.removeLast(count - done)
    return buffer
  }

  /// Reads the whole file.
  package func readAll() throws(StoreError) -> [UInt8] {
    try read(at: 0, count: size())
  }

  /// Appends (or, with `O_APPEND` absent, writes at the position) all of `bytes`.
  package func write(_ bytes: [UInt8]) throws(StoreError) {
    var done = 0
    while done < bytes.count {
      let wrote = bytes.withUnsafeBytes { raw in
        Glibc.write(descriptor, raw.baseAddress.map { $0 + done }, bytes.count - done)
      }
      if wrote < 0 {
        if errno == EINTR { continue }
        throw PosixFile.failure(path, "write")
      }
      done += wrote
    }
  }

  /// Overwrites bytes at `offset` in place.
  package func write(_ bytes: [UInt8], at offset: Int) throws(StoreError) {
    let wrote = bytes.withUnsafeBytes { raw in
      pwrite(descriptor, raw.baseAddress, bytes.count, off_t(offset))
    }
    guard wrote == bytes.count else { throw PosixFile.failure(path, "write") }
  }

  /// Cuts the file to `length` bytes.
  package func truncate(to length: Int) throws(StoreError) {
    guard ftruncate(descriptor, off_t(length)) == 0 else {
      throw PosixFile.failure(path, "truncate")
    }
  }

  /// Forces the file's data to the disk.
  package func sync() throws(StoreError) {
    guard fsync(descriptor) == 0 else { throw PosixFile.failure(path, "fsync") }
  }

  /// Forces a directory entry change (a created or renamed file) to the disk.
  package static func syncDirectory(_ path: String) throws(StoreError) {
    let file = try PosixFile(path: path, flags: O_RDONLY | O_DIRECTORY)
    try file.sync()
  }

  /// Whether a file or folder exists at `path`.
  package static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// Creates a folder (and its parents) with the given mode, syncing each new entry.
  package static func makeDirectory(_ path: String, mode: mode_t) throws(StoreError) {
    if exists(path) { return }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty && parent != path { try makeDirectory(parent, mode: mode) }
    if mkdir(path, mode) != 0 && errno != EEXIST { throw failure(path, "mkdir") }
    if !parent.isEmpty { try syncDirectory(parent) }
  }

  /// Writes a whole file atomically: a temporary file, fsync, rename over, fsync the folder.
  package static func replaceAtomically(
    _ path: String, with bytes: [UInt8], mode: mode_t
  ) throws(StoreError) {
    let temporary = path + ".tmp-\(getpid())"
    let file = try PosixFile(path: temporary, flags: O_WRONLY | O_CREAT | O_TRUNC, mode: mode)
    try file.write(bytes)
    try file.sync()
    guard rename(temporary, path) == 0 else { throw failure(path, "rename") }
    try syncDirectory((path as NSString).deletingLastPathComponent)
  }

  private static func failure(_ path: String, _ operation: String) -> StoreError {
    .io(file: path, operation: operation, reason: String(cString: strerror(errno)))
  }
}
