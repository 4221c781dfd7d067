import Foundation

/// The real `hromada` binary, run as a separate process against a temporary data directory.
enum HromadaCLI {
  /// `$HROMADA_BINARY`, else the `hromada` built beside this test executable, else
  /// `.build/debug/hromada`, else `.build-tests/debug/hromada` under the package root.
  static func binary() throws -> String {
    if let explicit = ProcessInfo.processInfo.environment["HROMADA_BINARY"], !explicit.isEmpty {
      return explicit
    }
    var candidates: [String] = []
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
      .deletingLastPathComponent()
    for _ in 0..<4 {
      candidates.append(folder.appendingPathComponent("hromada").path)
      folder.deleteLastPathComponent()
    }
    var root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while root.path != "/" {
      if FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
        candidates += [
          root.path + "/.build/debug/hromada", root.path + "/.build-tests/debug/hromada",
        ]
        break
      }
      root.deleteLastPathComponent()
    }
    guard let found = candidates.first(where: isExecutableFile) else {
      throw CLIFailure("no hromada binary: run `swift build` first or set HROMADA_BINARY")
    }
    return found
  }

  private static func isExecutableFile(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      && !isFolder.boolValue
      && FileManager.default.isExecutableFile(atPath: path)
  }

  /// Runs `hromada` with `arguments` to completion.
  ///
  /// The child sees none of the test's own `HROMADA_*` settings, only `environment`; standard
  /// input is empty, so a missing PIN fails instead of waiting for a terminal.
  static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIResult {
    let outputs = FileManager.default.temporaryDirectory
      .appendingPathComponent("hromada-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: outputs) }
    let outputURL = outputs.appendingPathComponent("stdout")
    let errorURL = outputs.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
    let output = try FileHandle(forWritingTo: outputURL)
    let errors = try FileHandle(forWritingTo: errorURL)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: try binary())
    process.arguments = arguments
    var variables = [
      "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
      "HOME": ProcessInfo.processInfo.environment["HOME"] ?? "/tmp",
    ]
    variables.merge(environment) { _, new in new }
    process.environment = variables
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    process.waitUntilExit()
    try output.close()
    try errors.close()
    return CLIResult(
      status: process.terminationStatus,
      standardOutput: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
      standardError: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
  }
}

/// How a command ended and what it printed.
struct CLIResult: Sendable {
  var status: Int32
  var standardOutput: String
  var standardError: String

  /// Standard output parsed as JSON.
  func json() throws -> Any {
    try JSONSerialization.jsonObject(with: Data(standardOutput.utf8))
  }

  /// Standard output parsed as a JSON array of objects.
  func objects() throws -> [[String: Any]] {
    guard let array = try json() as? [[String: Any]] else {
      throw CLIFailure("not a JSON array of objects: \(standardOutput.prefix(200))")
    }
    return array
  }
}

/// A test precondition that did not hold.
struct CLIFailure: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) { self.description = description }
}

/// A temporary folder for one test; its data directory `data` is created by the commands.
struct ScratchFolder {
  let url: URL

  var dataPath: String { url.appendingPathComponent("data").path }

  /// `--data-dir <data>`, to append to a command.
  var data: [String] { ["--data-dir", dataPath] }

  static func with<T>(_ body: (ScratchFolder) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("hromada-cli-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(ScratchFolder(url: url))
  }

  /// Seeds the demo community (accounts olena 1111, andrii 2580 officials; taras 4821 resident).
  func seedDemo() throws {
    let result = try HromadaCLI.run(["init"] + data)
    guard result.status == 0 else { throw CLIFailure("init failed: \(result.standardError)") }
  }

  /// Creates an empty community with one official, `olena`, PIN 1234.
  func seedEmpty() throws {
    let result = try HromadaCLI.run(
      ["init", "--empty", "--official-id", "olena", "--official-name", "Олена Коваленко"] + data,
      environment: ["HROMADA_NEW_PIN": "1234"])
    guard result.status == 0 else { throw CLIFailure("init failed: \(result.standardError)") }
  }
}

/// The bytes of every file under a folder, to prove that a command changed nothing.
struct TreeSnapshot: Equatable {
  var files: [String: Data]

  init(of root: String) throws {
    files = [:]
    guard let walker = FileManager.default.enumerator(atPath: root) else {
      throw CLIFailure("cannot list \(root)")
    }
    while let name = walker.nextObject() as? String {
      let path = root + "/" + name
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
        !isFolder.boolValue
      else { continue }
      files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
    }
  }

  /// Paths added, removed or changed since `other`.
  func changes(since other: TreeSnapshot) -> [String] {
    Set(files.keys).union(other.files.keys).filter { files[$0] != other.files[$0] }.sorted()
  }
}
