import CommunityCore
import Foundation
import Glibc

/// Measures the search engine on a generated corpus and writes the same corpus and queries
/// as JSON so `Benchmarks/search/fts5_compare.py` can run SQLite FTS5 on them.
///
/// Reports build time, size on disk, open time, resident memory (VmRSS from
/// /proc/self/status), median and p99 latency (wall clock and thread CPU time) of one-word,
/// two-word and phrase queries (top ten with snippets), the cost of one durable write, and
/// for inflected-form queries how many of the documents containing some form of the word are
/// found.
enum SearchBenchmark {
  /// Query rounds per kind; each round runs every query of the kind once.
  static let rounds = 5
  /// Queries per kind.
  static let queriesPerKind = 200

  /// Runs the benchmark in `workDirectory` and returns the report.
  static func run(workDirectory: URL, newsCount: Int, practiceCount: Int) throws -> String {
    var report = "Hromada search benchmark: \(newsCount) news items + \(practiceCount) practices\n"
    let files = FileManager.default
    try files.createDirectory(at: workDirectory, withIntermediateDirectories: true)
    let indexURL = workDirectory.appendingPathComponent("hromada-index", isDirectory: true)
    try? files.removeItem(at: indexURL)

    let generator = SearchCorpusGenerator()
    let total = newsCount + practiceCount
    let queries = makeQueries(generator)
    var truth = [[String]](repeating: [], count: SearchCorpusGenerator.trackedLemmas.count)
    var lemmaPresent = [Int](repeating: 0, count: truth.count)
    var buildSeconds = 0.0
    var buildCPUSeconds = 0.0
    do {
      var started = Date()
      var documents: [SearchDocument] = []
      documents.reserveCapacity(total)
      for number in 0..<total {
        let item = generator.item(number, newsCount: newsCount)
        documents.append(item.document)
        for (tracked, presence) in item.tracked.enumerated() where presence > 0 {
          truth[tracked].append(item.document.id)
          if presence == 2 { lemmaPresent[tracked] += 1 }
        }
      }
      let generated = Date().timeIntervalSince(started)
      try writeCorpus(documents, to: workDirectory.appendingPathComponent("corpus.jsonl"))
      try writeQueries(
        queries, truth: truth, to: workDirectory.appendingPathComponent("queries.json"))
      report += String(
        format: "corpus generated in %.1f s (%.0f MB of JSONL)\n", generated,
        Double(fileSize(workDirectory.appendingPathComponent("corpus.jsonl"))) / 1e6)
      started = Date()
      let cpuStarted = processCPUSeconds()
      try SearchIndex(directory: indexURL).rebuild(from: documents)
      buildSeconds = Date().timeIntervalSince(started)
      buildCPUSeconds = processCPUSeconds() - cpuStarted
    }
    releaseFreedMemory()

    let size = directorySize(indexURL)
    let rssBefore = memory()
    var openTimes: [Double] = []
    var opened: SearchIndex?
    for _ in 0..<20 {
      let started = DispatchTime.now().uptimeNanoseconds
      opened = try SearchIndex(directory: indexURL)
      openTimes.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
    }
    guard let index = opened else { return report }
    let rssOpen = memory()
    let count = try index.documentCount
    report += String(
      format: "build (rebuild from memory): %.1f s wall, %.1f s CPU\n", buildSeconds,
      buildCPUSeconds)
    report += String(format: "index size on disk: %.1f MB\n", Double(size) / 1e6)
    report += String(format: "open: median %.2f ms over 20 opens\n", percentile(openTimes, 0.5))
    report += "documents: \(count)\n"
    report += "resident memory before open: \(rssBefore)\n"
    report += "resident memory after open:  \(rssOpen)\n"

    report +=
      "\nquery latency, top 10 with snippets (ms)   median     p99  cpu-med  cpu-p99  hits\n"
    let kinds = [
      ("one word", queries.oneWord), ("two words", queries.twoWords), ("phrase", queries.phrases),
    ]
    for (name, list) in kinds {
      var times: [Double] = []
      var cpuTimes: [Double] = []
      var hits = 0
      for round in 0..<rounds {
        for query in list {
          let started = DispatchTime.now().uptimeNanoseconds
          let cpuStarted = threadCPUMilliseconds()
          let results = try index.search(query, viewer: .guest, options: SearchOptions(limit: 10))
          cpuTimes.append(threadCPUMilliseconds() - cpuStarted)
          times.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
          if round == 0 { hits += results.totalCount }
        }
      }
      report +=
        pad(name, 42)
        + String(
          format: "%7.3f %7.3f %8.3f %8.3f %6d\n", percentile(times, 0.5), percentile(times, 0.99),
          percentile(cpuTimes, 0.5), percentile(cpuTimes, 0.99), hits / max(1, list.count))
    }
    report += "resident memory after queries: \(memory())\n"

    report += "\ninflected forms: documents with any form of the word (ground truth) found\n"
    report += "  word           truth  without-lemma  found   recall  total-hits\n"
    for (tracked, lemma) in SearchCorpusGenerator.trackedLemmas.enumerated() {
      let expected = Set(truth[tracked])
      let results = try index.search(
        lemma, viewer: .guest, options: SearchOptions(limit: total, includesSnippets: false))
      let found = results.hits.reduce(0) { $0 + (expected.contains($1.id) ? 1 : 0) }
      report +=
        pad(lemma, 14)
        + String(
          format: "%7d %14d %6d %7.1f%% %11d\n", expected.count,
          expected.count - lemmaPresent[tracked], found,
          100 * Double(found) / Double(max(1, expected.count)), results.totalCount)
    }

    var writeTimes: [Double] = []
    for number in 0..<50 {
      let document = SearchDocument(
        kind: .news, id: "bench-write-\(number)", title: "Тестовий запис \(number)",
        body: "Громада перевіряє швидкість запису.")
      let started = DispatchTime.now().uptimeNanoseconds
      try index.upsert(document)
      writeTimes.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
    }
    report += String(
      format: "\ndurable upsert (journal append + fdatasync): median %.2f ms, p99 %.2f ms\n",
      percentile(writeTimes, 0.5), percentile(writeTimes, 0.99))
    for number in 0..<50 { try index.remove(kind: .news, id: "bench-write-\(number)") }
    return report
  }

