import ArgumentParser
import CommunityCore
import Foundation

/// `hromada requests …`: administrative-service requests.
struct RequestsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "requests",
    abstract: "Administrative-service requests (residents file, officials process).",
    subcommands: [File.self, List.self, Show.self, Update.self, Export.self])

  struct File: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "File a request (residents).")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The service's code (see `hromada services list`).") var service: String
    @Option(help: "What you ask for (up to 4,000 characters).") var description: String
    @Option(help: "The address concerned.") var address: String?
    @Option(help: "A phone number or e-mail.") var contact: String?
    @Flag(help: "Print the whole request as JSON.") var json = false

    func run() throws {
      try runReporting {
        let community = try global.openCommunity()
        let request = try community.fileRequest(
          serviceCode: service, description: description, address: address, contact: contact,
          viewer: try global.viewer(in: community))
        if json { return try Output.json(request) }
        print(request.number)
      }
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List requests: a resident's own, or all (officials).")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this status.") var status: RequestStatus?
    @Flag(help: "Only open requests past their due date.") var overdue = false
    @Option(help: "Only this service code.") var service: String?
    @Flag(help: "Only requests assigned to me.") var mine = false
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
      try runReporting {
        let community = try global.openCommunity()
        let filter = RequestFilter(
          status: status, overdueOnly: overdue, serviceCode: service, mineOnly: mine,
          openOnly: mine)
        let requests = try community.listRequests(filter, viewer: try global.viewer(in: community))
        if json { return try Output.json(requests) }
        Output.table(
          header: ["NUMBER", "STATUS", "DUE", "SERVICE", "APPLICANT"],
          rows: requests.map {
            [$0.number, $0.status.rawValue, $0.dueDate.description, $0.serviceCode, $0.applicant]
          })
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show a request with its history.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The request number, e.g. 2026-000012.") var number: String
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
      try runReporting {
        let community = try global.openCommunity()
        let viewer = try global.viewer(in: community)
        var request = try community.request(number: number, viewer: viewer)
        if !viewer.isOfficial { request.internalNotes = [] }
        if json { return try Output.json(request) }
        Output.line("\(request.number)  \(request.status.rawValue)  due \(request.dueDate)")
        Output.line("service: \(request.serviceCode)  applicant: \(request.applicant)")
        if let assignee = request.assignee { Output.line("assignee: \(assignee)") }
        if let address = request.address { Output.line("address: \(address)") }
        Output.line("")
        Output.line(request.description)
        Output.line("")
        Output.line("\(request.registeredAt.ISO8601Format())  registered")
        for change in request.history {
          let note = change.note.map { " — \($0)" } ?? ""
          Output.line(
            "\(change.at.ISO8601Format())  \(change.from.rawValue) → \(change.to.rawValue) by \(change.by)\(note)"
          )
        }
        for note in request.internalNotes {
          Output.line("\(note.at.ISO8601Format())  note by \(note.by): \(note.text)")
        }
      }
    }
  }

  struct Update: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Change a request's status, assignee or add a note (officials; applicants may withdraw).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The request number.") var number: String
    @Option(help: "The new status.") var status: RequestStatus?
    @Option(help: "The reason, the documents needed, or an internal note.") var note: String?
    @Option(name: .customLong("assign"), help: "Assign to this official.") var assignee: String?
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
      if status == nil && note == nil && assignee == nil {
        throw ValidationError("give --status, --note or --assign")
      }
    }

    func run() throws {
      try runReporting {
        let community = try global.openCommunity()
        let request = try community.updateRequest(
          number: number, status: status, note: note, assignee: assignee,
          viewer: try global.viewer(in: community))
        if json { return try Output.json(request) }
        print("\(request.number): \(request.status.rawValue)")
      }
    }
  }

  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export all requests as Open311 GeoReport v2 JSON or a CSV register (officials).")
    @OptionGroup var global: GlobalOptions
    @Option(help: "open311 or csv.") var format: ExportFormat
    @Option(help: "Write to this file instead of standard output.") var output: String?

    enum ExportFormat: String, ExpressibleByArgument {
      case open311, csv
    }

    func run() throws {
      try runReporting {
        let community = try global.openCommunity()
        let viewer = try global.viewer(in: community)
        _ = try viewer.requireOfficial("export requests")
        let requests = try community.listRequests(viewer: viewer)
        let services = try community.listServices()
        let data: Data
        switch format {
        case .open311:
          data = try JSONCoding.encoder(pretty: true).encode(
            Open311Export.requests(requests, services: services, timeZone: community.meta().zone))
        case .csv:
          data = Data(Open311Export.csv(requests, services: services).utf8)
        }
        try Output.write(data, to: output)
      }
    }
  }
}

extension RequestStatus: ExpressibleByArgument {}
