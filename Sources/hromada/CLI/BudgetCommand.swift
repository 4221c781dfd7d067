import ArgumentParser
import CommunityCore
import Foundation

/// `hromada budget …`: the participatory budget.
struct BudgetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "budget",
    abstract: "The participatory budget: cycles, proposals, ballots, counting.",
    subcommands: [
      Cycles.self, Create.self, Proposals.self, Propose.self, Review.self, Phase.self, Vote.self,
      TallyCommand.self, ImportCommand.self, ExportCommand.self,
    ])

  /// A cycle as `budget cycles --json` prints it.
  struct CycleSummary: Encodable {
    var id: String
    var name: String
    var phase: String
    var budget: Int
    var rules: BallotRules
    var method: String
    var districts: [District]

    init(_ cycle: BudgetCycle) {
      id = cycle.id
      name = cycle.name
      phase = cycle.phase.rawValue
      budget = cycle.budget
      rules = cycle.rules
      method = cycle.method.rawValue
      districts = cycle.districts
    }
  }

  struct Cycles: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the budget cycles.")
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
      try runReporting {
        let cycles = try global.openCommunity().listCycles()
        if json { return try Output.json(cycles.map(CycleSummary.init)) }
        Output.table(
          header: ["ID", "PHASE", "BUDGET", "RULES", "NAME"],
          rows: cycles.map {
            [
              $0.id, $0.phase.rawValue, Hryvnias.text($0.budget), RulesText.text($0.rules),
              $0.name,
            ]
          })
      }
    }
  }

  struct Proposals: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List a cycle's proposals.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The cycle's id.") var cycle: String
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
      try runReporting {
        let community = try global.openCommunity()
        let proposals = try community.listProposals(
          cycleID: cycle, viewer: try global.viewer(in: community))
        if json { return try Output.json(proposals) }
        Output.table(
          header: ["ID", "COST", "STATUS", "VOTES", "TITLE"],
          rows: proposals.map {
            [
              $0.id, Hryvnias.text($0.cost), $0.status.rawValue,
              $0.votes.map(String.init) ?? "", $0.title,
            ]
          })
      }
    }
  }

  struct Propose: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Submit a proposal (residents, during submission).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The cycle's id.") var cycle: String
    @Option(help: "Title.") var title: String
    @Option(help: "Cost in whole hryvnias.") var cost: Int
    @Option(help: "Category.") var category = "Благоустрій"
    @Option(help: "District id, where the cycle has districts.") var district: String?
    @Option(help: "One-sentence summary.") var summary = ""
    @Option(help: "A file with the full description.") var descriptionFile: String

    func run() throws {
      try runReporting {
        let description: String
        do {
          description = try String(contentsOfFile: descriptionFile, encoding: .utf8)
        } catch {
          throw CLIError("\(descriptionFile): cannot be read as UTF-8 text")
        }
        let community = try global.openCommunity()
        let proposal = try community.propose(
          cycleID: cycle, title: title, summary: summary, description: description, cost: cost,
          category: category, district: district, viewer: try global.viewer(in: community))
        print(proposal.id)
      }
    }
  }

  struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Accept a proposal onto the ballot or reject it with a reason (officials).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The cycle's id.") var cycle: String
    @Argument(help: "The proposal's id.") var proposal: String
    @Flag(exclusivity: .exclusive, help: "Accept or reject.") var decision: Decision
    @Option(help: "The reason (required to reject).") var reason: String?

    enum Decision: String, EnumerableFlag {
      case accept, reject
    }

    func run() throws {
      try runReporting {
        let community = try global.openCommunity()
        let reviewed = try community.review(
          cycleID: cycle, proposalID: proposal, accept: decision == .accept, reason: reason,
          viewer: try global.viewer(in: community))
        print("\(reviewed.id): \(reviewed.status.rawValue)")
      }
    }
  }

  struct Phase: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Move a cycle to its next phase (officials); closing it counts the result.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The cycle's id.") var cycle: String
    @Argument(help: "submission, review, voting or closed.") var next: BudgetPhase

    func run() throws {
      try runReporting {
        let community = try global.openCommunity()
        let moved = try community.advancePhase(
          cycleID: cycle, to: next, viewer: try global.viewer(in: community))
        print("\(moved.id): \(moved.phase.rawValue)")
      }
    }
  }

  struct Vote: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Cast your ballot (residents, while voting is open); casting again replaces it.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The cycle's id.") var cycle: String
    @Argument(help: "The ids of the projects you approve.") var projects: [String]

    func run() throws {
      try runReporting {
        let community = try global.openCommunity()
        let ballot = try community.castBallot(
          cycleID: cycle, projectIDs: projects, viewer: try global.viewer(in: community))
        print("Ballot cast in \(ballot.cycleID): \(ballot.projects.joined(separator: ", "))")
      }
    }
  }
}

extension BudgetPhase: ExpressibleByArgument {}

/// How ballot rules read in tables.
enum RulesText {
  static func text(_ rules: BallotRules) -> String {
    switch rules {
    case .approval(let minimum, let maximum): "approval \(minimum)–\(maximum)"
    case .knapsack: "knapsack"
    }
  }
}
