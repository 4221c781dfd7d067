import Foundation
import Testing

/// A real terminal for end-to-end tests: the `hromada` binary runs inside a detached tmux
/// session; tests type with `send-keys` and read the screen with `capture-pane`, waiting for
/// text to appear instead of sleeping a fixed time.
final class TmuxSession {
  let name: String
  let dataDirectory: URL

  /// Starts `arguments` (after the binary) in an 80×24 UTF-8 xterm-256color terminal.
  init(arguments: [String], environment: [String: String] = [:], width: Int = 80, height: Int = 24)
    throws
  {
    name = "hromada-e2e-\(UUID().uuidString.prefix(8))"
    dataDirectory = FileManager.default.temporaryDirectory
      .appendingPathComponent("hromada-e2e-\(UUID().uuidString)")
    let binary = try TmuxSession.binary()
    var variables = [
      "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
      "HROMADA_DATA_DIR": dataDirectory.path,
    ]
    variables.merge(environment) { _, new in new }
    let assignments = variables.sorted { $0.key < $1.key }.map {
      "\($0.key)=\(TmuxSession.quote($0.value))"
    }
    // After hromada exits, the pane shows its exit code and whether the terminal is back in
    // its normal (canonical, echoing) mode, then stays open for the test to read.
    let command =
      "env \(assignments.joined(separator: " ")) \(TmuxSession.quote(binary)) "
      + arguments.map(TmuxSession.quote).joined(separator: " ")
      + "; code=$?; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; "
      + "echo \"exit=$code\"; sleep 600"
    try TmuxSession.tmux([
      "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), command,
    ])
    _ = try? TmuxSession.tmux(["set-option", "-t", name, "window-size", "manual"])
  }

  deinit {
    _ = try? TmuxSession.tmux(["kill-session", "-t", name])
    try? FileManager.default.removeItem(at: dataDirectory)
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
    try TmuxSession.tmux(["send-keys", "-t", name] + keys)
  }

  /// Types text literally (Cyrillic included).
  func type(_ text: String) throws {
    try TmuxSession.tmux(["send-keys", "-t", name, "-l", text])
  }

  func resize(width: Int, height: Int) throws {
    try TmuxSession.tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
  }

  /// The screen as text.
  func screen() throws -> String {
    try TmuxSession.tmux(["capture-pane", "-p", "-t", name])
  }

  /// Waits until `text` is on screen, polling; fails with the last screen after `timeout`.
  @discardableResult
  func waitFor(
    _ text: String, timeout: TimeInterval = 20, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if last.contains(text) { return last }
      usleep(50_000)
    }
    Issue.record(
      "'\(text)' did not appear within \(timeout) s; the screen was:\n\(last)",
      sourceLocation: sourceLocation)
    throw TmuxError(message: "timed out waiting for '\(text)'")
  }

  @discardableResult
  static func tmux(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["tmux"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    guard process.terminationStatus == 0 else {
      throw TmuxError(message: "tmux \(arguments.joined(separator: " ")) failed: \(text)")
    }
    return text
  }

  private static func quote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

struct TmuxError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
