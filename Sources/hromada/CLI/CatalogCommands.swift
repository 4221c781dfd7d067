import ArgumentParser
import CommunityCore
import Foundation

/// `hromada services …`: the administrative services catalog.
struct ServicesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "services", abstract: "The administrative services catalog (ЦНАП).",
    subcommands: [List.self, Show.self, Export.self])

  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export the catalog as an Open311 GeoReport v2 service list.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "open311 (the only format).") var format = "open311"
    @Option(help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
      try runReporting {
        guard format == "open311" else { throw CLIError("--format: only open311 is supported") }
        let services = try global.openCommunity().listServices()
        try Output.write(
          JSONCoding.encoder(pretty: true).encode(Open311Export.services(services)), to: output)
      }
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the services.")
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
      try runReporting {
        let services = try global.openCommunity().listServices()
        if json { return try Output.json(services) }
        Output.table(
          header: ["CODE", "FEE", "TERM", "NAME"],
          rows: services.map { [$0.code, CatalogText.fee($0.fee), CatalogText.term($0.term), $0.name] })
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show a service card.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The service's code.") var code: String
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
      try runReporting {
        guard let service = try global.openCommunity().service(code: code) else {
          throw CLIError("no service with code '\(code)'")
        }
        if json { return try Output.json(service) }
        Output.line("\(service.code)  \(service.name)")
        Output.line("")
        Output.line(service.description)
        Output.line("")
        Output.line("Документи:")
        for document in service.documents { Output.line("  • " + document) }
        Output.line("Вартість: " + CatalogText.fee(service.fee))
        Output.line("Строк: " + CatalogText.term(service.term))
        Output.line("Результат: " + service.result)
        Output.line("Відділ: " + service.department)
      }
    }
  }
}

/// `hromada practices …`: the library of successful practices.
struct PracticesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "practices", abstract: "The library of successful practices.",
    subcommands: [List.self, Show.self])

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List practices.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this topic: budget, services, planning, other.") var topic: PracticeTopic?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
      try runReporting {
        let practices = try global.openCommunity().listPractices(topic: topic)
        if json { return try Output.json(practices) }
        Output.table(
          header: ["ID", "TOPIC", "YEAR", "TITLE"],
          rows: practices.map { [$0.id, $0.topic.rawValue, String($0.year), $0.title] })
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show one practice.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The practice's id.") var id: String
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
      try runReporting {
        guard let practice = try global.openCommunity().practice(id: id) else {
          throw CLIError("no practice \(id)")
        }
        if json { return try Output.json(practice) }
        Output.line(practice.title)
        Output.line("\(practice.community), \(practice.region) · \(practice.year) · \(practice.topic.rawValue)")
        Output.line("")
        Output.line(practice.summary)
        Output.line("")
        Output.line(practice.body)
        Output.line("")
        Output.line(practice.contacts)
      }
    }
  }
}

extension PracticeTopic: ExpressibleByArgument {}

/// Short texts for catalog tables.
enum CatalogText {
  static func fee(_ fee: ServiceFee?) -> String {
    fee.map { "\($0.amount) ₴" } ?? "безоплатно"
  }

  static func term(_ term: ServiceTerm) -> String {
    switch term {
    case .sameDay: "у день звернення"
    case .workingDays(let days): "\(days) роб. дн."
    case .calendarDays(let days): "\(days) кал. дн."
    }
  }
}
