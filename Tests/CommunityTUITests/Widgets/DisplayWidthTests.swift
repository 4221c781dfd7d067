import Testing

@testable import CommunityTUI

struct DisplayWidthTests {
  @Test(
    "width of single characters",
    arguments: [
      ("а", 1), ("ї", 1), ("Ґ", 1), ("a", 1), ("Z", 1), (" ", 1),
      ("'", 1), ("ʼ", 1), ("’", 1), ("—", 1), ("…", 1), ("€", 1), ("₴", 1),
      ("中", 2), ("한", 2), ("あ", 2), ("Ａ", 2), ("。", 2),
      ("🙂", 2), ("👍", 2), ("⌚", 2),
      ("\u{0306}", 0), ("\u{200D}", 0), ("\u{FE0F}", 0), ("\u{200B}", 0),
      ("\u{07}", 0), ("\u{1B}", 0), ("\u{7F}", 0), ("\u{9B}", 0), ("\n", 0), ("\t", 0),
    ] as [(Character, Int)])
  func characterWidth(character: Character, width: Int) {
    #expect(DisplayWidth.of(character) == width)
  }

  @Test(
    "grapheme clusters are as wide as their base",
    arguments: [
      ("и\u{0306}", 1),  // й decomposed
      ("е\u{0308}", 1),  // ё decomposed
      ("e\u{0301}", 1),
      ("🇺🇦", 2),  // flag
      ("👨‍👩‍👧‍👦", 2),  // ZWJ family
      ("🧑‍💻", 2),
      ("👍🏽", 2),  // skin tone modifier
      ("❤️", 2),  // VS16 upgrades a text-default heart
      ("❤", 1),
      ("1️⃣", 2),  // keycap
      ("한", 2),
      ("\u{1112}\u{1161}\u{11AB}", 2),  // 한 as decomposed jamo
      ("\r\n", 0),
    ] as [(String, Int)])
  func clusterWidth(text: String, width: Int) throws {
    let character = try #require(text.first)
    #expect(text.count == 1)
    #expect(DisplayWidth.of(character) == width)
  }

  @Test(
    "width of strings",
    arguments: [
      ("Громада", 7), ("громадаʼ", 8), ("пʼять п’ять п'ять", 17), ("中文", 4),
      ("Київ 🙂", 7), ("", 0), ("a\u{1B}b", 2), ("Україна 🇺🇦", 10),
    ] as [(String, Int)])
  func stringWidth(text: String, width: Int) {
    #expect(DisplayWidth.of(text) == width)
    #expect(text.displayWidth == width)
  }

  @Test("clipping never splits a wide character")
  func clipWide() {
    #expect(DisplayWidth.clip("中文字", to: 3) == "中")
    #expect(DisplayWidth.clip("a中文", to: 2) == "a")
    #expect(DisplayWidth.clip("a中文", to: 3) == "a中")
    #expect(DisplayWidth.clip("🙂🙂", to: 3) == "🙂")
  }

  @Test("clipping with an ellipsis stays inside the width")
  func clipEllipsis() {
    #expect(DisplayWidth.clip("Громада", to: 5, ellipsis: true) == "Гром…")
    #expect(DisplayWidth.clip("Громада", to: 7, ellipsis: true) == "Громада")
    #expect(DisplayWidth.clip("中文字", to: 4, ellipsis: true) == "中…")
    #expect(DisplayWidth.clip("中文字", to: 1, ellipsis: true) == "…")
    #expect(DisplayWidth.clip("abc", to: 0, ellipsis: true) == "")
    #expect(DisplayWidth.of(DisplayWidth.clip("中文字中文字", to: 6, ellipsis: true)) <= 6)
  }

  @Test("clipping keeps a decomposed letter whole and drops control characters")
  func clipClusters() {
    #expect(DisplayWidth.clip("и\u{0306}ти", to: 1) == "и\u{0306}")
    #expect(DisplayWidth.clip("a\u{07}b\u{1B}c", to: 10) == "abc")
  }

  @Test("padding gives exactly the width, even around a cut wide character")
  func pad() {
    #expect(DisplayWidth.pad("Київ", to: 6) == "Київ  ")
    #expect(DisplayWidth.pad("Київ", to: 6, alignment: .trailing) == "  Київ")
    #expect(DisplayWidth.pad("ab", to: 6, alignment: .center) == "  ab  ")
    #expect(DisplayWidth.pad("中文", to: 3) == "中 ")
    #expect(DisplayWidth.pad("中文", to: 3).displayWidth == 3)
    #expect(DisplayWidth.pad("Громада", to: 4, ellipsis: true) == "Гро…")
    #expect(DisplayWidth.pad("x", to: 0) == "")
  }
}
