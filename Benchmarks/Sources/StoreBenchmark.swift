import CommunityCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Measures the store's promise that the cost of one operation does not grow with the size of
/// the collection: for each size it generates a community (once; cached in the work folder)
/// and times durable writes, reads in-process, and reads as real `hromada` processes.
enum StoreBenchmark {
  static let defaultSizes = [10, 10_000, 1_000_000]
  static let seed: UInt64 = 2_026

  /// What is measured, in the order of the table.
  enum Metric: String, CaseIterable {
    case writeNews = "write: publish a news item (fsync)"
    case writeStatus = "write: change a request's status (fsync)"
    case listNews = "read: listNews(limit 20)"
    case listNewsCPU = "  listNews, CPU time of the thread"
    case requestByNumber = "read: one request by number"
    case requestByNumberCPU = "  by number, CPU time of the thread"
    case processStartup = "process: hromada news --help (startup)"
    case processList = "process: hromada news list --limit 20"
    case processShow = "process: hromada news show ID"
    case processRequest = "process: hromada requests show N --as olena"
  }

  /// Seconds per operation: the median and the 99th percentile of the runs.
  struct Timing {
    var median: Double
    var p99: Double
    var runs: Int

    init(_ samples: [Double]) {
      let sorted = samples.sorted()
      median = sorted.isEmpty ? .nan : sorted[sorted.count / 2]
      p99 =
        sorted.isEmpty
        ? .nan : sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
      runs = samples.count
    }
  }

  /// Runs the whole benchmark and returns the report (progress goes to standard error).
  static func run(workDirectory: URL, sizes: [Int], hromada: String? = nil) throws -> String {
    try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
    var results: [Int: [Metric: Timing]] = [:]
    var datasets: [String] = []
    for size in sizes {
      let path = try dataset(size: size, in: workDirectory)
      datasets.append("  \(size): \(path) — \(describe(path))")
      log("measuring \(size)…")
      results[size] = try measure(path: path, hromada: hromada)
    }
    return report(results, sizes: sizes, datasets: datasets, hromada: hromada)
  }

  // MARK: Datasets

  /// The data directory for `size` news items and `size` requests, generated unless a complete
  /// one is already in the work folder.
  private static func dataset(size: Int, in work: URL) throws -> String {
    let path = work.appendingPathComponent("store-\(size)").path
    let marker = path + ".complete"
    if FileManager.default.fileExists(atPath: marker) { return path }
    try? FileManager.default.removeItem(atPath: path)
    log("generating \(size) news items and \(size) requests in \(path)…")
    let started = ContinuousClock.now
    try CommunityGenerator.generate(
      at: path, news: size, requests: size, ballots: 0, seed: seed, progress: { log("  " + $0) })
    let took = ContinuousClock.now - started
    try Data("generated in \(took)\n".utf8).write(to: URL(fileURLWithPath: marker))
    log("  generated in \(took)")
    return path
  }

