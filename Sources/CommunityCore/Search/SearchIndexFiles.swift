import Foundation
import Glibc

/// The file operations the index needs, with the fsyncs that make a returned write durable.
enum SearchIndexFiles {
  /// Writes `chunks` to a temporary file, fsyncs it, renames it over `path` and fsyncs the
  /// directory, so a reader sees either the old file or the whole new one, even after a crash.
  static func writeAtomically(_ chunks: [[UInt8]], to path: String) throws(SearchError) {
    let temporary = path + ".tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw .system("open", file: temporary) }
    do throws(SearchError) {
      for chunk in chunks { try writeAll(chunk, to: descriptor, path: temporary) }
      guard fsync(descriptor) == 0 else { throw SearchError.system("fsync", file: temporary) }
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    close(descriptor)
    guard rename(temporary, path) == 0 else { throw .system("rename", file: path) }
    try syncDirectory(of: path)
  }

  /// Writes every byte of `bytes` at the descriptor's current offset.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(SearchError) {
    try writeAll(bytes, path: path) { raw, done in
      write(descriptor, raw.baseAddress.map { $0 + done }, raw.count - done)
    }
  }

  /// Calls `write` until every byte is written, retrying after EINTR; `write` gets the bytes
  /// and how many are done, and returns what the system call returned.
  static func writeAll(
    _ bytes: [UInt8], path: String, _ write: (UnsafeRawBufferPointer, Int) -> Int
  ) throws(SearchError) {
    let failed = bytes.withUnsafeBytes { raw -> Bool in
      var done = 0
      while done < raw.count {
        let written = write(raw, done)
        if written < 0 {
          if errno == EINTR { continue }
          return true
        }
        done += written
      }
      return false
    }
    if failed { throw .system("write", file: path) }
  }

  /// Fsyncs the directory holding `path`, making a rename or a new file durable.
  static func syncDirectory(of path: String) throws(SearchError) {
    let directory = (path as NSString).deletingLastPathComponent
    let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .system("open", file: directory) }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else { throw .system("fsync", file: directory) }
  }

  /// Reads a whole small file, or returns nil when it does not exist.
  static func read(_ path: String) throws(SearchError) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    if descriptor < 0 {
      if errno == ENOENT { return nil }
      throw .system("open", file: path)
    }
    defer { close(descriptor) }
    var result: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .system("read", file: path)
      }
      if count == 0 { return result }
      result.append(contentsOf: buffer[0..<count])
    }
  }

  /// Returns the inode and change time of `path`, which differ after every rename over it.
  static func identity(of path: String) -> [Int]? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return [
      Int(status.st_ino), Int(status.st_size), Int(status.st_mtim.tv_sec),
      Int(status.st_mtim.tv_nsec),
    ]
  }

  /// Lists the names in `directory`.
  static func names(in directory: String) throws(SearchError) -> [String] {
    do {
      return try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw SearchError(.io, file: directory, reason: "cannot list: \(error)")
    }
  }

  /// Creates `directory` and its parents when missing.
  static func createDirectory(_ directory: String) throws(SearchError) {
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    } catch {
      throw SearchError(.io, file: directory, reason: "cannot create the directory: \(error)")
    }
  }
}
