import ArgumentParser
import CommunityCore
import Foundation

/// `hromada`: the community in a terminal. With no subcommand it opens the interface.
@main
struct Hromada: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hromada",
    abstract: "Громада — community news, administrative services, participatory budget, practices.",
    subcommands: [
      InitCommand.self, NewsCommand.self, ServicesCommand.self, PracticesCommand.self,
      AccountsCommand.self, RequestsCommand.self, DoctorCommand.self,
    ]
  )

  @OptionGroup var global: GlobalOptions

  func run() throws {
    print(Hromada.helpMessage())
  }
}
