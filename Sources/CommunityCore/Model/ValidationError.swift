import Foundation

/// A value that breaks a rule of the domain: which field, and the rule it broke.
package struct ValidationError: Error, Sendable, Equatable, CustomStringConvertible {
  package var field: String
  package var rule: String

  package init(field: String, rule: String) {
    self.field = field
    self.rule = rule
  }

  package var description: String { "\(field): \(rule)" }
}

/// Checks shared by every text field that people type or that arrives from outside.
package enum TextRules {
  /// Refuses empty text, text over `limit` characters, and control characters (newlines and
  /// tabs only where `multiline`), so that nothing stored can move the terminal's cursor.
  package static func check(
    _ text: String, field: String, limit: Int, multiline: Bool = false, required: Bool = true
  ) throws(ValidationError) {
    if required && text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw ValidationError(field: field, rule: "must not be empty")
    }
    if text.count > limit {
      throw ValidationError(field: field, rule: "at most \(limit) characters (got \(text.count))")
    }
    for scalar in text.unicodeScalars where isControl(scalar) {
      if multiline && (scalar == "\n" || scalar == "\t") { continue }
      let code = String(scalar.value, radix: 16, uppercase: true)
      throw ValidationError(field: field, rule: "control character U+\(code) is not allowed")
    }
  }

  /// C0 and C1 controls, DEL, and the bidirectional overrides that can disguise text.
  package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// Removes control characters and escape sequences from text that came from outside
  /// (a feed, a file), keeping newlines where `multiline`.
  package static func sanitized(_ text: String, multiline: Bool = false) -> String {
    var out = String.UnicodeScalarView()
    var iterator = text.unicodeScalars.makeIterator()
    while let scalar = iterator.next() {
      if scalar == "\u{1B}" {
        // Drop a whole CSI/OSC sequence, not only the ESC that starts it.
        guard let next = iterator.next() else { break }
        if next == "[" {
          while let byte = iterator.next(), !(0x40...0x7E).contains(byte.value) {}
        } else if next == "]" {
          while let byte = iterator.next(), byte != "\u{07}", byte != "\u{1B}" {}
        }
        continue
      }
      if scalar == "\r" { continue }
      if isControl(scalar) {
        if multiline && scalar == "\n" {
          out.append(scalar)
        } else if scalar == "\t" || scalar == "\n" {
          out.append(" ")
        }
        continue
      }
      out.append(scalar)
    }
    return String(out)
  }
}
