import Foundation

/// An administrative service card (інформаційна картка ЦНАП).
package struct Service: StoredRecord, Equatable {
  /// The register identifier, such as `00034`, or a local code.
  package var code: String
  package var name: String
  package var nameEn: String?
  package var description: String
  /// The exhaustive list of documents an applicant brings.
  package var documents: [String]
  /// The administrative fee, or `nil` when the service is free.
  package var fee: ServiceFee?
  package var term: ServiceTerm
  package var result: String
  package var department: String
  package var keywords: [String]

  package init(
    code: String, name: String, nameEn: String? = nil, description: String, documents: [String],
    fee: ServiceFee?, term: ServiceTerm, result: String, department: String, keywords: [String] = []
  ) {
    self.code = code
    self.name = name
    self.nameEn = nameEn
    self.description = description
    self.documents = documents
    self.fee = fee
    self.term = term
    self.result = result
    self.department = department
    self.keywords = keywords
  }

  package var storageKey: String { code }

  package func validate() throws(ValidationError) {
    try TextRules.check(code, field: "code", limit: 20)
    try TextRules.check(name, field: "name", limit: 200)
    try TextRules.check(description, field: "description", limit: 4_000, multiline: true)
    try TextRules.check(result, field: "result", limit: 1_000, multiline: true)
    try TextRules.check(department, field: "department", limit: 200)
    for document in documents {
      try TextRules.check(document, field: "documents", limit: 500)
    }
    try term.validate()
  }
}

/// An administrative fee in hryvnias, kept exactly in kopiyky.
package struct ServiceFee: Codable, Sendable, Equatable {
  package var amount: Money
  package var note: String?

  package init(amount: Money, note: String? = nil) {
    self.amount = amount
    self.note = note
  }
}

/// An amount of hryvnias with kopiyky, exact; written in JSON as a decimal string ("45.42").
package struct Money: Sendable, Hashable, Comparable, DecimalTextCoding {
  package var kopiyky: Int

  package init(kopiyky: Int) { self.kopiyky = kopiyky }

  /// Parses "45.42", "45,42" or "45".
  package init?(_ text: String) {
    let parts = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
      .split(separator: ".", omittingEmptySubsequences: false)
    // Digits only: `Int` alone would take "-0" and "+5", and so "-0.50" for 0.50 ₴.
    let isDigits = { (part: Substring) in
      !part.isEmpty && part.allSatisfy { ("0"..."9").contains($0) }
    }
    guard (1...2).contains(parts.count), isDigits(parts[0]), let whole = Int(parts[0]) else {
      return nil
    }
    var fraction = 0
    if parts.count == 2 {
      guard (1...2).contains(parts[1].count), isDigits(parts[1]), let value = Int(parts[1]) else {
        return nil
      }
      fraction = parts[1].count == 1 ? value * 10 : value
    }
    kopiyky = whole * 100 + fraction
  }

  package var description: String {
    let rest = kopiyky % 100
    return "\(kopiyky / 100).\(rest < 10 ? "0" : "")\(rest)"
  }

  package static func < (lhs: Money, rhs: Money) -> Bool { lhs.kopiyky < rhs.kopiyky }

  package init?(decimalText text: String) { self.init(text) }
}

/// The statutory term of a service.
package enum ServiceTerm: Codable, Sendable, Equatable {
  case sameDay
  case workingDays(Int)
  case calendarDays(Int)

  private enum CodingKeys: String, CodingKey {
    case kind, days
  }

  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let kind = try container.decode(String.self, forKey: .kind)
    switch kind {
    case "sameDay": self = .sameDay
    case "workingDays": self = .workingDays(try container.decode(Int.self, forKey: .days))
    case "calendarDays": self = .calendarDays(try container.decode(Int.self, forKey: .days))
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .kind, in: container,
        debugDescription: "'\(kind)' is not sameDay, workingDays or calendarDays")
    }
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .sameDay: try container.encode("sameDay", forKey: .kind)
    case .workingDays(let days):
      try container.encode("workingDays", forKey: .kind)
      try container.encode(days, forKey: .days)
    case .calendarDays(let days):
      try container.encode("calendarDays", forKey: .kind)
      try container.encode(days, forKey: .days)
    }
  }

  package func validate() throws(ValidationError) {
    switch self {
    case .sameDay: return
    case .workingDays(let days), .calendarDays(let days):
      guard (1...365).contains(days) else {
        throw ValidationError(field: "term", rule: "1 to 365 days")
      }
    }
  }
}
