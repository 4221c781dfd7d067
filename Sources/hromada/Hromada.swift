import ArgumentParser
import CommunityCore
import CommunityTUI
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `hromada`: the community in a terminal.
///
/// With no subcommand it opens the interface.
@main
struct Hromada: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hromada",
    abstract: "Громада — community news, administrative services, participatory budget, practices.",
    subcommands: [
      InitCommand.self, NewsCommand.self, ServicesCommand.self, PracticesCommand.self,
      AccountsCommand.self, RequestsCommand.self, BudgetCommand.self, SearchCommand.self,
      DoctorCommand.self,
    ]
  )

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Open the interface as a guest, without signing in.")
  var guest = false

  @Option(help: "Interface language: uk (default) or en; also $HROMADA_LANG.")
  var lang: String?

  func validate() throws {
    if guest && global.account != nil {
      throw ValidationError("--guest and --as exclude each other")
    }
    if let lang, !Strings.languages.contains(lang) { throw ValidationError("--lang: uk or en") }
  }

  func run() throws {
    try runReporting {
      let community = try global.openCommunity()
      let viewer: Viewer? =
        guest ? .guest : (global.account != nil ? try global.viewer(in: community) : nil)
      let language = Strings.language(
        explicit: lang, environment: ProcessInfo.processInfo.environment)
      guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
        throw CLIError("the interface needs a terminal; see `hromada --help` for the commands")
      }
      try InterfaceRunner.run(community: community, viewer: viewer, language: language)
    }
  }
}
