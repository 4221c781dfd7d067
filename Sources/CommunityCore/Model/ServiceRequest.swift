import Foundation

/// A resident's application for an administrative service, with every status change kept.
package struct ServiceRequest: StoredRecord, Equatable {
  /// Human-readable and unique in the community, like `2026-000123`.
  package var number: String
  package var serviceCode: String
  /// The applicant's account id.
  package var applicant: String
  package var description: String
  package var address: String?
  package var contact: String?
  package var registeredAt: Date
  /// The statutory deadline, a date in the community's time zone.
  package var dueDate: LocalDate
  package var status: RequestStatus
  package var history: [StatusChange]
  /// The official working on it.
  package var assignee: String?
  /// Notes between officials; the applicant does not see them.
  package var internalNotes: [InternalNote]
  /// While the request waits for documents its deadline clock stops; these keep what was left.
  package var clockStoppedOn: LocalDate?
  package var daysLeftWhenStopped: Int?
  package var updatedAt: Date

  package init(
    number: String, serviceCode: String, applicant: String, description: String,
    address: String? = nil, contact: String? = nil, registeredAt: Date, dueDate: LocalDate
  ) {
    self.number = number
    self.serviceCode = serviceCode
    self.applicant = applicant
    self.description = description
    self.address = address
    self.contact = contact
    self.registeredAt = registeredAt
    self.dueDate = dueDate
    self.status = .registered
    self.history = []
    self.assignee = nil
    self.internalNotes = []
    self.clockStoppedOn = nil
    self.daysLeftWhenStopped = nil
    self.updatedAt = registeredAt
  }

  package var storageKey: String { number }

  package static let descriptionLimit = 4_000

  package func validate() throws(ValidationError) {
    try TextRules.check(
      description, field: "description", limit: ServiceRequest.descriptionLimit, multiline: true)
    if let address { try TextRules.check(address, field: "address", limit: 300, required: false) }
    if let contact { try TextRules.check(contact, field: "contact", limit: 200, required: false) }
  }

  /// The number for the `sequence`-th request registered in `year`.
  package static func number(year: Int, sequence: Int) -> String {
    let digits = String(sequence)
    return "\(year)-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
  }
}

/// Where a request stands.
///
/// Command-line names are the raw values.
package enum RequestStatus: String, Codable, Sendable, CaseIterable {
  case registered
  case inReview = "in-review"
  case needsDocuments = "needs-documents"
  case ready
  case issued
  case refused
  case withdrawn

  /// The only moves an official may make from this status.
  package var allowedNext: [RequestStatus] {
    switch self {
    case .registered: [.inReview]
    case .inReview: [.needsDocuments, .ready, .refused]
    case .needsDocuments: [.inReview, .refused]
    case .ready: [.issued]
    case .issued, .refused, .withdrawn: []
    }
  }

  /// Whether the applicant may still withdraw (not once the result is ready).
  package var canBeWithdrawn: Bool { [.registered, .inReview, .needsDocuments].contains(self) }

  /// Still waiting for the community to act.
  package var isOpen: Bool { [.registered, .inReview, .needsDocuments, .ready].contains(self) }
}

/// One change of a request's status: who, when, from, to, and the note or reason.
package struct StatusChange: Codable, Sendable, Equatable {
  package var by: String
  package var at: Date
  package var from: RequestStatus
  package var to: RequestStatus
  package var note: String?

  package init(by: String, at: Date, from: RequestStatus, to: RequestStatus, note: String?) {
    self.by = by
    self.at = at
    self.from = from
    self.to = to
    self.note = note
  }
}

/// A note officials keep on a request.
package struct InternalNote: Codable, Sendable, Equatable {
  package var by: String
  package var at: Date
  package var text: String

  package init(by: String, at: Date, text: String) {
    self.by = by
    self.at = at
    self.text = text
  }
}
