import CommunityCore
import Foundation
import Testing

/// The community's search: who finds what, and that every write is findable at once.
struct CommunitySearchTests {
  /// The ids of what `viewer` finds for `query`.
  static func ids(
    _ community: Community, _ query: String, viewer: Viewer, kinds: Set<SearchKind>? = nil,
    now: Date = Date()
  ) throws -> [String] {
    try community.search(query, viewer: viewer, kinds: kinds, limit: 50, now: now).hits.map(\.id)
  }

  /// A service residents can file requests for.
  static let certificate = Service(
    code: "00034", name: "Довідка про склад сім'ї", description: "Видається в день звернення.",
    documents: ["паспорт"], fee: nil, term: .sameDay, result: "довідка",
    department: "ЦНАП")

  @Test("requests are found by officials and their applicant, never by a guest or another")
  func requestPrivacy() throws {
    try TemporaryDirectory.with { folder in
      let community = try TestCommunity.empty(at: folder.dataPath)
      let official = try TestCommunity.official(community)
      let taras = try TestCommunity.resident(community)
      try community.createAccount(
        id: "petro", name: "Петро Мельник", role: .resident, pin: "7777",
        pinRounds: TestCommunity.pinRounds)
      let petro = Viewer.account(try community.signIn(id: "petro", pin: "7777"))
      try community.saveService(Self.certificate, viewer: official)
      let mine = try community.fileRequest(
        serviceCode: "00034", description: "Потрібна для субсидії, вулиця Соборна",
        viewer: taras)
      let his = try community.fileRequest(
        serviceCode: "00034", description: "Для вступу до школи, вулиця Соборна", viewer: petro)

      #expect(try Self.ids(community, "Соборна", viewer: .guest).isEmpty)
      #expect(try Self.ids(community, "Соборна", viewer: taras) == [mine.number])
      #expect(try Self.ids(community, "Соборна", viewer: petro) == [his.number])
      #expect(
        Set(try Self.ids(community, "Соборна", viewer: official)) == [mine.number, his.number])
      // The title carries the number and the service's name, which both sides know it by.
      let hit = try #require(community.search(mine.number, viewer: taras).hits.first)
      #expect(hit.kind == .request)
      #expect(hit.title.contains("Довідка про склад сім'ї"))
      // The service itself is public.
      #expect(try Self.ids(community, "довідка", viewer: .guest, kinds: [.service]) == ["00034"])
    }
  }

  @Test("renaming a service retitles its requests in the index")
  func serviceRename() throws {
    try TemporaryDirectory.with { folder in
      let community = try TestCommunity.empty(at: folder.dataPath)
      let official = try TestCommunity.official(community)
      try community.saveService(Self.certificate, viewer: official)
      #expect(try Self.ids(community, "довідка", viewer: official).count == 1)
      let request = try community.fileRequest(
        serviceCode: "00034", description: "Для субсидії.",
        viewer: TestCommunity.resident(community))
      var renamed = Self.certificate
      renamed.name = "Витяг з реєстру громади"
      try community.saveService(renamed, viewer: official)
      let hits = try community.search("витяг", viewer: official, limit: 10).hits
      #expect(Set(hits.map(\.id)) == ["00034", request.number])
      #expect(try Self.ids(community, "сім'ї", viewer: official).isEmpty)
      #expect(try community.searchIndexStatus() == .current(documents: 2))
    }
  }

  @Test("a news item is found at once, by its new words after an edit, and not after deletion")
  func newsUpdates() throws {
    try TemporaryDirectory.with { folder in
      let community = try TestCommunity.empty(at: folder.dataPath)
      let official = try TestCommunity.official(community)
      // The index exists and is current before the writes, so they go through updates.
      #expect(try Self.ids(community, "водогін", viewer: .guest).isEmpty)
      let item = try community.publishNews(
        title: "Ремонт водогону", body: "Вода буде відсутня на вулиці Шевченка.",
        category: "Оголошення", viewer: official)
      #expect(try Self.ids(community, "водогону", viewer: .guest) == [item.id])
      #expect(try Self.ids(community, "Шевченка", viewer: .guest) == [item.id])

      try community.updateNews(id: item.id, viewer: official) {
        $0.body = "Вода буде відсутня на вулиці Франка."
      }
      #expect(try Self.ids(community, "Франка", viewer: .guest) == [item.id])
      #expect(try Self.ids(community, "Шевченка", viewer: .guest).isEmpty)

      try community.deleteNews(id: item.id, viewer: official)
      #expect(try Self.ids(community, "водогону", viewer: .guest).isEmpty)
    }
  }

  @Test("practices are found at once after adding, importing and editing")
  func practiceUpdates() throws {
    try TemporaryDirectory.with { folder in
      let community = try TestCommunity.empty(at: folder.dataPath)
      let official = try TestCommunity.official(community)
      #expect(try Self.ids(community, "бюджет", viewer: .guest).isEmpty)
      let added = try community.addPractices(
        [
          PracticeDraft(
            title: "Паперове голосування за громадський бюджет", topic: .budget, year: 2021,
            body: "Бюлетені в старостинських округах."),
          PracticeDraft(
            title: "ЦНАП на колесах", topic: .services, year: 2023,
            body: "Мобільний офіс об'їжджає села."),
        ], viewer: official)
      #expect(try Self.ids(community, "бюджету", viewer: .guest) == [added[0].id])
      #expect(
        try Self.ids(community, "об’їжджає", viewer: .guest, kinds: [.practice]) == [added[1].id])

      try community.updatePractice(id: added[0].id, viewer: official) {
        $0.body = "Виїзні пункти на ярмарках."
      }
      #expect(try Self.ids(community, "ярмарках", viewer: .guest) == [added[0].id])
      #expect(try Self.ids(community, "старостинських", viewer: .guest).isEmpty)
      // A new community opened on the same folder finds the same: the updates are on disk.
      let reopened = try Community.open(path: folder.dataPath)
      #expect(try Self.ids(reopened, "ярмарках", viewer: .guest) == [added[0].id])
    }
  }

  @Test("two communities on one folder (two terminals) find each other's writes at once")
  func twoTerminals() throws {
    try TemporaryDirectory.with { folder in
      let first = try TestCommunity.empty(at: folder.dataPath)
      let second = try Community.open(path: folder.dataPath)
      // Both have their index open before the writes.
      #expect(try Self.ids(first, "толока", viewer: .guest).isEmpty)
      #expect(try Self.ids(second, "толока", viewer: .guest).isEmpty)
      let fromFirst = try first.publishNews(
        title: "Толока біля школи", body: "У суботу.", category: "Події",
        viewer: TestCommunity.official(first))
      let fromSecond = try second.publishNews(
        title: "Толока в парку", body: "У неділю.", category: "Події",
        viewer: TestCommunity.official(second))
      #expect(Set(try Self.ids(first, "толока", viewer: .guest)) == [fromFirst.id, fromSecond.id])
      #expect(Set(try Self.ids(second, "толока", viewer: .guest)) == [fromFirst.id, fromSecond.id])
      #expect(try first.searchIndexStatus() == .current(documents: 2))
    }
  }

  @Test("scheduled news is found by officials only until its publication time")
  func scheduledNews() throws {
    try TemporaryDirectory.with { folder in
      let now = Date(timeIntervalSince1970: 1_790_000_000)
      let community = try TestCommunity.empty(at: folder.dataPath, now: now)
      let official = try TestCommunity.official(community)
      let resident = try TestCommunity.resident(community)
      let later = now.addingTimeInterval(40 * 86_400)
      let item = try community.publishNews(
        title: "Толока в парку", body: "Запрошуємо всіх.", category: "Події",
        publishAt: later, viewer: official, now: now)
      #expect(try Self.ids(community, "толока", viewer: resident, now: now).isEmpty)
      #expect(try Self.ids(community, "толока", viewer: .guest, now: now).isEmpty)
      #expect(try Self.ids(community, "толока", viewer: official, now: now) == [item.id])
      let results = try community.search("толока", viewer: resident, now: now)
      #expect(results.totalCount == 0)
      #expect(try Self.ids(community, "толока", viewer: resident, now: later) == [item.id])
    }
  }
}
