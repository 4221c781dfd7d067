import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A private folder for one test, removed when the test's body returns (or throws).
///
/// The data directory of a test lives at `<folder>/data`, which does not exist until a
/// community is created there, so the tests see the folder modes the store itself chooses.
struct TemporaryDirectory {
  let path: String

  var dataPath: String { path + "/data" }

  /// Runs `body` with a fresh folder and removes it afterwards.
  static func with<T>(_ body: (TemporaryDirectory) throws -> T) throws -> T {
    var template = Array((NSTemporaryDirectory() + "/hromada-tests.XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap { mkdtemp($0) }
    }
    guard let made else { throw TestFailure("mkdtemp failed: \(String(cString: strerror(errno)))") }
    let directory = TemporaryDirectory(path: String(cString: made))
    defer { try? FileManager.default.removeItem(atPath: directory.path) }
    return try body(directory)
  }
}

/// A test precondition that did not hold, with a message saying which.
struct TestFailure: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) { self.description = description }
}

/// The bytes of every file under a folder, by path relative to it: taken before and after a
/// command to prove that the command changed nothing.
struct FileSnapshot: Equatable, CustomStringConvertible {
  var files: [String: [UInt8]]

  init(of root: String) throws {
    files = [:]
    guard let walker = FileManager.default.enumerator(atPath: root) else {
      throw TestFailure("cannot list \(root)")
    }
    while let name = walker.nextObject() as? String {
      let path = root + "/" + name
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
        !isFolder.boolValue
      else { continue }
      files[name] = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
  }

  /// The files that differ from `other` (added, removed or changed), for failure messages.
  func changes(since other: FileSnapshot) -> [String] {
    Set(files.keys).union(other.files.keys).filter { files[$0] != other.files[$0] }.sorted()
  }

  var description: String { "\(files.count) files" }
}

/// Small file edits that the corruption and crash tests make.
enum FileBytes {
  static func read(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  static func write(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  static func append(_ bytes: [UInt8], to path: String) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(bytes))
  }

  /// The lines of a text file, without their newlines.
  static func lines(_ path: String) throws -> [String] {
    String(decoding: try read(path), as: UTF8.self).split(separator: "\n").map(String.init)
  }
}
