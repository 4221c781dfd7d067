import CommunityCore
import Foundation
import Testing

struct ModelValidationTests {
  @Test(
    "account ids are 2–32 lowercase Latin letters, digits, '-' or '_'",
    arguments: ["ab", "olena", "user_2", "a-1", "z9", String(repeating: "a", count: 32)])
  func validAccountIDs(id: String) throws {
    try Account.validateID(id)
  }

  @Test(
    "other account ids are refused",
    arguments: [
      "", "a", String(repeating: "a", count: 33), "Olena", "олена", "-abc", "a b", "a.b", "a/b",
      "a\u{0}b",
    ])
  func invalidAccountIDs(id: String) {
    #expect(throws: ValidationError.self) { try Account.validateID(id) }
  }

  @Test("an account needs a clean name; a title is optional")
  func accountValidation() throws {
    let pin = try PINHash.make(pin: "1234", rounds: 1_000)
    try Account(id: "olena", name: "Олена", role: .official, pin: pin).validate()
    try Account(id: "olena", name: "Олена", role: .official, title: "", pin: pin).validate()
    #expect(throws: ValidationError(field: "name", rule: "must not be empty")) {
      try Account(id: "olena", name: " ", role: .official, pin: pin).validate()
    }
    #expect(throws: ValidationError(field: "title", rule: "control character U+1B is not allowed"))
    {
      try Account(id: "olena", name: "Олена", role: .official, title: "\u{1B}[1m", pin: pin)
        .validate()
    }
  }

  private func news(
    title: String = "Заголовок", body: String = "Текст", category: String = "Оголошення"
  )
    -> NewsItem
  {
    NewsItem(
      id: "1", title: title, body: body, category: category, author: "olena",
      publishedAt: Date(timeIntervalSince1970: 0))
  }

  @Test("a news item: title and category one line within limits, body multiline")
  func newsValidation() throws {
    try news(body: "Перший абзац.\n\nДругий абзац.").validate()
    try news(title: String(repeating: "т", count: NewsItem.titleLimit)).validate()
    #expect(throws: ValidationError(field: "title", rule: "must not be empty")) {
      try news(title: "").validate()
    }
    #expect(throws: ValidationError(field: "title", rule: "at most 200 characters (got 201)")) {
      try news(title: String(repeating: "т", count: 201)).validate()
    }
    #expect(throws: ValidationError(field: "title", rule: "control character U+A is not allowed")) {
      try news(title: "два\nрядки").validate()
    }
    #expect(throws: ValidationError(field: "category", rule: "at most 40 characters (got 41)")) {
      try news(category: String(repeating: "к", count: 41)).validate()
    }
    #expect(throws: ValidationError(field: "body", rule: "must not be empty")) {
      try news(body: "\n").validate()
    }
    #expect(throws: ValidationError(field: "body", rule: "at most 100000 characters (got 100001)"))
    {
      try news(body: String(repeating: "б", count: 100_001)).validate()
    }
  }

  @Test("a news item is published once its time has come")
  func newsPublication() {
    let item = news()
    #expect(item.isPublished(at: Date(timeIntervalSince1970: 0)))
    #expect(!item.isPublished(at: Date(timeIntervalSince1970: -1)))
  }

  private func service(term: ServiceTerm = .workingDays(10), documents: [String] = ["Паспорт"])
    -> Service
  {
    Service(
      code: "00034", name: "Реєстрація місця проживання", description: "Опис.\nДругий рядок.",
      documents: documents, fee: ServiceFee(amount: Money(kopiyky: 4_542)), term: term,
      result: "Довідка", department: "ЦНАП")
  }

  @Test("a service card: terms of 1 to 365 days, or the same day")
  func serviceTerms() throws {
    for good in [ServiceTerm.sameDay, .workingDays(1), .workingDays(365), .calendarDays(30)] {
      try service(term: good).validate()
    }
    for bad in [ServiceTerm.workingDays(0), .workingDays(366), .calendarDays(-1)] {
      #expect(throws: ValidationError(field: "term", rule: "1 to 365 days")) {
        try service(term: bad).validate()
      }
    }
  }

  @Test("a service card: each document is one line")
  func serviceDocuments() {
    #expect(
      throws: ValidationError(field: "documents", rule: "control character U+A is not allowed")
    ) {
      try service(documents: ["Паспорт\nабо ID-картка"]).validate()
    }
  }

  @Test("a service term is stored as kind and days")
  func serviceTermCoding() throws {
    let data = try JSONCoding.encoder().encode(ServiceTerm.workingDays(10))
    #expect(String(decoding: data, as: UTF8.self) == #"{"days":10,"kind":"workingDays"}"#)
    let back = try JSONCoding.decoder().decode(
      ServiceTerm.self, from: Data(#"{"kind":"sameDay"}"#.utf8))
    #expect(back == .sameDay)
    #expect(throws: DecodingError.self) {
      try JSONCoding.decoder().decode(
        ServiceTerm.self, from: Data(#"{"kind":"weeks","days":2}"#.utf8))
    }
  }

  private func proposal(cost: Int = 100_000, summary: String = "Коротко") -> Proposal {
    Proposal(
      cycleID: "gb-2026", id: "1", title: "Дитячий майданчик", summary: summary,
      description: "Опис проєкту.\nКошторис додано.", cost: cost, category: "Діти",
      author: "taras")
  }

  @Test("a proposal costs something and has a short summary")
  func proposalValidation() throws {
    try proposal().validate()
    #expect(throws: ValidationError(field: "cost", rule: "must be positive")) {
      try proposal(cost: 0).validate()
    }
    #expect(throws: ValidationError(field: "summary", rule: "at most 500 characters (got 501)")) {
      try proposal(summary: String(repeating: "с", count: 501)).validate()
    }
    #expect(proposal().storageKey == "gb-2026/1")
  }

  private func practice(year: Int = 2024, body: String = "Як ми це зробили.", summary: String = "")
    -> Practice
  {
    Practice(
      id: "1", title: "Бюджет участі в школах", community: "Нові Верби", region: "Полтавська",
      topic: .budget, year: year, summary: summary, body: body, contacts: "")
  }

  @Test("a practice has a body and a plausible year; summary and contacts are optional")
  func practiceValidation() throws {
    try practice().validate()
    #expect(throws: ValidationError(field: "year", rule: "between 1900 and 2100")) {
      try practice(year: 1899).validate()
    }
    #expect(throws: ValidationError(field: "year", rule: "between 1900 and 2100")) {
      try practice(year: 2101).validate()
    }
    #expect(throws: ValidationError(field: "body", rule: "must not be empty")) {
      try practice(body: "").validate()
    }
  }
}
