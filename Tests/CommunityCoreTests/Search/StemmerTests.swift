import Testing

@testable import CommunityCore

struct StemmerTests {
  @Test(
    "inflected forms share a stem",
    arguments: [
      [
        "громада", "громади", "громаді", "громаду", "громадою", "громад", "громадам", "громадами",
        "громадах", "Громада", "ГРОМАДИ",
      ],
      ["бюджет", "бюджету", "бюджетом", "бюджети", "бюджетів", "бюджетах", "бюджеті", "Бюджет"],
      ["послуга", "послуги", "послуг", "послугою", "послугу", "послугам", "послугами"],
      ["проєкт", "проєкти", "проєктів", "проєкту", "проєктом", "проєктами"],
      ["об'єднаних", "об’єднаних", "обʼєднаних", "об'єднана", "об'єднаний", "об'єднаної"],
      [
        "громадський", "громадського", "громадському", "громадська", "громадської", "громадською",
        "громадських", "громадське",
      ],
      ["їжак", "Їжак", "їжака", "їжаку", "їжаком"],
      ["ґанок", "Ґанок", "ҐАНОК"],
      ["новина", "новини", "новин", "новинами", "новині"],
      ["рада", "ради", "раді", "радою"],
      ["село", "села", "селі", "селом"],
      ["вчитель", "вчителя", "вчителі", "вчителів"],
      ["голосувати", "голосують", "голосує", "голосували", "голосування", "голосуванням"],
      ["займаються", "займається", "займатися"],
      ["budget", "budgets", "Budget", "budgeting", "budgeted"],
      ["policy", "policies"],
      ["2024"],
    ])
  func sharedStem(forms: [String]) {
    let stems = Set(forms.map(SearchTestSupport.stem))
    #expect(stems.count == 1, "\(forms) gave \(stems)")
  }

  @Test(
    "stems of sample words",
    arguments: [
      ("громадою", "громад"), ("бюджетом", "бюджет"), ("бюджетний", "бюджетн"),
      ("проєктів", "проєкт"), ("послугою", "послуг"), ("Їжака", "їжак"), ("running", "run"),
      ("budgets", "budget"), ("5км", "5км"), ("ЦНАП", "цнап"), ("програм", "прогр"),
      ("проблем", "проблем"), ("вже", "вже"),
    ])
  func sampleStems(word: String, stem: String) {
    #expect(SearchTestSupport.stem(word) == stem)
  }

  @Test(
    "different words keep different stems", arguments: [("громада", "грамота"), ("рада", "радіо")])
  func distinctWords(first: String, second: String) {
    #expect(SearchTestSupport.stem(first) != SearchTestSupport.stem(second))
  }

  @Test("a query word also matches derived words by prefix, with a lower weight")
  func prefixMatch() throws {
    let word = QueryWord(form: Array("бюджет".utf8))
    #expect(word.weight(ofStem: Array("бюджет".utf8)[...]) == 1)
    let derived = try #require(word.weight(ofStem: Array("бюджетн".utf8)[...]))
    #expect(derived < 1)
    #expect(word.weight(ofStem: Array("бюдже".utf8)[...]) == nil)
    let short = QueryWord(form: Array("ліс".utf8))
    #expect(short.weight(ofStem: Array("лісник".utf8)[...]) == nil)
  }

  @Test("a stem ending like an inflection also looks up the shorter stem")
  func shorterStem() {
    let word = QueryWord(form: Array("програма".utf8))
    #expect(word.shorterStem == Array("прогр".utf8))
  }
}
