import Foundation

/// A successful practice of community governance, in the shared library.
package struct Practice: StoredRecord, Equatable {
  package var id: String
  package var title: String
  package var community: String
  package var region: String
  package var topic: PracticeTopic
  package var year: Int
  package var summary: String
  package var body: String
  package var contacts: String
  package var createdAt: Date
  package var updatedAt: Date

  package init(
    id: String, title: String, community: String, region: String, topic: PracticeTopic, year: Int,
    summary: String, body: String, contacts: String, createdAt: Date = Date()
  ) {
    self.id = id
    self.title = title
    self.community = community
    self.region = region
    self.topic = topic
    self.year = year
    self.summary = summary
    self.body = body
    self.contacts = contacts
    self.createdAt = createdAt
    self.updatedAt = createdAt
  }

  package var storageKey: String { id }

  package func validate() throws(ValidationError) {
    try TextRules.check(title, field: "title", limit: 200)
    try TextRules.check(community, field: "community", limit: 200, required: false)
    try TextRules.check(region, field: "region", limit: 100, required: false)
    try TextRules.check(
      summary, field: "summary", limit: 1_000, multiline: true, required: false)
    try TextRules.check(body, field: "body", limit: 200_000, multiline: true)
    try TextRules.check(
      contacts, field: "contacts", limit: 500, multiline: true, required: false)
    guard (1900...2100).contains(year) else {
      throw ValidationError(field: "year", rule: "between 1900 and 2100")
    }
  }
}

/// The shelves of the practices library.
package enum PracticeTopic: String, Codable, Sendable, CaseIterable {
  case budget
  case services
  case planning
  case other
}
