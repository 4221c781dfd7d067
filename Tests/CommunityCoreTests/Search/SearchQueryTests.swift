import Foundation
import Testing

@testable import CommunityCore

struct SearchQueryTests {
  private static let documents = [
    SearchTestSupport.news(
      "1", "Громадський бюджет 2025", "Голосування за проєкти громадського бюджету триває."),
    SearchTestSupport.news(
      "2", "Бюджет громади", "Депутати ухвалили бюджет. Контроль громадський."),
    SearchTestSupport.news("3", "Ремонт школи", "Ремонт школи оплатили з громадського бюджету."),
    SearchTestSupport.news("4", "Концерт", "У неділю концерт у будинку культури."),
  ]

  private func withIndex(_ body: (SearchIndex) throws -> Void) throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    let index = try SearchIndex(directory: directory.url)
    try index.rebuild(from: Self.documents)
    try body(index)
  }

  @Test("query parsing: words, phrases, exclusions, hyphenated words")
  func parsing() {
    let query = SearchQuery(
      parsing: "бюджет \"громадський бюджет\" -ремонт -\"будинок культури\" Івано-Франківськ")
    #expect(query.required.map(\.words.count) == [1, 2, 2])
    #expect(query.excluded.map(\.words.count) == [1, 2])
    #expect(SearchQuery(parsing: "  - \"\" ").isEmpty)
  }

  @Test("a phrase matches adjacent words in any inflection")
  func phrase() throws {
    try withIndex { (index: SearchIndex) throws in
      #expect(Set(try SearchTestSupport.ids(index, "\"громадський бюджет\"")) == ["1", "3"])
      #expect(try SearchTestSupport.ids(index, "\"бюджет громадський\"").isEmpty)
    }
  }

  @Test("a minus excludes documents")
  func exclusion() throws {
    try withIndex { (index: SearchIndex) throws in
      #expect(Set(try SearchTestSupport.ids(index, "бюджет -ремонт")) == ["1", "2"])
      #expect(try SearchTestSupport.ids(index, "бюджет -\"громадський бюджет\"") == ["2"])
    }
  }

  @Test("an excluded word excludes its inflections but not longer words")
  func exclusionIsStemLevel() throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    let index = try SearchIndex(directory: directory.url)
    try index.rebuild(from: [
      SearchTestSupport.news("derived", "Громада", "Бюджетний комітет."),
      SearchTestSupport.news("inflected", "Громада", "Обговорили бюджету."),
    ])
    #expect(try SearchTestSupport.ids(index, "громада -бюджет") == ["derived"])
  }

  @Test("words are ANDed; with no document having all, any word matches (OR)")
  func andThenOr() throws {
    try withIndex { (index: SearchIndex) throws in
      let all = try index.search("бюджет ремонт", viewer: .guest)
      #expect(all.hits.map(\.id) == ["3"])
      #expect(all.matchedAllWords)
      let any = try index.search("концерт ремонт", viewer: .guest)
      #expect(Set(any.hits.map(\.id)) == ["3", "4"])
      #expect(!any.matchedAllWords)
      #expect(any.totalCount == 2)
    }
  }

  @Test("kinds and fields filter results")
  func filters() throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    let index = try SearchIndex(directory: directory.url)
    try index.rebuild(from: [
      SearchDocument(
        kind: .news, id: "n", title: "Бюджет", body: "", fields: ["category": "Фінанси"]),
      SearchDocument(
        kind: .practice, id: "p", title: "Бюджет участі", body: "", fields: ["category": "Освіта"]),
    ])
    let practices = try index.search(
      "бюджет", viewer: .guest, options: SearchOptions(kinds: [.practice]))
    #expect(practices.hits.map(\.id) == ["p"])
    let finance = try index.search(
      "бюджет", viewer: .guest, options: SearchOptions(fields: ["category": "фінанси"]))
    #expect(finance.hits.map(\.id) == ["n"])
  }

  @Test("a snippet is plain text around the first match with the matched words marked")
  func snippet() throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    let index = try SearchIndex(directory: directory.url)
    let lead = String(repeating: "Довгий вступ без потрібних слів. ", count: 10)
    let body =
      "\(lead)Рішення\u{1B}[31m щодо\n\nгромадою ухвалене.\t Далі \u{202E}текст "
      + String(repeating: "ще ", count: 80)
    try index.rebuild(from: [SearchTestSupport.news("1", "Громада і рада", body)])
    let hit = try #require(try index.search("громада", viewer: .guest).hits.first)
    #expect(hit.snippet.marked().contains("«громадою»"))
    #expect(hit.snippet.text.hasPrefix("…"))
    #expect(hit.snippet.text.hasSuffix("…"))
    #expect(hit.snippet.text.count <= SnippetBuilder.length + 2)
    #expect(!hit.snippet.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E })
    #expect(hit.snippet.utf16Highlights.count == 1)
    #expect(hit.title == "Громада і рада")
    #expect(hit.titleHighlights.map { String(hit.title[$0]) } == ["Громада"])
  }

  @Test("an empty or exclusion-only query finds nothing")
  func emptyQuery() throws {
    try withIndex { (index: SearchIndex) throws in
      #expect(try SearchTestSupport.ids(index, "").isEmpty)
      #expect(try SearchTestSupport.ids(index, "-бюджет").isEmpty)
    }
  }
}
