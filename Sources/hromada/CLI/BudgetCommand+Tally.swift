import ArgumentParser
import CommunityCore
import CommunityTUI
import Foundation
import HromadaResources

extension BudgetCommand {
  struct TallyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "tally",
      abstract: "Count a cycle, or a Pabulib file directly (--pb), by greedy or equal shares.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The cycle's id (omit with --pb).") var cycle: String?
    @Option(help: "Count this Pabulib .pb file without importing it.") var pb: String?
    @Option(help: "greedy, equal-shares or equal-shares-net.") var method: CountingMethod = .greedy
    @Option(help: "One district of the cycle.") var district: String?
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
      if (cycle == nil) == (pb == nil) {
        throw ValidationError("give a cycle id or --pb FILE, not both")
      }
      if let lang = global.lang, !Strings.languages.contains(lang) {
        throw ValidationError("--lang: uk or en")
      }
    }

    func run() throws {
      try runReporting {
        let tally: BudgetTally
        if let pb {
          let election = try PabulibParser.parse(contentsOf: URL(fileURLWithPath: pb))
          tally = try BudgetElection(election).tally(method: method)
        } else if let cycle {
          let community = try global.openCommunity()
          try BudgetCommand.checkDistrict(district, of: cycle, in: community)
          tally = try community.tally(
            cycleID: cycle, district: district, method: method,
            viewer: try global.viewer(in: community))
        } else {
          return
        }
        if json { return try Output.json(tally) }
        // The explanations are phrased from the engine's data by the same code as the
        // interface's, so the table and the results screen say the same thing.
        let strings = try global.strings()
        print(
          "\(tally.method.rawValue): spent \(Hryvnias.text(tally.spent)) of "
            + "\(Hryvnias.text(tally.budget)); selected \(tally.selected.count) of "
            + "\(tally.projects.count) projects, \(tally.voters) voters")
        Output.table(
          header: ["ID", "VOTES", "COST", "FUNDED", "EXPLANATION"],
          rows: tally.projects.map {
            [
              $0.id, String($0.votes), Hryvnias.text($0.cost), $0.funded ? "yes" : "no",
              ResultText.explain($0.explanation, strings).replacingOccurrences(of: "\n", with: " "),
            ]
          })
      }
    }
  }

  struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Import a Pabulib .pb file as a new closed cycle (officials).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The .pb file.") var file: String

    func run() throws {
      try runReporting {
        let url = URL(fileURLWithPath: file)
        let election = try PabulibParser.parse(contentsOf: url)
        let community = try global.openCommunity()
        let cycle = try community.importPabulib(
          election, suggestedID: url.deletingPathExtension().lastPathComponent,
          viewer: try global.viewer(in: community))
        print(cycle.id)
      }
    }
  }

  struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export", abstract: "Export a cycle as a Pabulib file, voters anonymised.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The cycle's id.") var cycle: String
    @Option(help: "pb (Pabulib).") var format = "pb"
    @Option(help: "One district of the cycle.") var district: String?
    @Option(help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
      try runReporting {
        guard format == "pb" else { throw CLIError("--format: only pb is supported") }
        let community = try global.openCommunity()
        try BudgetCommand.checkDistrict(district, of: cycle, in: community)
        let election = try community.pabulibElection(cycleID: cycle, district: district)
        let text = PabulibWriter.text(for: election, anonymizingVoters: true)
        try Output.write(Data(text.utf8), to: output)
      }
    }
  }
}

extension BudgetCommand {
  /// Refuses to count or export "the whole city" of a cycle that has only district projects.
  ///
  /// Each district is counted against its own budget, so without `--district` the command
  /// would report an empty election instead of saying what to ask for.
  static func checkDistrict(_ district: String?, of cycleID: String, in community: Community)
    throws
  {
    let districts = try community.cycle(id: cycleID).districts
    guard district == nil, !districts.isEmpty,
      try !community.listProposals(cycleID: cycleID, viewer: .guest)
        .contains(where: { $0.district == nil })
    else { return }
    throw CLIError(
      "\(cycleID) is counted district by district: give --district "
        + districts.map(\.id).joined(separator: "|"))
  }
}

extension CountingMethod: ExpressibleByArgument {}
