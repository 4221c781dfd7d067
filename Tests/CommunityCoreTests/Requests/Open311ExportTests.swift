import CommunityCore
import Foundation
import Testing

/// The exports carry every field the Open311 GeoReport v2 lists name, with open/closed status.
@Suite("Open311 and CSV exports")
struct Open311ExportTests {
  static let requestFields: Set<String> = [
    "service_request_id", "status", "status_notes", "service_name", "service_code",
    "description", "agency_responsible", "service_notice", "requested_datetime",
    "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long",
    "media_url",
  ]

  @Test("every request has every GeoReport v2 field, and status is open or closed")
  func requests() throws {
    try TemporaryDirectory.with { directory in
      let community = try TestCommunity.demo(at: directory.dataPath)
      let official = try TestCommunity.official(community)
      let requests = try community.listRequests(viewer: official)
      let export = Open311Export.requests(
        requests, services: try community.listServices(), timeZone: try community.meta().zone)
      let data = try JSONCoding.encoder().encode(export)
      let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
      #expect(objects.count == requests.count)
      for object in objects {
        #expect(Set(object.keys) == Open311ExportTests.requestFields)
        #expect(["open", "closed"].contains(object["status"] as? String))
      }
      let issued = try #require(requests.first { $0.status == .issued })
      let row = try #require(objects.first { $0["service_request_id"] as? String == issued.number })
      #expect(row["status"] as? String == "closed")
    }
  }

  @Test("the service list has the GeoReport v2 service fields")
  func services() throws {
    try TemporaryDirectory.with { directory in
      let community = try TestCommunity.demo(at: directory.dataPath)
      let data = try JSONCoding.encoder().encode(
        Open311Export.services(try community.listServices()))
      let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
      let expected: Set<String> = [
        "service_code", "service_name", "description", "metadata", "type", "keywords", "group",
      ]
      #expect(!objects.isEmpty)
      for object in objects { #expect(Set(object.keys) == expected) }
    }
  }

  @Test("the CSV register quotes commas and quotes and has one line per request")
  func csv() throws {
    try TemporaryDirectory.with { directory in
      let community = try TestCommunity.demo(at: directory.dataPath)
      let official = try TestCommunity.official(community)
      let requests = try community.listRequests(viewer: official)
      let text = Open311Export.csv(requests, services: try community.listServices())
      let lines = text.split(separator: "\r\n")
      #expect(lines.count == requests.count + 1)
      #expect(lines[0].hasPrefix("number,service_code,service_name"))
      let tricky = ServiceRequest(
        number: "2026-999999", serviceCode: "00038", applicant: "taras",
        description: "Кухня, \"ґанок\"", registeredAt: Date(timeIntervalSince1970: 0),
        dueDate: LocalDate(year: 2026, month: 1, day: 2))
      #expect(Open311Export.csv([tricky], services: []).contains("\"Кухня, \"\"ґанок\"\"\""))
    }
  }
}
