import CommunityCore
import Foundation
import HromadaResources
import Testing

@testable import CommunityTUI

/// What the Core refuses, in the interface's words.
@Suite("Request texts")
struct RequestTextTests {
  static func strings(_ language: String) throws -> Strings {
    try Strings.load(language: language, from: HromadaResources.stringsDirectory)
  }

  static func violation(_ text: String, limit: Int = 10) -> ValidationError? {
    do {
      try TextRules.check(text, field: "description", limit: limit, multiline: true)
      return nil
    } catch {
      return error
    }
  }

  @Test("every text rule the Core reports reads back as a violation")
  func violations() throws {
    #expect(Self.violation("  ").map(TextRuleViolation.init) == .empty)
    #expect(
      Self.violation(String(repeating: "ж", count: 12)).map(TextRuleViolation.init)
        == .tooLong(limit: 10, length: 12))
    #expect(Self.violation("a\u{1B}b").map(TextRuleViolation.init) == .controlCharacter(code: "1B"))
    #expect(
      Self.violation("a\u{202E}b").map(TextRuleViolation.init) == .controlCharacter(code: "202E"))
    #expect(TextRuleViolation(ValidationError(field: "x", rule: "something else")) == nil)
  }

  @Test("validation messages are localized", arguments: ["uk", "en"])
  func localizedRules(language: String) throws {
    let strings = try Self.strings(language)
    let control = try #require(Self.violation("a\u{7}b"))
    let long = try #require(Self.violation(String(repeating: "ж", count: 12)))
    let expected =
      language == "uk"
      ? ("Керівний символ U+7 не допускається", "Не більше 10 символів (зараз 12)")
      : ("The control character U+7 is not allowed", "At most 10 characters (now 12)")
    #expect(ValidationText.rule(control, strings) == expected.0)
    #expect(ValidationText.rule(long, strings) == expected.1)
  }

  @Test("every request error has words in both languages, with Ukrainian status names")
  func requestErrors() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let errors: [RequestError] = [
      .forbiddenMove(number: "2026-000001", from: .issued, to: .ready, allowed: []),
      .forbiddenMove(
        number: "2026-000001", from: .inReview, to: .issued,
        allowed: [.needsDocuments, .ready, .refused]),
      .reasonRequired(number: "2026-000001"), .documentsNoteRequired(number: "2026-000001"),
      .notFound(number: "2026-000099"), .unknownService(code: "X-1"),
      .cannotWithdraw(number: "2026-000001", status: .ready),
    ]
    for language in ["uk", "en"] {
      let context = try demo.context("olena", language: language)
      for error in errors {
        let text = RequestText.describe(error, context: context)
        #expect(!text.contains("request."), "a missing string in \(language): \(text)")
        #expect(!text.contains("in-review") && !text.contains("needs-documents"))
      }
    }
    let uk = try demo.context("olena")
    #expect(
      RequestText.describe(errors[1], context: uk)
        == "Заява 2026-000001 має статус «на розгляді»; перейти до «видано» не можна. "
        + "Дозволено: «потрібні документи», «готово», «відмовлено»")
    #expect(RequestText.describe(errors[0], context: uk).hasSuffix("жодного (статус остаточний)"))
  }

  @Test("every string the request screens use exists in both tables")
  func stringTables() throws {
    let uk = try Self.strings("uk")
    let en = try Self.strings("en")
    for status in RequestStatus.allCases {
      #expect(RequestText.status(status, uk) != "request.status.\(status.rawValue)")
      #expect(RequestText.status(status, en) != RequestText.status(status, uk))
    }
    let folder = HromadaResources.stringsDirectory
    let ukKeys = try JSONDecoder().decode(
      [String: String].self, from: Data(contentsOf: folder.appendingPathComponent("uk.json"))
    ).keys
    let enKeys = try JSONDecoder().decode(
      [String: String].self, from: Data(contentsOf: folder.appendingPathComponent("en.json"))
    ).keys
    let ours = ukKeys.filter { $0.hasPrefix("request") || $0.hasPrefix("queue.") }
    #expect(ours.count > 80)
    #expect(Set(ours).isSubset(of: Set(enKeys)))
  }
}
