import Foundation
import Testing

@testable import CommunityCore

struct SearchRankingTests {
  /// Filler text so documents have realistic, equal lengths.
  private static let filler =
    "Сьогодні відбулася зустріч мешканців села щодо ремонту дороги та освітлення вулиць."

  @Test("a title match outranks a body match")
  func titleOutranksBody() throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    let index = try SearchIndex(directory: directory.url)
    try index.rebuild(from: [
      SearchTestSupport.news("body", "Оголошення для мешканців", "\(Self.filler) Бюджет громади."),
      SearchTestSupport.news("title", "Бюджет громади", "\(Self.filler) Оголошення."),
    ])
    #expect(try SearchTestSupport.ids(index, "бюджет") == ["title", "body"])
  }

  @Test("a rarer word weighs more")
  func rarerWordWeighsMore() throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    let index = try SearchIndex(directory: directory.url)
    var documents = [
      SearchTestSupport.news("common", "Новини", "\(Self.filler) ремонт ремонт"),
      SearchTestSupport.news("rare", "Новини", "\(Self.filler) ремонт велодоріжка"),
    ]
    for number in 0..<10 {
      documents.append(SearchTestSupport.news("other\(number)", "Новини", "\(Self.filler) ремонт"))
    }
    try index.rebuild(from: documents)
    let results = try index.search("ремонт велодоріжка", viewer: .guest)
    #expect(results.hits.first?.id == "rare")
    let any = try index.search("велодоріжка ремонт", viewer: .guest)
    #expect(any.hits.map(\.id) == ["rare"])
  }

  @Test("the exact form scores at least as high as another inflection")
  func exactFormRanksHigher() throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    let index = try SearchIndex(directory: directory.url)
    try index.rebuild(from: [
      SearchTestSupport.news("inflected", "Новини", "\(Self.filler) Рішення громади."),
      SearchTestSupport.news("exact", "Новини", "\(Self.filler) Рішення громада."),
    ])
    let hits = try index.search("громада", viewer: .guest).hits
    #expect(hits.map(\.id) == ["exact", "inflected"])
    let scores = hits.map(\.score)
    #expect(scores[0] >= scores[1])
  }

  @Test("inflected forms are found, derived words rank below them")
  func inflectedAndDerived() throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    let index = try SearchIndex(directory: directory.url)
    let forms = ["громади", "громаді", "громадою", "громад", "громадам"]
    var documents = forms.enumerated().map { number, form in
      SearchTestSupport.news("form\(number)", "Новини", "\(Self.filler) Звіт \(form).")
    }
    documents.append(SearchTestSupport.news("budget", "Новини", "\(Self.filler) Звіт бюджету."))
    documents.append(SearchTestSupport.news("derived", "Новини", "\(Self.filler) бюджетний звіт."))
    documents.append(SearchTestSupport.news("budget2", "Новини", "\(Self.filler) з бюджетом."))
    try index.rebuild(from: documents)
    #expect(Set(try SearchTestSupport.ids(index, "громада")) == Set((0..<5).map { "form\($0)" }))
    let budget = try SearchTestSupport.ids(index, "бюджет")
    #expect(Set(budget) == ["budget", "budget2", "derived"])
    #expect(budget.last == "derived")
  }

  @Test("apostrophe variants in the query and the text find each other")
  func apostropheSearch() throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    let index = try SearchIndex(directory: directory.url)
    try index.rebuild(from: [
      SearchTestSupport.news("a", "Рада об'єднаних громад", ""),
      SearchTestSupport.news("b", "Форум обʼєднаних громад", ""),
      SearchTestSupport.news("c", "Союз об’єднаних громад", ""),
    ])
    for query in ["об'єднаних", "об’єднаних", "обʼєднаних", "ОБ'ЄДНАНА"] {
      #expect(Set(try SearchTestSupport.ids(index, query)) == ["a", "b", "c"], "\(query)")
    }
  }
}
