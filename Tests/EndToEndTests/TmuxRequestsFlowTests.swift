import Foundation
import Testing

/// The request flow through the real binary in a real terminal.
///
/// A resident files a request typed in Cyrillic, an official finds it in the queue and moves it to in review, and the
/// resident sees the new status. Three sessions of `hromada` share one fresh data directory.
@Suite("Requests end to end", .serialized)
struct TmuxRequestsFlowTests {
  @Test("resident files in Cyrillic, official moves it to in review, resident sees it")
  func fileReviewFollow() throws {
    let data = FileManager.default.temporaryDirectory
      .appendingPathComponent("hromada-requests-e2e-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: data) }
    let description = "Прошу присвоїти адресу будинку на вулиці Ґрунтовій, 7 — «Їжакова хата»"

    // 1. The resident files a request for address assignment (the third service).
    var number = ""
    try RequestsTerminal.run(account: "taras", pin: "4821", data: data) { terminal in
      // The first start seeds the demo community (PIN hashing), which is slow in a debug build.
      try terminal.waitFor("Новини громади", timeout: 120)
      try terminal.press("2")
      try terminal.waitFor("Адміністративні послуги")
      try terminal.press("Down", "Down", "f")
      try terminal.waitFor("Заява: Присвоєння адреси")
      try terminal.type(description)
      try terminal.press("Tab")
      try terminal.type("вул. Ґрунтова, 7")
      try terminal.press("C-s")
      let filed = try terminal.waitFor("Заяву зареєстровано під номером")
      number = try #require(RequestsTerminal.requestNumber(in: filed, after: "під номером"))
      #expect(filed.contains("зареєстровано"))
      #expect(filed.contains("Ґрунтовій"))
    }

    // 2. The official finds it in the queue and moves it to in review.
    try RequestsTerminal.run(account: "olena", pin: "1111", data: data) { terminal in
      try terminal.waitFor("Новини громади")
      try terminal.press("2")
      try terminal.waitFor("Адміністративні послуги")
      try terminal.press("r")
      let queue = try terminal.waitFor("Черга заяв")
      #expect(queue.contains(number))
      try terminal.press("/")
      try terminal.type(number)
      try terminal.press("Enter")
      try terminal.waitFor("збіг 1 з 1")
      try terminal.press("Enter")
      let page = try terminal.waitFor("Заява № \(number)")
      #expect(page.contains("Статус: зареєстровано"))
      #expect(page.contains("«Їжакова хата»"))
      try terminal.press("s")
      try terminal.waitFor("‹ на розгляді ›")
      try terminal.press("C-s")
      try terminal.waitFor("Статус змінено: на розгляді")
    }

    // 3. The resident sees the new status in My requests.
    try RequestsTerminal.run(account: "taras", pin: "4821", data: data) { terminal in
      try terminal.waitFor("Новини громади")
      try terminal.press("2")
      try terminal.waitFor("Адміністративні послуги")
      try terminal.press("r")
      let mine = try terminal.waitFor("Мої заяви")
      let row = mine.split(separator: "\n").first { $0.contains(number) }
      #expect(row?.contains("на розгляді") == true, "My requests:\n\(mine)")
    }
  }
}

/// One `hromada` session in a detached tmux pane of 80×24, killed when the test is done with
/// it, even when the test fails.
private final class RequestsTerminal {
  let name = "hromada-requests-\(UUID().uuidString.prefix(8))"

  /// Runs `body` with `hromada --as account` started in a fresh tmux session, then quits with
  /// Ctrl-C, checks the exit code and kills the session.
  static func run(
    account: String, pin: String, data: URL, _ body: (RequestsTerminal) throws -> Void
  ) throws {
    let terminal = RequestsTerminal()
    defer { _ = try? RequestsTerminal.tmux(["kill-session", "-t", terminal.name]) }
    let environment = [
      "TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "HROMADA_PIN=" + pin,
    ]
    // If the test process itself is killed, `defer` never runs: `timeout` (in the foreground,
    // so the interface keeps the terminal) and a short final sleep end the session anyway.
    let command =
      "env " + environment.map(quote).joined(separator: " ") + " timeout --foreground 300 "
      + [try binary(), "--as", account, "--data-dir", data.path].map(quote).joined(separator: " ")
      + "; echo \"exit=$?\"; sleep 60"
    try tmux(["new-session", "-d", "-s", terminal.name, "-x", "80", "-y", "24", command])
    try body(terminal)
    try terminal.press("C-c")
    let final = try terminal.waitFor("exit=")
    #expect(final.contains("exit=0"))
  }

  /// The binary: `$HROMADA_BINARY`, else `.build/debug/hromada` in the package root.
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
    throw TerminalFailure(message: "no Package.swift above \(#filePath)")
  }

  /// The first `YYYY-NNNNNN` request number after `marker` on the screen.
  static func requestNumber(in screen: String, after marker: String) -> String? {
    guard let range = screen.range(of: marker) else { return nil }
    let rest = screen[range.upperBound...].drop { $0 == " " }
    let candidate = String(rest.prefix(11))
    let digits = candidate.filter(\.isNumber)
    return candidate.count == 11 && digits.count == 10 && candidate.dropFirst(4).first == "-"
      ? candidate : nil
  }

  /// Presses keys by their tmux names ("Enter", "Down", "C-s").
  func press(_ keys: String...) throws {
    try RequestsTerminal.tmux(["send-keys", "-t", name] + keys)
  }

  /// Types text literally, Cyrillic included.
  func type(_ text: String) throws {
    try RequestsTerminal.tmux(["send-keys", "-t", name, "-l", text])
  }

  /// Polls the screen until `text` shows; fails with the last screen after `timeout`.
  @discardableResult
  func waitFor(
    _ text: String, timeout: TimeInterval = 30, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = ""
    repeat {
      screen = try RequestsTerminal.tmux(["capture-pane", "-p", "-t", name])
      if screen.contains(text) { return screen }
      usleep(50_000)
    } while Date() < deadline
    Issue.record(
      "'\(text)' did not show within \(timeout) s:\n\(screen)", sourceLocation: sourceLocation)
    throw TerminalFailure(message: "timed out waiting for '\(text)'")
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
      throw TerminalFailure(message: "tmux \(arguments.joined(separator: " ")): \(text)")
    }
    return text
  }

  private static func quote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

private struct TerminalFailure: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
