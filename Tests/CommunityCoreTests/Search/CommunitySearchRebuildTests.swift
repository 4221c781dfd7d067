import CommunityCore
import Foundation
import Testing

/// The community's index is derived data: whatever happens to it, the next search finds what
/// the collections hold.
struct CommunitySearchRebuildTests {
  /// A community with one news item and one practice, searched once so its index is current.
  private static func indexed(at path: String) throws -> (Community, news: String, practice: String)
  {
    let community = try TestCommunity.empty(at: path)
    let official = try TestCommunity.official(community)
    let item = try community.publishNews(
      title: "Відключення електроенергії", body: "Планові роботи на підстанції.",
      category: "Оголошення", viewer: official)
    let practice = try community.addPractices(
      [
        PracticeDraft(
          title: "Енергонезалежна громада", topic: .planning, year: 2024,
          body: "Сонячні станції на дахах шкіл.")
      ], viewer: official)[0]
    _ = try community.search("громада", viewer: .guest)
    return (community, item.id, practice.id)
  }

  private static func ids(_ community: Community, _ query: String) throws -> [String] {
    try community.search(query, viewer: .guest).hits.map(\.id)
  }

  @Test("writes go through index updates: the index stays current without a rebuild")
  func updatesKeepItCurrent() throws {
    try TemporaryDirectory.with { folder in
      let (community, news, _) = try Self.indexed(at: folder.dataPath)
      #expect(try community.searchIndexStatus() == .current(documents: 2))
      let official = try TestCommunity.official(community)
      try community.updateNews(id: news, viewer: official) { $0.title = "Відключення води" }
      try community.publishNews(
        title: "Толока", body: "У парку.", category: "Події", viewer: official)
      #expect(try community.searchIndexStatus() == .current(documents: 3))
      try community.deleteNews(id: news, viewer: official)
      #expect(try community.searchIndexStatus() == .current(documents: 2))
    }
  }

  @Test("a deleted index folder is rebuilt by the next search")
  func deletedFolder() throws {
    try TemporaryDirectory.with { folder in
      let (_, news, practice) = try Self.indexed(at: folder.dataPath)
      try FileManager.default.removeItem(atPath: folder.dataPath + "/search")
      let reopened = try Community.open(path: folder.dataPath)
      #expect(try reopened.searchIndexStatus() == .behind)
      #expect(try Self.ids(reopened, "електроенергії") == [news])
      #expect(try Self.ids(reopened, "сонячні") == [practice])
      #expect(try reopened.searchIndexStatus() == .current(documents: 2))
    }
  }

  @Test("a damaged index file is reported, then rebuilt by the next search", arguments: [0, 1])
  func damagedFile(which: Int) throws {
    try TemporaryDirectory.with { folder in
      let (_, news, _) = try Self.indexed(at: folder.dataPath)
      let search = folder.dataPath + "/search"
      let names = try FileManager.default.contentsOfDirectory(atPath: search)
      // The manifest (checksummed text) or the segment (checksummed header).
      let name = try #require(
        which == 0 ? "MANIFEST" : names.first { $0.hasPrefix("seg-") })
      var bytes = try FileBytes.read(search + "/" + name)
      bytes[4] ^= 0xFF
      try FileBytes.write(bytes, to: search + "/" + name)

      let reopened = try Community.open(path: folder.dataPath)
      guard case .damaged(let reason) = try reopened.searchIndexStatus() else {
        Issue.record("the damage to \(name) went unnoticed")
        return
      }
      #expect(reason.contains(name))
      #expect(try Self.ids(reopened, "електроенергії") == [news])
      #expect(try reopened.searchIndexStatus() == .current(documents: 2))
    }
  }

  @Test("a write the index did not see (an older Hromada) makes the next search rebuild")
  func writeBehindTheIndex() throws {
    try TemporaryDirectory.with { folder in
      let (community, _, _) = try Self.indexed(at: folder.dataPath)
      // Written straight to the collection, as a version without search would.
      try community.directory.write { transaction in
        try community.news.put(
          NewsItem(
            id: "900", title: "Ярмарок вихідного дня", body: "На площі.", category: "Події",
            author: "olena", publishedAt: Date(timeIntervalSinceNow: -60)),
          in: transaction)
      }
      #expect(try community.searchIndexStatus() == .behind)
      #expect(try Self.ids(community, "ярмарок") == ["900"])
      #expect(try community.searchIndexStatus() == .current(documents: 3))
    }
  }

  @Test("a journal line a crashed writer left behind is found, before and after its replay")
  func crashedWriter() throws {
    try TemporaryDirectory.with { folder in
      let (community, _, _) = try Self.indexed(at: folder.dataPath)
      let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
      // A writer appended record 901 and died before the store's indexes and the search index
      // took it in; the next write replays it into the store.
      let orphan = NewsItem(
        id: "901", title: "Осиротілий запис", body: "Текст.", category: "Події",
        author: "olena", publishedAt: now.addingTimeInterval(-60), createdAt: now)
      let record = String(decoding: try JSONCoding.encoder().encode(orphan), as: UTF8.self)
      let line = #"{"key":"901","record":\#(record),"seq":901}"# + "\n"
      try FileBytes.append(Array(line.utf8), to: folder.dataPath + "/news/records.jsonl")
      #expect(try community.searchIndexStatus() == .behind)
      #expect(try Self.ids(community, "осиротілий") == ["901"])

      let official = try TestCommunity.official(community)
      try community.publishNews(
        title: "Наступна", body: "Текст.", category: "Події", viewer: official)
      #expect(try community.news.get("901") == orphan)
      #expect(try Self.ids(community, "осиротілий") == ["901"])
      #expect(try community.searchIndexStatus() == .current(documents: 4))
    }
  }

  @Test("a failed index update leaves the write standing and the index marked for rebuild")
  func failedUpdate() throws {
    try TemporaryDirectory.with { folder in
      let (_, _, _) = try Self.indexed(at: folder.dataPath)
      // A manifest that no longer reads makes the next opening of the index fail.
      try FileBytes.write(Array("damaged".utf8), to: folder.dataPath + "/search/MANIFEST")
      let reopened = try Community.open(path: folder.dataPath)
      let official = try TestCommunity.official(reopened)
      let item = try reopened.publishNews(
        title: "Концерт у парку", body: "Грає оркестр.", category: "Події", viewer: official)
      #expect(try reopened.newsItem(id: item.id, viewer: .guest) != nil)
      #expect(try reopened.searchIndexStatus() != .current(documents: 2))
      #expect(try Self.ids(reopened, "концерт") == [item.id])
    }
  }

  @Test("the demo is indexed when it is seeded, and proposals off the ballot stay private")
  func demo() throws {
    try TemporaryDirectory.with { folder in
      let community = try TestCommunity.demo(at: folder.dataPath)
      guard case .current(let documents) = try community.searchIndexStatus() else {
        Issue.record("seeding did not build the index")
        return
      }
      #expect(documents > 50)
      let rejected = "2026/9"
      let query = "Польовій"
      let mykola = Viewer.account(try community.signIn(id: "mykola", pin: "271828"))
      let find = { (viewer: Viewer) in
        try community.search(query, viewer: viewer, kinds: [.proposal]).hits.map(\.id)
      }
      #expect(try find(.guest).contains(rejected) == false)
      #expect(try find(TestCommunity.resident(community)).contains(rejected) == false)
      #expect(try find(mykola).contains(rejected))
      #expect(try find(TestCommunity.official(community)).contains(rejected))
    }
  }
}
