import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The `hromada` executable the storage tests run as real, separate processes.
enum HromadaBinary {
  /// `$HROMADA_BINARY`, else the `hromada` built beside this test executable, else
  /// `.build/debug/hromada`, else `.build-tests/debug/hromada` under the package root.
  static func path() throws -> String {
    let environment = ProcessInfo.processInfo.environment
    if let explicit = environment["HROMADA_BINARY"], !explicit.isEmpty {
      guard isExecutable(explicit) else {
        throw TestFailure("HROMADA_BINARY=\(explicit) is not executable")
      }
      return explicit
    }
    var candidates: [String] = []
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
      .deletingLastPathComponent()
    for _ in 0..<4 {
      candidates.append(folder.appendingPathComponent("hromada").path)
      folder.deleteLastPathComponent()
    }
    if let root = packageRoot() {
      candidates += [root + "/.build/debug/hromada", root + "/.build-tests/debug/hromada"]
    }
    guard let found = candidates.first(where: isExecutable) else {
      throw TestFailure(
        "no hromada binary: run `swift build` first or set HROMADA_BINARY (looked in \(candidates))"
      )
    }
    return found
  }

  /// The folder holding Package.swift, found by walking up from this source file.
  static func packageRoot(from file: String = #filePath) -> String? {
    var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
    while folder.path != "/" {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
      {
        return folder.path
      }
      folder.deleteLastPathComponent()
    }
    return nil
  }

  private static func isExecutable(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      && !isFolder.boolValue
      && FileManager.default.isExecutableFile(atPath: path)
  }

  /// The environment a child `hromada` gets: nothing from the test's own data settings.
  static func environment(_ extra: [String: String] = [:]) -> [String: String] {
    var environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
    environment["HOME"] = ProcessInfo.processInfo.environment["HOME"] ?? "/tmp"
    return environment.merging(extra) { _, new in new }
  }

  /// Runs `hromada` to completion and returns its exit status and output.
  static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws
    -> CommandResult
  {
    let child = try ChildProcess(
      executable: try path(), arguments: arguments, environment: environment(extra))
    return child.finish()
  }
}

/// What a finished command printed and how it exited.
struct CommandResult: Sendable {
  var status: Int32
  var standardOutput: String
  var standardError: String
}

/// A process started in a process group of its own, with its standard output read line by line
/// (so a test sees each acknowledgement as it comes) and its standard error drained in the
/// background (so a chatty child never blocks on a full pipe); a test can kill it and
/// everything it started with one signal.
final class ChildProcess {
  let pid: pid_t
  private let output: Int32
  private let errors: ErrorDrain
  private var buffered: [UInt8] = []
  private var finished = false

  /// Held while pipes are made and a child is spawned, so that no other child of this test
  /// process inherits a pipe end before it is marked close-on-exec (which would keep the pipe
  /// open after this child dies).
  private static let spawnLock = NSLock()

  init(executable: String, arguments: [String], environment: [String: String]) throws {
    Self.spawnLock.lock()
    defer { Self.spawnLock.unlock() }
    var outputPipe: [Int32] = [0, 0]
    var errorPipe: [Int32] = [0, 0]
    guard pipe(&outputPipe) == 0 else { throw TestFailure("pipe failed") }
    guard pipe(&errorPipe) == 0 else {
      close(outputPipe[0])
      close(outputPipe[1])
      throw TestFailure("pipe failed")
    }
    for descriptor in outputPipe + errorPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
    posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    posix_spawnattr_setpgroup(&attributes, 0)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var child: pid_t = 0
    let spawned = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
    close(outputPipe[1])
    close(errorPipe[1])
    guard spawned == 0 else {
      close(outputPipe[0])
      close(errorPipe[0])
      throw TestFailure("cannot start \(executable): \(String(cString: strerror(spawned)))")
    }
    pid = child
    output = outputPipe[0]
    errors = ErrorDrain(descriptor: errorPipe[0])
  }

  deinit {
    if !finished {
      killGroup()
      var status: Int32 = 0
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
      errors.wait()
    }
    close(output)
  }

  /// The next line of standard output, or `nil` at its end (the process group is gone).
  func nextLine() -> String? {
    while true {
      if let newline = buffered.firstIndex(of: UInt8(ascii: "\n")) {
        let line = String(decoding: buffered[..<newline], as: UTF8.self)
        buffered.removeSubrange(...newline)
        return line
      }
      var chunk = [UInt8](repeating: 0, count: 4096)
      let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, 4096) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return nil }
      buffered += chunk[..<count]
    }
  }

  /// Sends SIGKILL to the whole process group: the shell loop and the `hromada` it is running.
  func killGroup() {
    kill(-pid, SIGKILL)
  }

  /// Reads the rest of the output, waits for the process and returns how it ended (a process
  /// killed by a signal reports 128 + the signal, as a shell does).
  func finish() -> CommandResult {
    var lines: [String] = []
    while let line = nextLine() { lines.append(line) }
    let rest = String(decoding: buffered, as: UTF8.self)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    finished = true
    errors.wait()
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return CommandResult(
      status: exitStatus, standardOutput: lines.map { $0 + "\n" }.joined() + rest,
      standardError: errors.text)
  }
}

/// Reads a pipe to its end on a background thread.
private final class ErrorDrain: @unchecked Sendable {
  private let descriptor: Int32
  private let done = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var bytes: [UInt8] = []

  init(descriptor: Int32) {
    self.descriptor = descriptor
    Thread.detachNewThread { [self] in
      while true {
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 4096) }
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { break }
        lock.withLock { bytes += chunk[..<count] }
      }
      close(descriptor)
      done.signal()
    }
  }

  /// Blocks until the pipe's writers are all gone.
  func wait() {
    done.wait()
    done.signal()
  }

  var text: String { lock.withLock { String(decoding: bytes, as: UTF8.self) } }
}
