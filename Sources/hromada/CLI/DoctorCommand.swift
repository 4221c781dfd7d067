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
    let community = Community(directory: directory)
    let (metaProblems, reports) = community.check()
    var problems = metaProblems
    print(
      metaProblems.isEmpty ? "ok  hromada.json, holidays.json" : "BAD hromada.json / holidays.json")
    for report in reports {
      let mark = report.problems.isEmpty ? "ok " : "BAD"
      print("\(mark) \(report.collection): \(report.records) journal lines")
      problems += report.problems
    }
    if metaProblems.isEmpty { reportSearchIndex(of: community) }
    for problem in problems { Output.line("  " + problem.description) }
    if !problems.isEmpty {
      print("\(problems.count) problem(s) found; nothing was changed.")
      throw ExitCode.failure
    }
    print("All is well.")
  }

  /// Reports the search index without counting it as a problem: it is derived data that the
  /// first search rebuilds from the collections, so nothing needs a person's attention.
  private func reportSearchIndex(of community: Community) {
    switch try? community.searchIndexStatus() {
    case .current(let documents):
      print("ok  search index: \(documents) documents")
    case .behind:
      print("ok  search index: behind the data; the next search rebuilds it")
    case .damaged(let reason):
      print("note search index: damaged; the next search rebuilds it")
      Output.line("  " + reason)
    case nil:
      print("note search index: could not be checked; the next search rebuilds it if needed")
    }
  }
}
