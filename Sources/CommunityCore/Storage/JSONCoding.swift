import Foundation

/// The one JSON configuration used for every stored file, so that all files read alike.
package enum JSONCoding {
  package static func encoder(pretty: Bool = false) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting =
      pretty
      ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
      : [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  package static func decoder() -> JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return decoder
  }

  /// A person-readable reason for a decoding failure: which field, and what was wrong with it.
  package static func reason(for error: any Error) -> String {
    guard let decodingError = error as? DecodingError else { return "\(error)" }
    func path(_ context: DecodingError.Context) -> String {
      let names = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
      return names.isEmpty ? "the document" : "field '\(names.joined(separator: "."))'"
    }
    switch decodingError {
    case .typeMismatch(let type, let context):
      return "\(path(context)) should be of type \(type)"
    case .valueNotFound(let type, let context):
      return "\(path(context)) is missing a value of type \(type)"
    case .keyNotFound(let key, let context):
      return "\(path(context)) lacks the required field '\(key.stringValue)'"
    case .dataCorrupted(let context):
      let underlying = (context.underlyingError as NSError?)?.userInfo["NSDebugDescription"]
      let detail = underlying.map { "\($0)" } ?? context.debugDescription
      return "invalid JSON in \(path(context)): \(detail)"
    @unknown default:
      return "\(decodingError)"
    }
  }
}