  private static func describe(_ path: String) -> String {
    func megabytes(_ collection: String) -> String {
      let attributes = try? FileManager.default.attributesOfItem(
        atPath: "\(path)/\(collection)/records.jsonl")
      let bytes = (attributes?[.size] as? Int) ?? 0
      return String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
    return "news journal \(megabytes("news")), requests journal \(megabytes("requests"))"
  }

  // MARK: Measuring

  private static func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  /// The CPU time this thread has used, in seconds: unlike wall time, it does not count the
  /// time other processes on a busy machine take from it (nor waiting for the disk).
  private static func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// Runs `body` once per item, returning wall times and CPU times.
  private static func timed<T>(_ items: [T], _ body: (T) throws -> Void) rethrows -> (
    wall: [Double], cpu: [Double]
  ) {
    var wall: [Double] = []
    var cpu: [Double] = []
    for item in items {
      let cpuStart = threadCPUTime()
      wall.append(try seconds { try body(item) })
      cpu.append(threadCPUTime() - cpuStart)
    }
    return (wall, cpu)
  }

  private static func measure(path: String, hromada: String?) throws -> [Metric: Timing] {
    let community = try Community.open(path: path)
    let official = Viewer.account(try community.signIn(id: "olena", pin: "1111"))
    var results: [Metric: Timing] = [:]

    // Reads first, so that the writes below do not change what they read.
    _ = try community.listNews(NewsQuery(limit: 20), viewer: .guest)
    let lists = try timed(Array(0..<200)) { _ in
      _ = try community.listNews(NewsQuery(limit: 20), viewer: .guest)
    }
    results[.listNews] = Timing(lists.wall)
    results[.listNewsCPU] = Timing(lists.cpu)

    // Request numbers from all over the collection: ten from each of twenty random months.
    var random = SplitMix64(seed: seed)
    let months = community.requests.buckets(view: "month")
    var numbers: [String] = []
    for _ in 0..<(months.isEmpty ? 0 : 20) {
      let entries = try community.requests.entries(view: "month", bucket: random.pick(months))
      for _ in 0..<(entries.isEmpty ? 0 : 10) { numbers.append(random.pick(entries).key) }
    }
    let lookups = try timed(numbers) { number in
      _ = try community.request(number: number, viewer: official)
    }
    results[.requestByNumber] = Timing(lookups.wall)
    results[.requestByNumberCPU] = Timing(lookups.cpu)

    if let hromada {
      let data = ["--data-dir", path]
      let newest = try community.listNews(NewsQuery(limit: 1), viewer: .guest).first?.id ?? "1"
      results[.processStartup] = Timing(
        try (0..<20).map { _ in try process(hromada, ["news", "--help"]) })
      results[.processList] = Timing(
        try (0..<20).map { _ in try process(hromada, ["news", "list", "--limit", "20"] + data) })
      results[.processShow] = Timing(
        try (0..<20).map { _ in try process(hromada, ["news", "show", newest] + data) })
      let number = numbers.first ?? ""
      results[.processRequest] = Timing(
        try (0..<20).map { _ in
          try process(hromada, ["requests", "show", number, "--as", "olena"] + data, pin: "1111")
        })
    }

    // Writes last, undone afterwards, so that every run measures the same data.
    let rewind = try Rewind(path)
    do {
      results[.writeNews] = Timing(
        try (0..<100).map { index in
          try seconds {
            try community.publishNews(
              title: "Вимірювання \(index)", body: "Текст новини для вимірювання запису.",
              category: "Оголошення",
              viewer: official)
          }
        })
      results[.writeStatus] = Timing(try statusChanges(community, official: official, count: 100))
    } catch {
      try? rewind.restore()
      throw error
    }
    try rewind.restore()
    return results
  }

  /// Times `count` status changes through `Community.updateRequest`, each its own durable
  /// transaction, cycling a few open requests between "in review" and "needs documents".
  private static func statusChanges(_ community: Community, official: Viewer, count: Int) throws
    -> [Double]
  {
    var pool = try community.requests.entries(view: "open", bucket: "open")
      .filter { ["registered", "in-review", "needs-documents"].contains($0.tags.first ?? "") }
      .prefix(10).map(\.key)
    if pool.isEmpty {
      let resident = Viewer.account(
        try community.signIn(id: CommunityGenerator.residentID(1), pin: "4821"))
      let code = try community.listServices().first?.code ?? "00034"
      pool = [
        try community.fileRequest(
          serviceCode: code, description: "Для вимірювання", viewer: resident
        ).number
      ]
    }
    var samples: [Double] = []
    for index in 0..<count {
      let number = pool[index % pool.count]
      let status = try community.request(number: number, viewer: official).status
      let next: RequestStatus = status == .inReview ? .needsDocuments : .inReview
      samples.append(
        try seconds {
          try community.updateRequest(
            number: number, status: next, note: "Потрібна копія документа", viewer: official)
        })
    }
    return samples
  }

  /// Runs `hromada` once with its output discarded and returns how long it took, start to exit.
  ///
  /// `posix_spawn` and `waitpid` rather than `Process`, whose `waitUntilExit` polls its run loop
  /// and would round every time up to tens of milliseconds.
  private static func process(_ binary: String, _ arguments: [String], pin: String? = nil) throws
    -> Double
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
    environment["HOME"] = ProcessInfo.processInfo.environment["HOME"] ?? "/tmp"
    if let pin { environment["HROMADA_PIN"] = pin }
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var child: pid_t = 0
    var status: Int32 = 0
    let elapsed = try seconds {
      let spawned = posix_spawn(&child, binary, &actions, nil, argv, envp)
      guard spawned == 0 else {
        throw BenchmarkError("cannot start \(binary): \(String(cString: strerror(spawned)))")
      }
      while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    }
    guard status == 0 else {
      throw BenchmarkError(
        "`hromada \(arguments.joined(separator: " "))` failed (wait status \(status))")
    }
    return elapsed
  }

