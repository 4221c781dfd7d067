import ArgumentParser
import CommunityCore
import Foundation

/// `hromada accounts …`: residents and officials (officials only).
struct AccountsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "accounts", abstract: "Accounts of residents and officials (officials only).",
    subcommands: [List.self, Add.self])

  /// What is shown of an account: never its PIN hash.
  struct Summary: Encodable {
    var id: String
    var name: String
    var role: String
    var title: String?
    var locked: Bool

    init(_ account: Account, now: Date = Date()) {
      id = account.id
      name = account.name
      role = account.role.rawValue
      title = account.title
      locked = (account.lockedUntil ?? .distantPast) > now
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List accounts.")
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
      try runReporting {
        let community = try global.openCommunity()
        let accounts = try community.listAccounts(viewer: try global.viewer(in: community))
        if json { return try Output.json(accounts.map { Summary($0) }) }
        Output.table(
          header: ["ID", "ROLE", "NAME"], rows: accounts.map { [$0.id, $0.role.rawValue, $0.name] })
      }
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add an account; its PIN comes from $HROMADA_NEW_PIN or is asked for.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Login id: lowercase Latin letters, digits, '-'.") var id: String
    @Option(help: "Full name.") var name: String
    @Option(help: "resident or official.") var role: Account.Role

    func run() throws {
      try runReporting {
        let community = try global.openCommunity()
        let viewer = try global.viewer(in: community)
        _ = try viewer.requireOfficial("add accounts")
        let pin = try PINSource.pin(prompt: "New PIN for \(id): ", variable: "HROMADA_NEW_PIN")
        try community.addAccount(id: id, name: name, role: role, pin: pin, viewer: viewer)
        print("Added \(role.rawValue) \(id)")
      }
    }
  }
}

extension Account.Role: ExpressibleByArgument {}
