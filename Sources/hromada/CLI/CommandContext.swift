import ArgumentParser
import CommunityCore
import CommunityTUI
import Foundation
import HromadaResources

/// Options every subcommand takes: where the data lives and who is acting.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long, help: "The data directory (default: $HROMADA_DATA_DIR or $XDG_DATA_HOME/hromada).")
  var dataDir: String?

  @Option(
    name: .customLong("as"),
    help: "Act as this account; the PIN comes from $HROMADA_PIN or is asked for.")
  var account: String?

  /// Shared by every command (not only the interface's) because a parent command's option
  /// takes the value even when it is written after a subcommand's name; the budget tally uses
  /// it for its explanations.
  @Option(help: "Language: uk (default) or en; also $HROMADA_LANG.")
  var lang: String?

  /// The string tables of the chosen language: `--lang`, else `$HROMADA_LANG`, else Ukrainian.
  func strings() throws -> Strings {
    if let lang, !Strings.languages.contains(lang) { throw CLIError("--lang: uk or en") }
    return try Strings.load(
      language: Strings.language(explicit: lang, environment: ProcessInfo.processInfo.environment),
      from: HromadaResources.stringsDirectory)
  }

  /// The data directory this run uses.
  var dataPath: String { DataDirectory.defaultPath(explicit: dataDir) }

  /// Opens the community, seeding the demo on first use of an empty or missing directory.
  func openCommunity() throws -> Community {
    let path = dataPath
    let directory = DataDirectory(path: path)
    if directory.isInitialized { return try Community.open(path: path) }
    let contents = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    guard contents.filter({ $0 != ".lock" }).isEmpty else {
      throw CLIError(
        "\(path) is not a Hromada data directory (no hromada.json) and is not empty; "
          + "choose another --data-dir")
    }
    return try Community.create(at: path, demoFolder: HromadaResources.demoDirectory)
  }

  /// Who is acting: the `--as` account after its PIN is checked, or a guest.
  func viewer(in community: Community) throws -> Viewer {
    guard let id = account else { return .guest }
    let pin = try PINSource.pin(prompt: "PIN for \(id): ", variable: "HROMADA_PIN")
    return .account(try community.signIn(id: id, pin: pin))
  }
}

/// A command-line problem with a message for the person who typed the command.
struct CLIError: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) { self.description = description }
}

/// Runs a command body, turning any error into a message on standard error and exit code 1.
func runReporting(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let exit as ExitCode {
    throw exit
  } catch {
    let text = "\(error)"
    FileHandle.standardError.write(Data(("hromada: " + TextRules.sanitized(text) + "\n").utf8))
    throw ExitCode.failure
  }
}
