import CommunityCore
import Testing

struct TextRulesTests {
  @Test("plain Ukrainian text within the limit is accepted")
  func acceptsPlainText() throws {
    try TextRules.check("Громада об’єднує 12 сіл", field: "title", limit: 40)
  }

  @Test("empty or blank text is refused when required, accepted when optional")
  func emptyText() throws {
    for blank in ["", "   ", "\n\t "] {
      #expect(throws: ValidationError(field: "title", rule: "must not be empty")) {
        try TextRules.check(blank, field: "title", limit: 10, multiline: true)
      }
    }
    try TextRules.check("", field: "summary", limit: 10, required: false)
  }

  @Test("the limit counts characters, not bytes")
  func limitCountsCharacters() throws {
    let exactly = String(repeating: "ї", count: 10)
    try TextRules.check(exactly, field: "name", limit: 10)
    #expect(throws: ValidationError(field: "name", rule: "at most 10 characters (got 11)")) {
      try TextRules.check(exactly + "ї", field: "name", limit: 10)
    }
  }

  @Test(
    "control and direction-override characters are refused",
    arguments: [
      ("\u{1B}[2J", "1B"), ("bell\u{07}", "7"), ("del\u{7F}", "7F"), ("next\u{85}line", "85"),
      ("\u{202E}txt.exe", "202E"), ("isolate\u{2067}", "2067"), ("nul\u{0}", "0"),
      ("carriage\rreturn", "D"),
    ])
  func refusesControls(text: String, code: String) {
    #expect(
      throws: ValidationError(field: "body", rule: "control character U+\(code) is not allowed")
    ) {
      try TextRules.check(text, field: "body", limit: 100, multiline: true)
    }
  }

  @Test("newlines and tabs only where the field is multiline")
  func multiline() throws {
    try TextRules.check("перший рядок\n\tдругий", field: "body", limit: 100, multiline: true)
    #expect(throws: ValidationError(field: "title", rule: "control character U+A is not allowed")) {
      try TextRules.check("two\nlines", field: "title", limit: 100)
    }
    #expect(throws: ValidationError(field: "title", rule: "control character U+9 is not allowed")) {
      try TextRules.check("tab\there", field: "title", limit: 100)
    }
  }

  @Test("sanitizing removes whole escape sequences and keeps newlines only when multiline")
  func sanitized() {
    #expect(TextRules.sanitized("\u{1B}[31mчервоний\u{1B}[0m") == "червоний")
    #expect(TextRules.sanitized("\u{1B}]0;title\u{07}текст") == "текст")
    #expect(TextRules.sanitized("a\r\nb", multiline: true) == "a\nb")
    #expect(TextRules.sanitized("a\nb\tc") == "a b c")
    #expect(TextRules.sanitized("\u{202E}exe.txt") == "exe.txt")
  }
}
