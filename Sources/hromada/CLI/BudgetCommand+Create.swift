import ArgumentParser
import CommunityCore
import Foundation

extension BudgetCommand {
  /// `hromada budget create`: a new cycle, in submission, for officials to run.
  struct Create: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Create a budget cycle in the submission phase (officials).")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The cycle's id: 2–32 lowercase Latin letters, digits, '-' or '_'.")
    var id: String
    @Option(help: "The cycle's name.") var name: String
    @Option(help: "The name in English.") var nameEn: String?
    @Option(help: "The total budget in whole hryvnias.") var budget: Int
    @Option(help: "Approval ballots with MIN-MAX projects (default 1-5).") var approval: String?
    @Flag(help: "Knapsack ballots: any projects within the (district's) budget.")
    var knapsack = false
    @Option(help: "How closing counts it: greedy or equal-shares.")
    var method: CountingMethodName = .greedy
    @Option(help: "A district with its own budget, as ID:NAME:BUDGET (repeatable).")
    var district: [String] = []

    func validate() throws {
      if knapsack && approval != nil {
        throw ValidationError("--approval and --knapsack exclude each other")
      }
      _ = try rules()
      _ = try districts()
    }

    /// The ballot rules the options ask for.
    func rules() throws -> BallotRules {
      if knapsack { return .knapsack }
      let bounds = (approval ?? "1-5").split(separator: "-").map { Int($0) }
      guard bounds.count == 2, let minimum = bounds[0], let maximum = bounds[1] else {
        throw ValidationError("--approval: MIN-MAX, such as 1-5")
      }
      return .approval(minimum: minimum, maximum: maximum)
    }

    /// The districts the options list.
    func districts() throws -> [District] {
      try district.map { text in
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, let budget = Int(parts[2]) else {
          throw ValidationError("--district: ID:NAME:BUDGET, such as north:Північ:500000")
        }
        return District(id: String(parts[0]), name: String(parts[1]), budget: budget)
      }
    }

    func run() throws {
      try runReporting {
        let community = try global.openCommunity()
        let cycle = try community.createCycle(
          BudgetCycle(
            id: id, name: name, nameEn: nameEn, budget: budget, districts: try districts(),
            rules: try rules(), method: method),
          viewer: try global.viewer(in: community))
        print(cycle.id)
      }
    }
  }
}

extension CountingMethodName: ExpressibleByArgument {}
