import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A real terminal for end-to-end tests: the `hromada` binary runs inside a detached tmux
/// session; tests type with `send-keys` and read the screen with `capture-pane`, waiting for
/// text to appear instead of sleeping a fixed time.
///
/// Every session has a tmux server of its own (`-L`, no configuration file), so tests running
/// in parallel never share a server: one test ending its session cannot take the server away
/// from another, and a user's tmux configuration cannot change what the tests see.
final class TmuxSession {
  let name: String
  let dataDirectory: URL
  private let ownsDataDirectory: Bool

  /// Starts `arguments` (after the binary) in a UTF-8 xterm-256color terminal.
  ///
  /// `dataDirectory` lets several sessions share one community; without it the session gets a
  /// fresh directory of its own, removed when the session ends.
  init(
    arguments: [String], environment: [String: String] = [:], dataDirectory: URL? = nil,
    width: Int = 80, height: Int = 24
  ) throws {
    name = "hromada-e2e-\(UUID().uuidString.prefix(8))"
    ownsDataDirectory = dataDirectory == nil
    self.dataDirectory =
      dataDirectory
      ?? FileManager.default.temporaryDirectory
      .appendingPathComponent("hromada-e2e-\(UUID().uuidString)")
    let binary = try TmuxSession.binary()
    var variables = [
      "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
      "HROMADA_DATA_DIR": self.dataDirectory.path,
    ]
    variables.merge(environment) { _, new in new }
    let assignments = variables.sorted { $0.key < $1.key }.map {
      "\($0.key)=\(TmuxSession.quote($0.value))"
    }
    // After hromada exits, the pane shows its exit code and whether the terminal is back in
    // its normal (canonical, echoing) mode, then stays open for the test to read. If the test
    // process itself dies, `timeout` (in the foreground, so the interface keeps the terminal)
    // and the final sleep still end everything.
    let command =
      "env \(assignments.joined(separator: " ")) timeout --foreground 600 "
      + ([binary] + arguments).map(TmuxSession.quote).joined(separator: " ")
      + "; code=$?; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; "
      + "echo \"exit=$code\"; sleep 600"
    try tmux([
      "-f", "/dev/null", "new-session", "-d", "-s", name, "-x", String(width), "-y",
      String(height), command,
    ])
    _ = try? tmux(["set-option", "-t", name, "window-size", "manual"])
  }

  deinit {
    _ = try? tmux(["kill-server"])
    if ownsDataDirectory { try? FileManager.default.removeItem(at: dataDirectory) }
  }

  /// Runs `body` with `hromada --as account` on `data` (shared by several sessions, as by
  /// several people of one community), then quits with Ctrl-C and checks the exit code.
  static func signedIn(
    _ account: String, pin: String, data: URL, _ body: (TmuxSession) throws -> Void
  ) throws {
    let terminal = try TmuxSession(
      arguments: ["--as", account], environment: ["HROMADA_PIN": pin], dataDirectory: data)
    try body(terminal)
    try terminal.quit(with: "C-c")
  }

  /// The path of the built binary: $HROMADA_BINARY, else the package's debug build.
  static func binary() throws -> String {
    if let explicit = ProcessInfo.processInfo.environment["HROMADA_BINARY"], !explicit.isEmpty {
      return explicit
    }
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while folder.path != "/" {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
      {
        return folder.appendingPathComponent(".build/debug/hromada").path
      }
      folder.deleteLastPathComponent()
    }
    throw TmuxError(message: "cannot find the package root from \(#filePath)")
  }

  /// Presses keys by their tmux names ("Enter", "Down", "C-s", "Escape").
  func press(_ keys: String...) throws {
    try tmux(["send-keys", "-t", name] + keys)
  }

  /// Types text literally (Cyrillic included).
  func type(_ text: String) throws {
    try tmux(["send-keys", "-t", name, "-l", text])
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
  }

  /// The process id of the shell in the pane (hromada is its child).
  func panePID() throws -> String {
    try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The screen as text.
  func screen() throws -> String {
    try tmux(["capture-pane", "-p", "-t", name])
  }

  /// Presses `key` to leave hromada and returns the final screen with its exit code.
  @discardableResult
  func quit(
    with key: String = "q", sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    try press(key)
    let final = try waitFor("exit=", sourceLocation: sourceLocation)
    #expect(final.contains("exit=0"), "the final screen:\n\(final)", sourceLocation: sourceLocation)
    return final
  }

  /// Waits until `text` is on a settled screen, polling; fails with the last screen after
  /// `timeout`.
  ///
  /// A capture may catch hromada in the middle of drawing a frame (the dialog's title already
  /// there, its last line not yet), so the screen counts only once two captures 50 ms apart
  /// agree: what the caller then inspects is the whole frame.
  @discardableResult
  func waitFor(
    _ text: String, timeout: TimeInterval = 30, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    var previous: String?
    repeat {
      last = try screen()
      if last.contains(text) {
        if last == previous { return last }
        previous = last
      } else {
        previous = nil
      }
      usleep(50_000)
    } while Date() < deadline
    Issue.record(
      "'\(text)' did not appear within \(timeout) s; the screen was:\n\(last)",
      sourceLocation: sourceLocation)
    throw TmuxError(message: "timed out waiting for '\(text)'")
  }

  /// Runs tmux against this session's own server.
  ///
  /// Spawned directly and reaped with `waitpid`, its output sent to a file the child opens
  /// itself: the client that starts the server forks it, and the long-lived server keeps
  /// whatever descriptors the client had, so a pipe (or a descriptor of this test process
  /// inherited by accident) would never reach end-of-file.
  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    let (status, text) = try TmuxSession.run(["tmux", "-L", name] + arguments)
    guard status == 0 else {
      throw TmuxError(message: "tmux \(arguments.joined(separator: " ")) failed: \(text)")
    }
    return text
  }

  /// Sends `signal` ("TERM", "HUP") to the hromada running in this session's pane.
  func signalHromada(_ signal: String) throws {
    let (status, text) = try TmuxSession.run(
      ["pkill", "-" + signal, "-s", try panePID(), "-x", "hromada"])
    guard status == 0 else { throw TmuxError(message: "pkill found no hromada: \(text)") }
  }

  /// Runs a command found on PATH to its end and returns its exit status and output.
  private static func run(_ command: [String]) throws -> (status: Int32, output: String) {
    let outputPath = FileManager.default.temporaryDirectory
      .appendingPathComponent("hromada-tmux-\(UUID().uuidString)").path
    defer { unlink(outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    // The test runner's threads block most signals and a spawned child inherits that mask; a
    // tmux server (forked from this client) that cannot see SIGCHLD or SIGHUP never notices its
    // panes ending and outlives `kill-server`. So the child starts with none blocked.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGCHLD] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = (["/usr/bin/env"] + command).map { strdup($0) } + [nil]
    let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var child: pid_t = 0
    let spawned = posix_spawn(&child, "/usr/bin/env", &actions, &attributes, argv, envp)
    guard spawned == 0 else {
      throw TmuxError(message: "cannot start \(command[0]): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    return ((status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f), text)
  }

  private static func quote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

struct TmuxError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
