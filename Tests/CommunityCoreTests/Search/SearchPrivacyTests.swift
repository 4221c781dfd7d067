import Foundation
import Testing

@testable import CommunityCore

struct SearchPrivacyTests {
  @Test(
    "requests are shown to officials and their owner only",
    arguments: [
      (SearchViewer.guest, ["news"]),
      (SearchViewer.resident(id: "olena"), ["news", "request-olena"]),
      (SearchViewer.resident(id: "petro"), ["news", "request-petro"]),
      (SearchViewer.resident(id: "nobody"), ["news"]),
      (SearchViewer.official, ["news", "request-olena", "request-petro"]),
    ])
  func requestPrivacy(viewer: SearchViewer, expected: [String]) throws {
    let directory = try SearchTemporaryDirectory()
    defer { directory.remove() }
    let index = try SearchIndex(directory: directory.url)
    try index.rebuild(from: [
      SearchDocument(kind: .news, id: "news", title: "Довідка про склад сім'ї", body: ""),
      SearchDocument(
        kind: .request, id: "request-olena", title: "Довідка", body: "", ownerID: "olena"),
    ])
    // One request goes through the journal, so both storage paths are checked.
    try index.upsert(
      SearchDocument(
        kind: .request, id: "request-petro", title: "Довідка", body: "", ownerID: "petro"))
    let results = try index.search("довідка", viewer: viewer)
    #expect(Set(results.hits.map(\.id)) == Set(expected))
    #expect(results.totalCount == expected.count)
  }
}
