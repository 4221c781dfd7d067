/// An amount stored in JSON as its exact decimal text ("1250000.50"), so that no reader ever
/// rounds it through a floating-point number.
package protocol DecimalTextCoding: Codable, CustomStringConvertible {
  /// The amount written as `text`, or `nil` when it is not one.
  init?(decimalText text: String)
}

extension DecimalTextCoding {
  package init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let amount = Self(decimalText: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not an amount"))
    }
    self = amount
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
