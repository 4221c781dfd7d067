import Testing

@testable import CommunityTUI

struct SanitizeTests {
  @Test(
    "escape sequences and control characters are removed",
    arguments: [
      ("plain текст", "plain текст"),
      ("\u{1B}[31mred\u{1B}[0m", "red"),
      ("\u{1B}]0;title\u{07}after", "after"),
      ("\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\", "link"),
      ("a\u{9B}2Jb", "ab"),
      ("\u{1B}(Bok", "ok"),
      ("\u{1B}Pdata\u{1B}\\x", "x"),
      ("bell\u{07}\u{08}\u{7F}\u{85}x", "bell\nx"),
      ("tab\there", "tab here"),
      ("r\r\nn\rx", "r\nn\nx"),
      ("evil\u{202E}txt", "eviltxt"),
      ("\u{1B}[1;2Кирилиця", "Кирилиця"),
    ] as [(String, String)])
  func sanitize(input: String, expected: String) {
    #expect(DisplayWidth.sanitized(input) == expected)
  }

  @Test("line breaks become spaces on request")
  func withoutNewlines() {
    #expect(DisplayWidth.sanitized("a\nb\r\nc", keepingNewlines: false) == "a b c")
  }
}
