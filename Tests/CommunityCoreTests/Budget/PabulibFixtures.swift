import CommunityCore
import Foundation
import Testing

/// Locates the shared Pabulib files and their reference outcomes for the tests.
enum PabulibFixtures {
  /// `<package root>/../shared/data/pabulib`, the package root being the nearest folder above
  /// this file that holds `Package.swift`.
  static func directory(from file: String = #filePath) -> URL? {
    var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
    while folder.pathComponents.count > 1 {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
      {
        return folder.deletingLastPathComponent().appendingPathComponent("shared/data/pabulib")
      }
      folder = folder.deletingLastPathComponent()
    }
    return nil
  }

  /// Every `.pb` file in the shared folder, sorted; empty when the folder is missing (a
  /// separate test fails then).
  static var fileNames: [String] {
    guard let directory = directory(),
      let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
    else { return [] }
    return names.filter { $0.hasSuffix(".pb") }.sorted()
  }

  static func url(_ name: String) throws -> URL {
    try #require(directory()).appendingPathComponent(name)
  }

  /// The reference outcomes: file name → key ("greedy", "mes", …) → project ids.
  static func expected() throws -> [String: [String: Any]] {
    let data = try Data(contentsOf: url("expected.json"))
    let json = try JSONSerialization.jsonObject(with: data)
    return try #require(json as? [String: [String: Any]])
  }

  static func election(_ name: String) throws -> BudgetElection {
    try BudgetElection(PabulibParser.parse(contentsOf: url(name)))
  }
}

/// Builds small elections for hand-counted tests: projects by id and cost, ballots by ids.
func makeElection(
  budget: Int, projects: [(String, Int)], ballots: [[String]],
  satisfaction: EqualSharesSatisfaction = .cost
) throws -> BudgetElection {
  let index = Dictionary(uniqueKeysWithValues: projects.enumerated().map { ($1.0, $0) })
  return try BudgetElection(
    budget: DecimalAmount(units: budget),
    projects: projects.map { BudgetProject(id: $0.0, cost: DecimalAmount(units: $0.1)) },
    ballots: try ballots.map { ballot in try ballot.map { try #require(index[$0]) } },
    satisfaction: satisfaction)
}
