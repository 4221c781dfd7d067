import Testing

@testable import CommunityCore

struct TextNormalizationTests {
  @Test(
    "case folding covers Ukrainian letters",
    arguments: [
      ("ҐАНОК", "ґанок"), ("Ґанок", "ґанок"), ("ЄВРОПА", "європа"), ("Їжак", "їжак"),
      ("ІНІЦІАТИВА", "ініціатива"), ("ГрОмАдА", "громада"), ("Budget", "budget"),
      ("ЦНАП", "цнап"), ("Євген", "євген"), ("ЇЖАКА", "їжака"),
    ])
  func caseFolding(input: String, expected: String) {
    #expect(SearchTestSupport.tokens(input) == [expected])
  }

  @Test(
    "apostrophe variants are one letter position",
    arguments: ["об'єднаних", "об’єднаних", "обʼєднаних", "обʹєднаних", "об`єднаних", "ОБ’ЄДНАНИХ"])
  func apostrophes(word: String) {
    #expect(SearchTestSupport.tokens(word) == ["об'єднаних"])
  }

  @Test("an apostrophe outside a word separates")
  func apostropheAtEdges() {
    #expect(SearchTestSupport.tokens("'громада' п’ять ’") == ["громада", "п'ять"])
  }

  @Test("decomposed й and ї equal composed ones; stress marks are dropped")
  func normalizationForms() {
    let decomposed = "краи\u{0306} і\u{0308}жак Зи\u{0306}ти"
    #expect(SearchTestSupport.tokens(decomposed) == ["край", "їжак", "зйти"])
    #expect(SearchTestSupport.tokens("грома\u{0301}да") == ["громада"])
    #expect(SearchTestSupport.tokens("cafe\u{0301} café") == ["cafe", "cafe"])
  }

  @Test("digits, codes and separators")
  func digitsAndSeparators() {
    #expect(
      SearchTestSupport.tokens("2024 рік, 5км; Івано-Франківськ\nКиїв\t№12") == [
        "2024", "рік", "5км", "івано", "франківськ", "київ", "12",
      ])
  }

  @Test("soft hyphen and zero-width joiner stay inside a word")
  func invisibleCharacters() {
    #expect(SearchTestSupport.tokens("гро\u{00AD}мада") == ["громада"])
  }

  @Test("a very long word is cut, not dropped")
  func longWord() throws {
    let token = try #require(SearchTestSupport.tokens(String(repeating: "я", count: 500)).first)
    #expect(token.utf8.count <= SearchTokenScanner.maxTokenBytes)
  }

  @Test(
    "stored text survives the compact encoding",
    arguments: [
      "", "Громада", "Ґанок, Їжак, Єва, «лапки» — тире… №5 ₴", "об’єднаних обʼєднаних",
      "Emoji 🇺🇦 and Ελληνικά, 中文", "й and и\u{0306}", "\u{0}\u{1B}[31m control",
    ])
  func compactText(text: String) throws {
    var writer = SearchByteWriter()
    SearchCompactText.append(text, to: &writer)
    let decoded = writer.bytes.withUnsafeBytes { raw -> String? in
      var reader = SearchByteReader(raw)
      return SearchCompactText.read(from: &reader)
    }
    #expect(decoded == text)
    #expect(decoded?.unicodeScalars.elementsEqual(text.unicodeScalars) == true)
  }
}
