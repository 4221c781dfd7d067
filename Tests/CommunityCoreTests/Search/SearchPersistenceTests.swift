import Foundation
import Testing

@testable import CommunityCore

struct SearchPersistenceTests {
  private func journalPath(in directory: URL) throws -> URL {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    let name = try #require(names.first { $0.hasPrefix("journal-") })
    return directory.appendingPathComponent(name)
  }

  @Test("add, edit and delete are visible at once and after reopening", arguments: [512, 3, 1])
  func updates(journalLimit: Int) throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    let index = try SearchIndex(directory: directory.url, journalLimit: journalLimit)
    try index.rebuild(from: [SearchTestSupport.news("old", "Старий бюджет", "")])
    try index.upsert(SearchTestSupport.news("1", "Ремонт дороги", "Почали ремонт."))
    try index.upsert(SearchTestSupport.news("2", "Нова бібліотека", "Відкрили бібліотеку."))
    #expect(try SearchTestSupport.ids(index, "ремонт") == ["1"])
    try index.upsert(SearchTestSupport.news("1", "Освітлення вулиць", "Замінили ліхтарі."))
    try index.remove(kind: .news, id: "2")
    try index.remove(kind: .news, id: "old")
    try index.remove(kind: .news, id: "missing")
    for reader in [index, try SearchIndex(directory: directory.url, journalLimit: journalLimit)] {
      #expect(try SearchTestSupport.ids(reader, "ремонт").isEmpty)
      #expect(try SearchTestSupport.ids(reader, "ліхтарі") == ["1"])
      #expect(try SearchTestSupport.ids(reader, "бібліотека").isEmpty)
      #expect(try SearchTestSupport.ids(reader, "бюджет").isEmpty)
      #expect(try reader.documentCount == 1)
    }
  }

  @Test("many writes flush and merge segments without losing documents")
  func flushAndMerge() throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    let index = try SearchIndex(directory: directory.url, journalLimit: 2)
    for number in 0..<150 {
      try index.upsert(SearchTestSupport.news("\(number)", "Новина номер \(number)", "громада"))
    }
    for number in stride(from: 0, to: 150, by: 3) { try index.remove(kind: .news, id: "\(number)") }
    let reopened = try SearchIndex(directory: directory.url)
    #expect(try reopened.documentCount == 100)
    #expect(try reopened.search("громада", viewer: .guest).totalCount == 100)
    #expect(try SearchTestSupport.ids(reopened, "\"номер 7\"") == ["7"])
    let segments = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
      .filter { $0.hasSuffix(".seg") }
    #expect(segments.count < SearchIndexState.mergeFactor * 2)
    try reopened.compact()
    #expect(try SearchIndex(directory: directory.url).documentCount == 100)
  }

  @Test("a torn last journal record is ignored and the next write recovers")
  func tornJournal() throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    let index = try SearchIndex(directory: directory.url)
    try index.upsert(SearchTestSupport.news("1", "Перша новина", ""))
    try index.upsert(SearchTestSupport.news("2", "Друга новина", ""))
    let journal = try journalPath(in: directory.url)
    let bytes = try Data(contentsOf: journal)
    // A crash in the middle of the second append: half of its record is on disk.
    try bytes.prefix(bytes.count - 7).write(to: journal)
    let reopened = try SearchIndex(directory: directory.url)
    #expect(try reopened.documentCount == 1)
    #expect(try SearchTestSupport.ids(reopened, "новина") == ["1"])
    try reopened.upsert(SearchTestSupport.news("3", "Третя новина", ""))
    let again = try SearchIndex(directory: directory.url)
    #expect(Set(try SearchTestSupport.ids(again, "новина")) == ["1", "3"])
  }

  @Test("garbage after the last journal record is ignored")
  func garbageTail() throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    let index = try SearchIndex(directory: directory.url)
    try index.upsert(SearchTestSupport.news("1", "Новина", ""))
    let handle = try FileHandle(forWritingTo: try journalPath(in: directory.url))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data([0x40, 0, 0, 0, 0xDE, 0xAD, 0xBE, 0xEF, 1, 2, 3]))
    try handle.close()
    #expect(try SearchIndex(directory: directory.url).documentCount == 1)
  }

  @Test("leftovers of a crashed writer are ignored and then removed")
  func crashLeftovers() throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    let index = try SearchIndex(directory: directory.url)
    try index.rebuild(from: [SearchTestSupport.news("1", "Новина", "")])
    let stray = directory.url.appendingPathComponent("seg-99999999.seg.tmp")
    try Data([1, 2, 3]).write(to: stray)
    let reopened = try SearchIndex(directory: directory.url)
    #expect(try reopened.documentCount == 1)
    try reopened.upsert(SearchTestSupport.news("2", "Інша", ""))
    #expect(!FileManager.default.fileExists(atPath: stray.path))
  }

  @Test("a damaged manifest is reported with the file name; erase and rebuild recover")
  func damagedManifest() throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    try SearchIndex(directory: directory.url).rebuild(from: [
      SearchTestSupport.news("1", "Новина", "")
    ])
    let manifest = directory.url.appendingPathComponent("MANIFEST")
    var text = try String(contentsOf: manifest, encoding: .utf8)
    text = text.replacingOccurrences(of: "generation", with: "generatiom")
    try text.write(to: manifest, atomically: true, encoding: .utf8)
    #expect {
      _ = try SearchIndex(directory: directory.url)
    } throws: { error in
      let searchError = error as? SearchError
      return searchError?.kind == .corrupt && searchError?.description.contains("MANIFEST") == true
    }
    try SearchIndex.erase(directory: directory.url)
    let index = try SearchIndex(directory: directory.url)
    #expect(try index.documentCount == 0)
    try index.rebuild(from: [SearchTestSupport.news("1", "Новина", "")])
    #expect(try SearchTestSupport.ids(index, "новина") == ["1"])
  }

  @Test("rebuild replaces everything; a repeated id keeps the last document")
  func rebuildReplaces() throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    let index = try SearchIndex(directory: directory.url)
    try index.upsert(SearchTestSupport.news("gone", "Стара новина", ""))
    try index.rebuild(from: [
      SearchTestSupport.news("1", "Перша версія", ""),
      SearchTestSupport.news("1", "Друга версія", ""),
    ])
    #expect(try index.documentCount == 1)
    #expect(try SearchTestSupport.ids(index, "стара").isEmpty)
    #expect(try index.search("версія", viewer: .guest).hits.map(\.title) == ["Друга версія"])
    try index.upsert(SearchTestSupport.news("1", "Третя версія", ""))
    try index.compact()
    #expect(
      try SearchIndex(directory: directory.url).search("версія", viewer: .guest).hits.map(\.title)
        == ["Третя версія"])
  }

  @Test("a damaged segment file is reported with its name")
  func damagedSegment() throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    try SearchIndex(directory: directory.url).rebuild(from: [
      SearchTestSupport.news("1", "Новина", "")
    ])
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
    let segment = try #require(names.first { $0.hasSuffix(".seg") })
    try Data([1, 2, 3, 4]).write(to: directory.url.appendingPathComponent(segment))
    #expect {
      _ = try SearchIndex(directory: directory.url)
    } throws: { error in
      (error as? SearchError)?.kind == .corrupt
        && (error as? SearchError)?.description.contains(segment) == true
    }
  }

  @Test("a journal deleted by hand is replaced by the next write")
  func missingJournal() throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    try SearchIndex(directory: directory.url).rebuild(from: [
      SearchTestSupport.news("1", "Новина", "")
    ])
    try FileManager.default.removeItem(at: try journalPath(in: directory.url))
    let index = try SearchIndex(directory: directory.url)
    try index.upsert(SearchTestSupport.news("2", "Новина", ""))
    #expect(try SearchIndex(directory: directory.url).documentCount == 2)
  }
}
