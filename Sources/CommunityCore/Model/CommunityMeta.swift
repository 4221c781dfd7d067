import Foundation

/// The community a data directory belongs to, with the schema version of the directory.
package struct CommunityMeta: Codable, Sendable, Equatable {
  package var schema: Int
  package var name: String
  package var nameEn: String?
  package var region: String?
  /// IANA name of the community's time zone; due dates are dates there.
  package var timeZone: String
  package var demoNotice: String?
  package var createdAt: Date

  package init(
    name: String, nameEn: String? = nil, region: String? = nil, timeZone: String = "Europe/Kyiv",
    demoNotice: String? = nil, createdAt: Date = Date()
  ) {
    self.schema = DataDirectory.schemaVersion
    self.name = name
    self.nameEn = nameEn
    self.region = region
    self.timeZone = timeZone
    self.demoNotice = demoNotice
    self.createdAt = createdAt
  }

  package var zone: TimeZone {
    TimeZone(identifier: timeZone) ?? TimeZone(identifier: "Europe/Kyiv") ?? .gmt
  }
}
