import Testing

@testable import CommunityTUI

struct WrapTests {
  @Test("words stay whole and lines stay inside the width")
  func wordsStayWhole() {
    let text = "Громада ухвалила бюджет участі на наступний рік"
    let lines = DisplayWidth.wrap(text, width: 16)
    #expect(lines == ["Громада ухвалила", "бюджет участі на", "наступний рік"])
    #expect(lines.allSatisfy { $0.displayWidth <= 16 })
  }

  @Test("a word longer than the width is broken between letters")
  func longUkrainianWord() {
    let lines = DisplayWidth.wrap("це найвідповідальніший крок", width: 8)
    // The broken word's tail stays open, so the next word may join it.
    #expect(lines == ["це", "найвідпо", "відальні", "ший крок"])
    #expect(DisplayWidth.wrap("найвідповідальніший", width: 19) == ["найвідповідальніший"])
  }

  @Test("a hyphenated word breaks after its hyphen when it does not fit")
  func hyphenatedWord() {
    #expect(
      DisplayWidth.wrap("a human-readable format", width: 10) == ["a human-", "readable", "format"])
    #expect(DisplayWidth.wrap("human-readable", width: 20) == ["human-readable"])
    #expect(DisplayWidth.wrap("Івано-Франківськ", width: 10) == ["Івано-", "Франківськ"])
  }

  @Test("explicit line breaks and blank lines between paragraphs are kept")
  func paragraphs() {
    let text = "Перший абзац тексту.\n\nДругий абзац.\nТретій рядок"
    #expect(
      DisplayWidth.wrap(text, width: 14) == [
        "Перший абзац", "тексту.", "", "Другий абзац.", "Третій рядок",
      ])
    #expect(DisplayWidth.wrap("a\r\nb", width: 5) == ["a", "b"])
    #expect(DisplayWidth.wrap("", width: 5) == [""])
  }

  @Test("wide characters wrap by columns and are never split")
  func wideCharacters() {
    let lines = DisplayWidth.wrap("中文字符测试", width: 5)
    #expect(lines == ["中文", "字符", "测试"])
    #expect(DisplayWidth.wrap("中", width: 1) == ["中"])
  }

  @Test("apostrophes and decomposed letters stay inside their words")
  func apostrophes() {
    let lines = DisplayWidth.wrap("пʼять м’яких об'єктів и\u{0306}ти", width: 8)
    #expect(lines == ["пʼять", "м’яких", "об'єктів", "и\u{0306}ти"])
  }

  @Test("runs of spaces collapse and a zero width gives no lines")
  func spaces() {
    #expect(DisplayWidth.wrap("a    b\tc", width: 10) == ["a b c"])
    #expect(DisplayWidth.wrap("abc", width: 0).isEmpty)
  }
}
