import CommunityCore
import CommunityTUI
import Foundation
import HromadaResources

/// Issue 4's measurements with 1,000,000 requests in the store: opening the officials' queue
/// filtered to "overdue" (in the interface, as keys and a rendered 80×24 frame), one status
/// change (a durable write), and `hromada requests list --overdue --json` as a real process.
///
/// The dataset is made once by ``CommunityGenerator`` and cached in the work folder. Status
/// changes move a few registered requests to "in review", so the dataset drifts a little
/// from run to run; that does not change what is measured.
enum RequestsBenchmark {
  static let size = 1_000_000
  static let seed: UInt64 = 2_026
  static let runs = 7

  /// Runs the benchmark and returns the report (progress goes to standard error).
  static func run(workDirectory: URL, hromada: String) throws -> String {
    try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
    let path = try dataset(in: workDirectory)
    let community = try Community.open(path: path)
    let olena = Viewer.account(try community.signIn(id: "olena", pin: "1111"))
    let strings = try Strings.load(language: "uk", from: HromadaResources.stringsDirectory)
    let context = AppContext(community: community, viewer: olena, strings: strings, now: { Date() })
    var lines = ["requests benchmark: \(size) requests in \(path)"]
    let open = try community.listRequests(RequestFilter(openOnly: true), viewer: olena)
    let overdue = try community.listRequests(
      RequestFilter(overdueOnly: true, openOnly: true), viewer: olena)
    lines.append("  open requests: \(open.count), of them overdue: \(overdue.count)")

    log("measuring the queue…")
    var queueOpen: [Double] = []
    var queueOverdue: [Double] = []
    var core: [Double] = []
    var snapshots: [Double] = []
    for _ in 0..<runs {
      let app = App(context: context, signedIn: true)
      var frame = Canvas(width: 80, height: 24)
      app.render(into: &frame)
      _ = app.handle(.character("2"))
      queueOpen.append(
        seconds {
          _ = app.handle(.character("r"))
          var canvas = Canvas(width: 80, height: 24)
          app.render(into: &canvas)
        })
      queueOverdue.append(
        seconds {
          _ = app.handle(.character("o"))
          var canvas = Canvas(width: 80, height: 24)
          app.render(into: &canvas)
        })
      core.append(
        try seconds {
          _ = try community.listRequests(
            RequestFilter(overdueOnly: true, openOnly: true), viewer: olena)
        })
      snapshots.append(
        try seconds {
          _ = try community.queueSnapshot(
            RequestFilter(overdueOnly: true, openOnly: true), viewer: olena)
        })
    }
    lines.append(row("interface: r, open the queue (all open) + 80×24 frame", queueOpen))
    lines.append(row("interface: o, filter the open queue to overdue + frame", queueOverdue))
    lines.append(
      row(
        "interface: r then o, queue filtered to overdue, total", zip(queueOpen, queueOverdue).map(+)
      ))
    lines.append(row("core: queueSnapshot(overdue), the queue's lines + summary", snapshots))
    lines.append(row("core: listRequests(overdue), every overdue request decoded", core))

    log("measuring status changes…")
    let registered = try community.listRequests(
      RequestFilter(status: .registered, openOnly: true), viewer: olena)
    var changes: [Double] = []
    for request in registered.prefix(runs) {
      changes.append(
        try seconds {
          try community.updateRequest(number: request.number, status: .inReview, viewer: olena)
        })
    }
    lines.append(row("core: one status change, registered → in review (fsync)", changes))
    // The same through the interface: the queue filtered to "registered", Enter on the first
    // request, then s and Ctrl-S in the status form, and the redrawn request page.
    let app = App(context: context, signedIn: true)
    _ = app.handle(.character("2"))
    _ = app.handle(.character("r"))
    _ = app.handle(.character("s"))
    var screenChanges: [Double] = []
    for _ in 0..<runs {
      _ = app.handle(.enter)
      screenChanges.append(
        seconds {
          _ = app.handle(.character("s"))
          _ = app.handle(.control("s"))
          var canvas = Canvas(width: 80, height: 24)
          app.render(into: &canvas)
        })
      _ = app.handle(.escape)
    }
    lines.append(row("interface: s, Ctrl-S on a request page + redraw (fsync)", screenChanges))
    var summaries: [Double] = []
    for _ in 0..<runs {
      summaries.append(try seconds { _ = try community.queueSummary(viewer: olena) })
    }
    lines.append(row("core: queueSummary (open, overdue, due this week)", summaries))

    log("measuring the command line…")
    var processes: [Double] = []
    var bytes = 0
    for _ in 0..<runs {
      processes.append(
        try seconds {
          bytes = try runProcess(
            hromada,
            ["requests", "list", "--overdue", "--json", "--as", "olena", "--data-dir", path])
        })
    }
    lines.append(row("process: hromada requests list --overdue --json", processes))
    lines.append("  (its output: \(bytes / 1_024) KB of JSON)")
    return lines.joined(separator: "\n")
  }

  /// The cached dataset, generated on first use.
  private static func dataset(in work: URL) throws -> String {
    let path = work.appendingPathComponent("requests-\(size)").path
    let marker = path + ".complete"
    if FileManager.default.fileExists(atPath: marker) { return path }
    try? FileManager.default.removeItem(atPath: path)
    log("generating \(size) requests in \(path)…")
    let started = ContinuousClock.now
    try CommunityGenerator.generate(
      at: path, news: 1_000, requests: size, ballots: 0, seed: seed, progress: { log("  " + $0) })
    try Data("generated in \(ContinuousClock.now - started)\n".utf8)
      .write(to: URL(fileURLWithPath: marker))
    return path
  }

  /// Runs a process to its end with HROMADA_PIN set; returns how many bytes it printed.
  private static func runProcess(_ executable: String, _ arguments: [String]) throws -> Int {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["HROMADA_PIN"] = "1111"
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw RequestsBenchmarkFailure(
        message:
          "\(executable) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)"
      )
    }
    return data.count
  }

  private static func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  /// "label   median 12.3 ms   min … max …".
  private static func row(_ label: String, _ samples: [Double]) -> String {
    let sorted = samples.sorted()
    guard let low = sorted.first, let high = sorted.last else { return "  \(label): no runs" }
    func ms(_ value: Double) -> String { String(format: "%8.1f ms", value * 1_000) }
    return "  " + label.padding(toLength: 58, withPad: " ", startingAt: 0)
      + " median " + ms(sorted[sorted.count / 2]) + "   min " + ms(low) + "   max " + ms(high)
      + "   (\(samples.count) runs)"
  }

  private static func log(_ message: String) {
    FileHandle.standardError.write(Data(("[requests] " + message + "\n").utf8))
  }
}

/// A process the benchmark runs did not succeed.
private struct RequestsBenchmarkFailure: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