  /// The benchmark's query lists.
  struct Queries {
    var oneWord: [String] = []
    var twoWords: [String] = []
    var phrases: [String] = []
  }

  /// Picks queries from the vocabulary with a fixed seed: dictionary forms, as people type.
  static func makeQueries(_ generator: SearchCorpusGenerator) -> Queries {
    var random = SearchCorpusGenerator.SplitMix64(seed: 7)
    var queries = Queries()
    let lemmas = generator.nouns.map(\.lemma)
    for _ in 0..<queriesPerKind {
      let noun = generator.nouns[random.int(in: 0...(generator.nouns.count - 1))]
      queries.oneWord.append(noun.lemma)
      queries.twoWords.append("\(noun.lemma) \(lemmas[random.int(in: 0...(lemmas.count - 1))])")
      let adjectives = generator.adjectives[String(noun.gender)] ?? []
      let adjective = adjectives[random.int(in: 0...(adjectives.count / 12 - 1)) * 12]
      queries.phrases.append("\"\(adjective) \(noun.lemma)\"")
    }
    return queries
  }

  private static func writeCorpus(_ documents: [SearchDocument], to url: URL) throws {
    var output = Data()
    output.reserveCapacity(documents.count * 3_000)
    for document in documents {
      let line =
        "{\"kind\":\"\(document.kind.rawValue)\",\"id\":\(json(document.id)),"
        + "\"title\":\(json(document.title)),\"body\":\(json(document.body))}\n"
      output.append(contentsOf: Array(line.utf8))
    }
    try output.write(to: url)
  }

  private static func writeQueries(_ queries: Queries, truth: [[String]], to url: URL) throws {
    var inflected: [[String: Any]] = []
    for (tracked, lemma) in SearchCorpusGenerator.trackedLemmas.enumerated() {
      inflected.append(["query": lemma, "truth": truth[tracked]])
    }
    let object: [String: Any] = [
      "one_word": queries.oneWord, "two_words": queries.twoWords, "phrase": queries.phrases,
      "inflected": inflected, "rounds": rounds,
    ]
    try JSONSerialization.data(withJSONObject: object).write(to: url)
  }

  private static func json(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      default:
        if scalar.value < 0x20 {
          result += String(format: "\\u%04x", scalar.value)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// CPU time of the whole process (user and system), for the build.
  private static func processCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  /// CPU time of the calling thread, which other processes on a busy machine do not inflate.
  private static func threadCPUMilliseconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) * 1000 + Double(spec.tv_nsec) / 1e6
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    "  " + text + String(repeating: " ", count: max(1, width - text.count))
  }

  private static func percentile(_ values: [Double], _ fraction: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * fraction + 0.5))]
  }

  /// Asks glibc to return freed heap pages (malloc_trim, looked up at run time because the
  /// Glibc module does not export it), so memory after opening is not the build's leftovers.
  private static func releaseFreedMemory() {
    guard let symbol = dlsym(nil, "malloc_trim") else { return }
    typealias Trim = @convention(c) (Int) -> Int32
    _ = unsafeBitCast(symbol, to: Trim.self)(0)
  }

  /// A line of /proc/self/status in kilobytes: VmRSS (all resident memory), RssAnon (heap)
  /// or RssFile (mapped file pages, which the kernel can drop under memory pressure).
  private static func residentKilobytes(_ field: String = "VmRSS") -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") })
    else { return 0 }
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
  }

  /// Resident memory as "VmRSS MB (heap MB + mapped files MB)".
  private static func memory() -> String {
    "\(residentKilobytes() / 1024) MB (heap \(residentKilobytes("RssAnon") / 1024) MB"
      + " + mapped files \(residentKilobytes("RssFile") / 1024) MB)"
  }

  private static func fileSize(_ url: URL) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0
  }

  private static func directorySize(_ url: URL) -> Int {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.reduce(0) { $0 + fileSize(url.appendingPathComponent($1)) }
  }
}
