import ArgumentParser
import CommunityCore
import Foundation
import HromadaResources

/// `hromada init`: creates a community in the data directory.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init", abstract: "Create a community: the demo (default) or an empty one.")

  @OptionGroup var global: GlobalOptions

  @Flag(exclusivity: .exclusive, help: "Seed the fictional demo community, or start empty.")
  var kind: Kind = .demo

  @Option(help: "Also create an official with this id (PIN from $HROMADA_NEW_PIN or asked).")
  var officialId: String?

  @Option(help: "The new official's full name.")
  var officialName: String?

  @Option(help: "The community's name (for --empty).")
  var name: String = "Громада"

  enum Kind: String, EnumerableFlag {
    case demo, empty
  }

  func validate() throws {
    if (officialId == nil) != (officialName == nil) {
      throw ValidationError("--official-id and --official-name go together")
    }
  }

  func run() throws {
    try runReporting {
      let path = global.dataPath
      // The official is made (PIN asked, checked and hashed) before anything is written, so
      // a bad PIN or id leaves no community behind that nobody can administer.
      var official: Account?
      if let officialId, let officialName {
        let pin = try PINSource.pin(
          prompt: "New PIN for \(officialId): ", variable: "HROMADA_NEW_PIN")
        let account = Account(
          id: officialId, name: officialName, role: .official, pin: try PINHash.make(pin: pin))
        try account.validate()
        official = account
      }
      let community =
        kind == .demo
        ? try Community.create(at: path, demoFolder: HromadaResources.demoDirectory)
        : try Community.create(at: path, demoFolder: nil, meta: CommunityMeta(name: name))
      if let official { try community.add(official) }
      print("Created \(kind == .demo ? "the demo community" : "an empty community") in \(path)")
    }
  }
}
