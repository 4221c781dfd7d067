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
          rows: services.map {
            [$0.code, CatalogText.fee($0.fee), CatalogText.term($0.term), $0.name]
          })
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
    subcommands: [List.self, Show.self, Add.self, Import.self])

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Add a practice (officials).")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Title.") var title: String
    @Option(help: "budget, services, planning or other.") var topic: PracticeTopic
    @Option(help: "A file with the full text.") var bodyFile: String
    @Option(help: "The community it comes from.") var community = ""
    @Option(help: "The region.") var region = ""
    @Option(help: "The year.") var year = Calendar(identifier: .gregorian).component(
      .year, from: Date())
    @Option(help: "A one-paragraph summary.") var summary = ""
    @Option(help: "Whom to contact.") var contacts = ""
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
      try runReporting {
        guard let body = try? String(contentsOfFile: bodyFile, encoding: .utf8) else {
          throw CLIError("\(bodyFile): cannot be read as UTF-8 text")
        }
        let store = try global.openCommunity()
        let draft = PracticeDraft(
          title: title, community: community, region: region, topic: topic, year: year,
          summary: summary, body: body, contacts: contacts)
        let added = try store.addPractices([draft], viewer: try global.viewer(in: store))
        if json { return try Output.json(added) }
        print(added.map(\.id).joined(separator: "\n"))
      }
    }
  }

  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add practices from a JSON array (officials); all or nothing.")
    @OptionGroup var global: GlobalOptions
    @Argument(
      help: "A JSON file: [{title, community, region, topic, year, summary, body, contacts}].")
    var file: String

    func run() throws {
      try runReporting {
        let data: Data
        do {
          data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
          throw CLIError("\(file): cannot be read")
        }
        let drafts: [PracticeDraft]
        do {
          drafts = try JSONCoding.decoder().decode([PracticeDraft].self, from: data)
        } catch {
          let line = JSONLocator.line(of: error, in: Array(data)).map { ":\($0)" } ?? ""
          throw CLIError("\(file)\(line): \(JSONCoding.reason(for: error))")
        }
        let store = try global.openCommunity()
        let added = try store.addPractices(drafts, viewer: try global.viewer(in: store))
        print("Added \(added.count) practice(s)")
      }
    }
  }

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
        Output.line(
          "\(practice.community), \(practice.region) · \(practice.year) · \(practice.topic.rawValue)"
        )
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
