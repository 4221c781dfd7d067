import Foundation

/// Exports in the Open311 GeoReport v2 formats and a CSV register of applications.
package enum Open311Export {
  /// One service request as GeoReport v2 `requests.json` describes it.
  package struct Request: Codable, Sendable, Equatable {
    var serviceRequestId: String
    var status: String
    var statusNotes: String?
    var serviceName: String
    var serviceCode: String
    var description: String
    var agencyResponsible: String
    var serviceNotice: String?
    var requestedDatetime: String
    var updatedDatetime: String
    var expectedDatetime: String
    var address: String?
    var addressId: String?
    var zipcode: String?
    var lat: Double?
    var long: Double?
    var mediaUrl: String?

    enum CodingKeys: String, CodingKey {
      case serviceRequestId = "service_request_id"
      case status
      case statusNotes = "status_notes"
      case serviceName = "service_name"
      case serviceCode = "service_code"
      case description
      case agencyResponsible = "agency_responsible"
      case serviceNotice = "service_notice"
      case requestedDatetime = "requested_datetime"
      case updatedDatetime = "updated_datetime"
      case expectedDatetime = "expected_datetime"
      case address
      case addressId = "address_id"
      case zipcode
      case lat
      case long
      case mediaUrl = "media_url"
    }
    /// Every GeoReport field is written, `null` where there is no value, as clients expect.
    package func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(serviceRequestId, forKey: .serviceRequestId)
      try container.encode(status, forKey: .status)
      try container.encode(statusNotes, forKey: .statusNotes)
      try container.encode(serviceName, forKey: .serviceName)
      try container.encode(serviceCode, forKey: .serviceCode)
      try container.encode(description, forKey: .description)
      try container.encode(agencyResponsible, forKey: .agencyResponsible)
      try container.encode(serviceNotice, forKey: .serviceNotice)
      try container.encode(requestedDatetime, forKey: .requestedDatetime)
      try container.encode(updatedDatetime, forKey: .updatedDatetime)
      try container.encode(expectedDatetime, forKey: .expectedDatetime)
      try container.encode(address, forKey: .address)
      try container.encode(addressId, forKey: .addressId)
      try container.encode(zipcode, forKey: .zipcode)
      try container.encode(lat, forKey: .lat)
      try container.encode(long, forKey: .long)
      try container.encode(mediaUrl, forKey: .mediaUrl)
    }
  }

  /// One service as GeoReport v2 `services.json` describes it.
  package struct ServiceEntry: Codable, Sendable, Equatable {
    var serviceCode: String
    var serviceName: String
    var description: String
    var metadata: Bool
    var type: String
    var keywords: String
    var group: String

    enum CodingKeys: String, CodingKey {
      case serviceCode = "service_code"
      case serviceName = "service_name"
      case description
      case metadata
      case type
      case keywords
      case group
    }
  }

  package static func requests(
    _ requests: [ServiceRequest], services: [Service], timeZone: TimeZone
  ) -> [Request] {
    let byCode = Dictionary(services.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    return requests.map { request in
      let service = byCode[request.serviceCode]
      let lastNote = request.history.last(where: { $0.note != nil })?.note
      // Expected at the end of the due date's working day in the community's time zone.
      let expected = request.dueDate.adding(days: 1).date(in: timeZone).addingTimeInterval(-1)
      return Request(
        serviceRequestId: request.number, status: request.status.isOpen ? "open" : "closed",
        statusNotes: lastNote.map { "\(request.status.rawValue): \($0)" }
          ?? request.status.rawValue,
        serviceName: service?.name ?? request.serviceCode, serviceCode: request.serviceCode,
        description: request.description, agencyResponsible: service?.department ?? "",
        serviceNotice: nil, requestedDatetime: request.registeredAt.ISO8601Format(),
        updatedDatetime: request.updatedAt.ISO8601Format(),
        expectedDatetime: expected.ISO8601Format(), address: request.address, addressId: nil,
        zipcode: nil, lat: nil, long: nil, mediaUrl: nil)
    }
  }

  package static func services(_ services: [Service]) -> [ServiceEntry] {
    services.map { service in
      ServiceEntry(
        serviceCode: service.code, serviceName: service.name, description: service.description,
        metadata: false, type: "batch", keywords: service.keywords.joined(separator: ","),
        group: service.department)
    }
  }

  /// The register of applications as CSV (RFC 4180, a header line, UTF-8).
  package static func csv(_ requests: [ServiceRequest], services: [Service]) -> String {
    let names = Dictionary(
      services.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
    var lines = [
      "number,service_code,service_name,applicant,status,registered_at,due_date,assignee,address,description"
    ]
    for request in requests {
      let fields = [
        request.number, request.serviceCode, names[request.serviceCode] ?? "", request.applicant,
        request.status.rawValue, request.registeredAt.ISO8601Format(), request.dueDate.description,
        request.assignee ?? "", request.address ?? "", request.description,
      ]
      lines.append(fields.map(quote).joined(separator: ","))
    }
    return lines.joined(separator: "\r\n") + "\r\n"
  }

  private static func quote(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return field
    }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
