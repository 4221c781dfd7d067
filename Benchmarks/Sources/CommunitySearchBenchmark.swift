import CommunityCore
import Foundation
import HromadaResources

#if canImport(Glibc)
import Glibc
#endif

/// Measures search as a community uses it, on the demo and on a large generated community:
/// opening a community (which must not touch the index), the first search when the index is
/// missing or behind (a full rebuild from the collections), the first search after opening
/// with a current index (what every `hromada search` pays), later searches, one indexed write,
/// and, given the binary, `hromada search` from process start to exit.
enum CommunitySearchBenchmark {
  /// Queries run in turn; common words, a rare one, a phrase, an exclusion.
  static let queries = [
    "громада", "бюджет", "ремонт дороги", "\"громадський бюджет\"", "вода -відключення",
    "ЦНАП", "освітлення", "довідка",
  ]

  static func run(workDirectory: URL, news: Int, requests: Int, hromada: String?) throws
    -> String
  {
    let files = FileManager.default
    try? files.removeItem(at: workDirectory)
    try files.createDirectory(at: workDirectory, withIntermediateDirectories: true)
    let demoPath = workDirectory.appendingPathComponent("demo").path
    _ = try Community.create(
      at: demoPath, demoFolder: HromadaResources.demoDirectory, pinRounds: 1_000)
    let largePath = workDirectory.appendingPathComponent("large").path
    let started = Date()
    try CommunityGenerator.generate(
      at: largePath, news: news, requests: requests, ballots: 0, seed: 6)
    var report = "Hromada community search benchmark\n"
    report += String(
      format: "generated %d news + %d requests in %.0f s\n", news, requests,
      Date().timeIntervalSince(started))
    for (label, path) in [("demo", demoPath), ("generated", largePath)] {
      report += "\n\(label):\n" + (try measure(path: path, hromada: hromada))
    }
    return report
  }

  /// The numbers for one data directory.
  private static func measure(path: String, hromada: String?) throws -> String {
    var report = ""
    let opens = try (0..<20).map { _ in try milliseconds { _ = try Community.open(path: path) } }
    report += line("open a community", opens)

    // The part of a rebuild that reads the store, to tell it from the engine's own build.
    let reading = try milliseconds {
      let community = try Community.open(path: path)
      _ = try community.allSearchDocuments()
    }
    // As after seeding by an older version, or deleting the folder: the next search rebuilds.
    try? FileManager.default.removeItem(atPath: path + "/search")
    let rebuild = try milliseconds {
      _ = try Community.open(path: path).search("громада", viewer: .guest)
    }
    let documents: Int
    if case .current(let count) = try Community.open(path: path).searchIndexStatus() {
      documents = count
    } else {
      throw BenchmarkError("the index is not current after a search")
    }
    report += String(
      format: "  first search, index missing (rebuild of %d documents): %.0f ms, of which"
        + " reading the collections %.0f ms\n", documents, rebuild, reading)
    report += String(
      format: "  index on disk: %.1f MB\n", Double(folderSize(path + "/search")) / 1e6)

    let firsts = try (0..<20).map { round in
      try milliseconds {
        _ = try Community.open(path: path).search(queries[round % queries.count], viewer: .guest)
      }
    }
    report += line("first search after open, index current", firsts)

    let community = try Community.open(path: path)
    let official = Viewer.account(try community.signIn(id: "olena", pin: "1111"))
    var later: [Double] = []
    for round in 0..<200 {
      let viewer: Viewer = round % 2 == 0 ? .guest : official
      later.append(
        try milliseconds {
          _ = try community.search(queries[round % queries.count], viewer: viewer)
        })
    }
    report += line("later searches (guest and official)", later)

    let writes = try (0..<20).map { round in
      try milliseconds {
        try community.publishNews(
          title: "Вимірювання \(round)", body: "Текст для пошуку.", category: "Тест",
          viewer: official)
      }
    }
    report += line("publish one news item (store + index, durable)", writes)

    if let hromada {
      let processes = try (0..<10).map { round in
        try spawn(hromada, ["search", queries[round % queries.count], "--data-dir", path])
      }
      report += line("`hromada search` process, start to exit", processes)
    }
    return report
  }

  private static func line(_ label: String, _ samples: [Double]) -> String {
    let sorted = samples.sorted()
    let p99 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))]
    return String(
      format: "  %@: median %.2f ms, p99 %.2f ms (%d runs)\n", label, sorted[sorted.count / 2],
      p99, sorted.count)
  }

  private static func milliseconds(_ body: () throws -> Void) throws -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
  }

  private static func folderSize(_ path: String) -> Int {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.reduce(0) { total, name in
      let attributes = try? FileManager.default.attributesOfItem(atPath: path + "/" + name)
      return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
    }
  }

  /// Runs `binary` with its output discarded; `posix_spawn` so the time is not rounded up by
  /// `Process`'s run-loop polling.
  private static func spawn(_ binary: String, _ arguments: [String]) throws -> Double {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    let variables: [String] = ["PATH=/usr/bin:/bin", "LANG=C.UTF-8"]
    let envp = variables.map { strdup($0) } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var child: pid_t = 0
    var status: Int32 = 0
    let elapsed = try milliseconds {
      let spawned = posix_spawn(&child, binary, &actions, nil, argv, envp)
      guard spawned == 0 else { throw BenchmarkError("cannot start \(binary)") }
      while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    }
    guard status == 0 else { throw BenchmarkError("`hromada search` failed (\(status))") }
    return elapsed
  }
}