  /// The size of every file of a data directory, and the bytes of its small `state` marks.
  ///
  /// The store only appends (the `state` marks are rewritten in place), so cutting every file
  /// back to its recorded size and putting the marks back undoes the writes made since.
  private struct Rewind {
    let root: String
    private var sizes: [String: Int] = [:]
    private var marks: [String: Data] = [:]

    init(_ root: String) throws {
      self.root = root
      for name in try Rewind.files(under: root) {
        let path = root + "/" + name
        sizes[name] = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if (name as NSString).lastPathComponent == "state" {
          marks[name] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
      }
    }

    func restore() throws {
      for name in try Rewind.files(under: root) {
        let path = root + "/" + name
        guard let size = sizes[name] else {
          try FileManager.default.removeItem(atPath: path)
          continue
        }
        if let mark = marks[name] {
          try mark.write(to: URL(fileURLWithPath: path))
        } else if truncate(path, off_t(size)) != 0 {
          throw BenchmarkError("cannot cut \(path) back: \(String(cString: strerror(errno)))")
        }
      }
    }

    private static func files(under root: String) throws -> [String] {
      guard let walker = FileManager.default.enumerator(atPath: root) else {
        throw BenchmarkError("cannot list \(root)")
      }
      var names: [String] = []
      while let name = walker.nextObject() as? String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isFolder),
          !isFolder.boolValue
        {
          names.append(name)
        }
      }
      return names
    }
  }

  // MARK: Report

  private static func format(_ seconds: Double) -> String {
    if seconds.isNaN { return "—" }
    if seconds < 1e-3 { return String(format: "%.0f µs", seconds * 1e6) }
    if seconds < 1 { return String(format: "%.2f ms", seconds * 1e3) }
    return String(format: "%.2f s", seconds)
  }

  private static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return left ? text + padding : padding + text
  }

  private static func report(
    _ results: [Int: [Metric: Timing]], sizes: [Int], datasets: [String], hromada: String?
  ) -> String {
    let nameWidth = Metric.allCases.map(\.rawValue.count).max() ?? 40
    let columnWidth = 22
    var lines = [
      "Store benchmark — median (p99) per operation; each size has as many news items as requests"
    ]
    var header = pad("", nameWidth, left: true)
    for size in sizes { header += pad(size.formatted(), columnWidth) }
    if sizes.count > 1, let first = sizes.first, let last = sizes.last {
      header += pad("\(last.formatted())/\(first.formatted())", 14)
    }
    lines.append(header)
    for metric in Metric.allCases {
      guard sizes.contains(where: { results[$0]?[metric] != nil }) else { continue }
      var line = pad(metric.rawValue, nameWidth, left: true)
      for size in sizes {
        let timing = results[size]?[metric]
        line += pad(timing.map { "\(format($0.median)) (\(format($0.p99)))" } ?? "—", columnWidth)
      }
      if sizes.count > 1, let first = sizes.first.flatMap({ results[$0]?[metric] }),
        let last = sizes.last.flatMap({ results[$0]?[metric] })
      {
        line += pad(String(format: "%.2f×", last.median / first.median), 14)
      }
      lines.append(line)
    }
    lines.append("")
    lines.append("Data directories:")
    lines += datasets
    if hromada == nil {
      lines.append("(process rows skipped: no hromada binary; pass --hromada PATH)")
    }
    return lines.joined(separator: "\n")
  }

  private static func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}

/// A benchmark that could not run, with the reason.
struct BenchmarkError: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) { self.description = description }
}
