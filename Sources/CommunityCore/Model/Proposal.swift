import Foundation

/// A project proposed for the participatory budget.
package struct Proposal: StoredRecord, Equatable {
  package var cycleID: String
  package var id: String
  package var title: String
  package var summary: String
  package var description: String
  /// The cost in whole hryvnias.
  package var cost: Int
  package var category: String
  package var district: String?
  /// The resident who proposed it.
  package var author: String
  package var status: ProposalStatus
  package var rejectionReason: String?
  /// Approvals counted when the cycle closed.
  package var votes: Int?
  package var submittedAt: Date

  package init(
    cycleID: String, id: String, title: String, summary: String, description: String, cost: Int,
    category: String, district: String? = nil, author: String, submittedAt: Date = Date()
  ) {
    self.cycleID = cycleID
    self.id = id
    self.title = title
    self.summary = summary
    self.description = description
    self.cost = cost
    self.category = category
    self.district = district
    self.author = author
    self.status = .submitted
    self.rejectionReason = nil
    self.votes = nil
    self.submittedAt = submittedAt
  }

  package var storageKey: String { Proposal.key(cycleID: cycleID, id: id) }

  package static func key(cycleID: String, id: String) -> String { cycleID + "/" + id }

  package func validate() throws(ValidationError) {
    try TextRules.check(title, field: "title", limit: 200)
    try TextRules.check(summary, field: "summary", limit: 500, required: false)
    try TextRules.check(description, field: "description", limit: 20_000, multiline: true)
    try TextRules.check(category, field: "category", limit: 60)
    guard cost > 0 else { throw ValidationError(field: "cost", rule: "must be positive") }
  }
}

/// Where a proposal stands.
package enum ProposalStatus: String, Codable, Sendable, CaseIterable {
  case submitted
  case accepted
  case rejected
  case funded
  case notFunded = "not-funded"

  /// Whether it appears on the ballot.
  package var isOnBallot: Bool { [.accepted, .funded, .notFunded].contains(self) }
}

/// One resident's approval ballot in a cycle; casting again replaces it while voting is open.
package struct Ballot: StoredRecord, Equatable {
  package var cycleID: String
  package var voter: String
  package var district: String?
  /// The ids of the approved projects.
  package var projects: [String]
  package var castAt: Date

  package init(
    cycleID: String, voter: String, district: String? = nil, projects: [String],
    castAt: Date = Date()
  ) {
    self.cycleID = cycleID
    self.voter = voter
    self.district = district
    self.projects = projects
    self.castAt = castAt
  }

  package var storageKey: String { Ballot.key(cycleID: cycleID, district: district, voter: voter) }

  /// One ballot per voter per cycle, or per district where the cycle has districts.
  package static func key(cycleID: String, district: String?, voter: String) -> String {
    cycleID + "/" + (district.map { $0 + "/" } ?? "") + voter
  }
}
