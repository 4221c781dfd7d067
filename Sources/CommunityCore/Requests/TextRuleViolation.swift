import Foundation

/// Which of the shared text rules a ``ValidationError`` reports, in a form an interface can
/// put into its own language.
///
/// `TextRules.check` writes its rule as an English sentence for the command line; this reads
/// the sentence back, next to the code that writes it, so a screen never parses English.
package enum TextRuleViolation: Sendable, Equatable {
  /// The text is empty or only spaces.
  case empty
  /// The text is longer than the field allows.
  case tooLong(limit: Int, length: Int)
  /// The text holds a control character, given as its hexadecimal code ("1B").
  case controlCharacter(code: String)

  /// The violation a validation error reports, or `nil` for a rule outside `TextRules`.
  package init?(_ error: ValidationError) {
    let rule = error.rule
    if rule == "must not be empty" {
      self = .empty
      return
    }
    if rule.hasPrefix("at most ") {
      let numbers = rule.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
      guard numbers.count == 2 else { return nil }
      self = .tooLong(limit: numbers[0], length: numbers[1])
      return
    }
    if rule.hasPrefix("control character U+"), rule.hasSuffix(" is not allowed") {
      let code = rule.dropFirst("control character U+".count).prefix { $0.isHexDigit }
      guard !code.isEmpty else { return nil }
      self = .controlCharacter(code: String(code))
      return
    }
    return nil
  }
}
