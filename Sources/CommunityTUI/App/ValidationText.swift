import CommunityCore

/// What CommunityCore refuses, in the interface language.
///
/// The Core names fields by their code names and writes the shared text rules as English
/// sentences for the command line; screens show the field's label and the rule in words from
/// the string tables, so a Ukrainian screen never shows "title: must not be empty".
enum ValidationText {
  /// The label of a field the Core names ("title" → "Заголовок"), or the name itself.
  static func field(_ field: String, _ strings: Strings) -> String {
    strings.optional("validation.field.\(field)") ?? field
  }

  /// A validation rule in words, without the field's name: for a message under that field.
  static func rule(_ error: ValidationError, _ strings: Strings) -> String {
    switch TextRuleViolation(error) {
    case .empty?: strings["validation.rule.empty"]
    case .tooLong(let limit, let length)?: strings.format("validation.rule.tooLong", limit, length)
    case .controlCharacter(let code)?: strings.format("validation.rule.control", code)
    case nil: TextRules.sanitized(error.rule)
    }
  }
}
