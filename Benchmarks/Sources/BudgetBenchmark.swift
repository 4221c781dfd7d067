import CommunityCore
import Foundation

/// Times the participatory-budget engine on every Pabulib file in a folder.
enum BudgetBenchmark {
  /// Parses each `.pb` file and counts it by every method, three times each, and returns a table
  /// of the median wall-clock seconds per step, then how much Add1 work Equal Shares did.
  static func run(pabulibDirectory: URL) throws -> String {
    let names = try FileManager.default.contentsOfDirectory(atPath: pabulibDirectory.path)
      .filter { $0.hasSuffix(".pb") }.sorted()
    let methods = CountingMethod.allCases
    var lines = [
      "Budget engine, median of 3 runs (seconds)",
      row(["file", "voters", "parse", "election"] + methods.map(\.rawValue), widths: columnWidths),
    ]
    var work = [
      "Equal Shares work (pabutools' Add1)",
      row(["file", "add1", "runs", "rounds"], widths: columnWidths),
    ]
    for name in names {
      let url = pabulibDirectory.appendingPathComponent(name)
      var pabulib: PabulibElection?
      let parse = try median {
        pabulib = try PabulibParser.parse(contentsOf: url)
      }
      guard let pabulib else { continue }
      var built: BudgetElection?
      let build = try median { built = try BudgetElection(pabulib) }
      guard let election = built else { continue }
      var cells = [name, String(election.ballots.count), format(parse), format(build)]
      var summary: EqualSharesSummary?
      for method in methods {
        var tally: BudgetTally?
        cells.append(format(try median { tally = election.tally(method: method) }))
        if method == .equalShares { summary = tally?.equalShares }
      }
      lines.append(row(cells, widths: columnWidths))
      if let summary {
        let counts = [summary.add1Increments, summary.runsComputed, summary.roundsFunded]
        work.append(row([name] + counts.map(String.init), widths: columnWidths))
      }
    }
    return (lines + [""] + work).joined(separator: "\n")
  }

  private static let columnWidths = [38, 7, 8, 9, 8, 13, 17]

  /// The median duration of three calls of `body`, in seconds.
  private static func median(_ body: () throws -> Void) throws -> Double {
    var seconds: [Double] = []
    for _ in 0..<3 {
      let start = DispatchTime.now().uptimeNanoseconds
      try body()
      seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return seconds.sorted()[1]
  }

  private static func format(_ seconds: Double) -> String {
    String(format: "%.3f", seconds)
  }

  private static func row(_ cells: [String], widths: [Int]) -> String {
    zip(cells, widths).map { cell, width in
      cell.count >= width ? cell : cell + String(repeating: " ", count: width - cell.count)
    }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
  }
}
