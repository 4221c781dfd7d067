import Foundation

/// A person who signs in: a resident or an official of the community.
package struct Account: StoredRecord, Equatable {
  /// What an account may do; guests have no account at all.
  package enum Role: String, Codable, Sendable, CaseIterable {
    case resident
    case official
  }

  package var id: String
  package var name: String
  package var nameEn: String?
  package var role: Role
  /// A job title shown beside an official's name.
  package var title: String?
  package var pin: PINHash
  package var createdAt: Date
  /// Wrong PINs in a row; three lock the account for a while.
  package var failedPINAttempts: Int
  package var lockedUntil: Date?

  package init(
    id: String, name: String, nameEn: String? = nil, role: Role, title: String? = nil, pin: PINHash,
    createdAt: Date = Date()
  ) {
    self.id = id
    self.name = name
    self.nameEn = nameEn
    self.role = role
    self.title = title
    self.pin = pin
    self.createdAt = createdAt
    self.failedPINAttempts = 0
    self.lockedUntil = nil
  }

  package var storageKey: String { id }

  /// Account ids are short Latin slugs, so they are easy to type after `--as`.
  package static func validateID(_ id: String) throws(ValidationError) {
    let allowed = id.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
    }
    guard (2...32).contains(id.count), allowed, id.first != "-" else {
      throw ValidationError(
        field: "id", rule: "2–32 characters: lowercase Latin letters, digits, '-' or '_'")
    }
  }

  package func validate() throws(ValidationError) {
    try Account.validateID(id)
    try TextRules.check(name, field: "name", limit: 100)
    if let title { try TextRules.check(title, field: "title", limit: 100, required: false) }
  }
}
