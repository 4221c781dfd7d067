import Foundation

/// How to call `hromada-bench`.
///
/// One benchmark per name; add a benchmark as one `case` line in the switch below.
let usage = """
  usage: hromada-bench <benchmark> [options]

  benchmarks:
    store   [--work DIR] [--sizes 10,10000,1000000] [--hromada PATH]
            durable writes and reads at growing collection sizes (datasets cached in DIR)
    budget  [--pabulib DIR]   parse and count every Pabulib file by each method
    search  [--work DIR] [--news N] [--practices N]   the Ukrainian full-text index
    tui     [--work DIR]      keys and first frame of the interface, 100 vs 100,000 news
    requests [--work DIR] [--hromada PATH]   the queue and status changes at 1,000,000 requests
    community-search [--work DIR] [--news N] [--requests N] [--hromada PATH]
            the community's index: open, rebuild, first and later searches, one write

  Build in release first: swift build -c release
  """

/// The `--name value` options after the benchmark's name.
struct BenchmarkOptions {
  private var values: [String: String] = [:]

  init(_ arguments: ArraySlice<String>) throws {
    var rest = arguments
    while let name = rest.popFirst() {
      guard name.hasPrefix("--"), let value = rest.popFirst() else {
        throw BenchmarkError("expected --option value, found '\(name)'")
      }
      values[String(name.dropFirst(2))] = value
    }
  }

  subscript(_ name: String) -> String? { values[name] }

  /// The folder benchmarks keep their data in: `--work`, else `bench-out` here.
  var workDirectory: URL {
    URL(fileURLWithPath: self["work"] ?? "bench-out", isDirectory: true)
  }

  /// `--hromada`, else the `hromada` built beside this executable.
  var hromada: String? {
    if let explicit = self["hromada"] { return explicit }
    let sibling = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("hromada").path
    return FileManager.default.isExecutableFile(atPath: sibling) ? sibling : nil
  }

  func sizes(default fallback: [Int]) throws -> [Int] {
    guard let text = self["sizes"] else { return fallback }
    let sizes = text.split(separator: ",").compactMap {
      Int($0.replacingOccurrences(of: "_", with: ""))
    }
    guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else {
      throw BenchmarkError("--sizes: expected positive numbers separated by commas")
    }
    return sizes
  }
}

let arguments = CommandLine.arguments.dropFirst()
do {
  switch arguments.first {
  case "store":
    let options = try BenchmarkOptions(arguments.dropFirst())
    print(
      try StoreBenchmark.run(
        workDirectory: options.workDirectory.appendingPathComponent("store"),
        sizes: options.sizes(default: StoreBenchmark.defaultSizes), hromada: options.hromada))
  case "budget":
    let options = try BenchmarkOptions(arguments.dropFirst())
    let folder = options["pabulib"] ?? "../shared/data/pabulib"
    print(try BudgetBenchmark.run(pabulibDirectory: URL(fileURLWithPath: folder)))
  case "search":
    let options = try BenchmarkOptions(arguments.dropFirst())
    print(
      try SearchBenchmark.run(
        workDirectory: options.workDirectory.appendingPathComponent("search"),
        newsCount: Int(options["news"] ?? "") ?? 100_000,
        practiceCount: Int(options["practices"] ?? "") ?? 10_000))
  case "tui":
    let options = try BenchmarkOptions(arguments.dropFirst())
    print(
      try InterfaceBenchmark.run(workDirectory: options.workDirectory.appendingPathComponent("tui"))
    )
  case "requests":
    let options = try BenchmarkOptions(arguments.dropFirst())
    print(
      try RequestsBenchmark.run(
        workDirectory: options.workDirectory.appendingPathComponent("requests"),
        hromada: options.hromada ?? ".build/release/hromada"))
  case "community-search":
    let options = try BenchmarkOptions(arguments.dropFirst())
    print(
      try CommunitySearchBenchmark.run(
        workDirectory: options.workDirectory.appendingPathComponent("community-search"),
        news: Int(options["news"] ?? "") ?? 100_000,
        requests: Int(options["requests"] ?? "") ?? 100_000, hromada: options.hromada))
  default:
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(2)
  }
} catch {
  FileHandle.standardError.write(Data("hromada-bench: \(error)\n".utf8))
  exit(1)
}
