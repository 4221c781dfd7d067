import CommunityCore
import CommunityTUI
import Foundation
import HromadaResources

/// The interface without a terminal: time per key (update + render) and time to the first
/// complete frame, on communities of 100 and 100,000 news items.
enum InterfaceBenchmark {
  static func run(workDirectory: URL) throws -> String {
    try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
    var report = ["Interface (no terminal), release build", ""]
    let strings = try Strings.load(language: "uk", from: HromadaResources.stringsDirectory)
    var paths: [Int: String] = [:]
    for size in [100, 100_000] {
      let path = workDirectory.appendingPathComponent("tui-news-\(size)").path
      if !FileManager.default.fileExists(atPath: path + "/hromada.json") {
        try CommunityGenerator.generate(at: path, news: size, requests: 0, ballots: 0, seed: 42)
      }
      paths[size] = path
    }
    // The two sizes take turns, so that a busy moment of the machine falls on both alike; the
    // thread's CPU time is reported beside the wall time because other work on a shared
    // machine inflates only the latter.
    var firstFrames: [Int: [Double]] = [:]
    var firstFramesCPU: [Int: [Double]] = [:]
    for _ in 0..<41 {
      for size in [100, 100_000] {
        guard let path = paths[size] else { continue }
        let cpuStart = threadCPUTime()
        firstFrames[size, default: []].append(
          measure {
            let community = try? Community.open(path: path)
            guard let community else { return }
            let context = AppContext(
              community: community, viewer: .guest, strings: strings, now: { Date() })
            let app = App(context: context, signedIn: true)
            var canvas = Canvas(width: 80, height: 24)
            app.render(into: &canvas)
          })
        firstFramesCPU[size, default: []].append(threadCPUTime() - cpuStart)
      }
    }
    if let path = paths[100_000] {
      let community = try Community.open(path: path)
      let context = AppContext(
        community: community, viewer: .guest, strings: strings, now: { Date() })
      for (width, height) in [(80, 24), (200, 60)] {
        let app = App(context: context, signedIn: true)
        let keys: [Key] =
          Array(repeating: .down, count: 300) + Array(repeating: .pageDown, count: 50)
          + [.home] + Array(repeating: .enter, count: 1) + Array(repeating: .pageDown, count: 5)
          + [.escape, .tab, .down, .tab, .tab, .down, .backTab, .backTab, .backTab]
          + Array(repeating: .up, count: 200)
        var times: [Double] = []
        for key in keys {
          times.append(
            measure {
              _ = app.handle(key)
              var canvas = Canvas(width: width, height: height)
              app.render(into: &canvas)
            })
        }
        report.append(
          "one key + render at \(width)×\(height), 100,000 news: median "
            + format(median(times)) + ", p99 " + format(percentile(times, 0.99))
            + " (\(times.count) keys)")
      }
    }
    for (label, samples) in [("wall", firstFrames), ("CPU", firstFramesCPU)] {
      let small = median(samples[100] ?? [])
      let large = median(samples[100_000] ?? [])
      report.append(
        "start to first complete frame (open + render 80×24), \(label) time, median of 41 "
          + "taking turns: 100 news " + format(small) + ", 100,000 news " + format(large)
          + String(format: ", ratio %.2f", large / max(small, 1e-9)))
    }
    return report.joined(separator: "\n")
  }

  private static func measure(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  /// CPU time this thread has used, in seconds.
  private static func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  private static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

  private static func percentile(_ values: [Double], _ fraction: Double) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * fraction))]
  }

  private static func format(_ seconds: Double) -> String {
    seconds < 0.001
      ? String(format: "%.0f µs", seconds * 1e6) : String(format: "%.2f ms", seconds * 1e3)
  }
}
