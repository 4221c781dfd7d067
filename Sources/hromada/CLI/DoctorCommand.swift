import ArgumentParser
import CommunityCore
import Foundation

/// `hromada doctor`: reads every file of the data directory and reports what is wrong.
struct DoctorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doctor",
    abstract: "Check every file of the data directory; exit 0 only when all is well.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let directory = DataDirectory(path: global.dataPath)
    guard directory.isInitialized else {
      print("\(directory.path): no community here (no hromada.json)")
      throw ExitCode.failure
    }
    let (metaProblems, reports) = Community(directory: directory).check()
    var problems = metaProblems
    print(
      metaProblems.isEmpty ? "ok  hromada.json, holidays.json" : "BAD hromada.json / holidays.json")
    for report in reports {
      let mark = report.problems.isEmpty ? "ok " : "BAD"
      print("\(mark) \(report.collection): \(report.records) journal lines")
      problems += report.problems
    }
    for problem in problems { Output.line("  " + problem.description) }
    if !problems.isEmpty {
      print("\(problems.count) problem(s) found; nothing was changed.")
      throw ExitCode.failure
    }
    print("All is well.")
  }
}
