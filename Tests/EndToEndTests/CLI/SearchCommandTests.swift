import Foundation
import Testing

/// `hromada search` against the real binary.
struct SearchCommandTests {
  @Test("search --json: ranked objects with kind, id, title, score and snippet")
  func json() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      let result = try HromadaCLI.run(["search", "бюджет", "--json", "--limit", "5"] + folder.data)
      #expect(result.status == 0, "\(result.standardError)")
      let hits = try result.objects()
      #expect(hits.count == 5)
      for hit in hits {
        #expect(
          ["news", "service", "proposal", "practice"].contains(hit["kind"] as? String ?? ""))
        #expect(!((hit["id"] as? String) ?? "").isEmpty)
        #expect(!((hit["title"] as? String) ?? "").isEmpty)
        #expect(hit["snippet"] is String)
      }
      let scores = hits.compactMap { $0["score"] as? Double }
      #expect(scores.count == hits.count)
      #expect(scores == scores.sorted(by: >), "best first")
    }
  }

  @Test("search --kind: only that kind, and the plain output labels and marks it")
  func kind() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      let result = try HromadaCLI.run(
        ["search", "громада", "--kind", "practices", "--json"] + folder.data)
      #expect(result.status == 0, "\(result.standardError)")
      let hits = try result.objects()
      #expect(!hits.isEmpty)
      #expect(Set(hits.compactMap { $0["kind"] as? String }) == ["practice"])

      let plain = try HromadaCLI.run(
        ["search", "громада", "--kind", "practices", "--limit", "2"] + folder.data)
      #expect(plain.status == 0, "\(plain.standardError)")
      #expect(plain.standardOutput.contains("[Практика "))
      #expect(plain.standardOutput.contains("«"), "matched words are marked")
      #expect(!plain.standardOutput.unicodeScalars.contains { $0 == "\u{1B}" })
      let english = try HromadaCLI.run(
        ["search", "громада", "--kind", "practices"] + folder.data,
        environment: ["HROMADA_LANG": "en"])
      #expect(english.standardOutput.contains("[Practice "))
    }
  }

  @Test("a query with ’ finds text written with '")
  func apostrophe() throws {
    try ScratchFolder.with { folder in
      try folder.seedEmpty()
      let added = try HromadaCLI.run(
        [
          "news", "add", "--title", "Форум громад", "--body", "Досвід об'єднаних громад області.",
          "--as", "olena",
        ] + folder.data, environment: ["HROMADA_PIN": "1234"])
      #expect(added.status == 0, "\(added.standardError)")
      let id = added.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
      let result = try HromadaCLI.run(["search", "об’єднаних", "--json"] + folder.data)
      #expect(result.status == 0, "\(result.standardError)")
      let hits = try result.objects()
      #expect(hits.map { $0["id"] as? String } == [id])
      #expect(hits.first?["kind"] as? String == "news")
    }
  }

  @Test("doctor notes a damaged search index without failing, and the next search rebuilds it")
  func doctorAndDamage() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      let manifest = folder.dataPath + "/search/MANIFEST"
      try Data("damaged\n".utf8).write(to: URL(fileURLWithPath: manifest))
      let doctor = try HromadaCLI.run(["doctor"] + folder.data)
      #expect(doctor.status == 0, "\(doctor.standardOutput)")
      #expect(doctor.standardOutput.contains("search index: damaged"))
      #expect(doctor.standardOutput.contains("All is well."))

      let result = try HromadaCLI.run(
        ["search", "громада", "--json", "--limit", "3"] + folder.data)
      #expect(result.status == 0, "\(result.standardError)")
      #expect(try result.objects().count == 3)
      let after = try HromadaCLI.run(["doctor"] + folder.data)
      #expect(after.standardOutput.contains("ok  search index:"))
    }
  }

  @Test("a search that must rebuild a missing index says so on standard error first")
  func rebuildNoted() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      try FileManager.default.removeItem(atPath: folder.dataPath + "/search")
      let first = try HromadaCLI.run(["search", "укриття", "--json"] + folder.data)
      #expect(first.status == 0, "\(first.standardError)")
      #expect(first.standardError == "hromada: Оновлюю пошуковий покажчик…\n")
      #expect(try !first.objects().isEmpty)
      let second = try HromadaCLI.run(["search", "укриття", "--json"] + folder.data)
      #expect(second.standardError.isEmpty)
      #expect(second.standardOutput == first.standardOutput)
    }
  }

  @Test("a resident finds their own requests, not another resident's; an official finds all")
  func requestPrivacy() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      func requests(_ account: String?, pin: String) throws -> [String] {
        let who = account.map { ["--as", $0] } ?? []
        let result = try HromadaCLI.run(
          ["search", "Козацька", "--kind", "requests", "--json"] + who + folder.data,
          environment: ["HROMADA_PIN": pin])
        #expect(result.status == 0, "\(result.standardError)")
        return try result.objects().compactMap { $0["id"] as? String }
      }
      let mykolas = try requests("mykola", pin: "271828")
      #expect(mykolas.count == 2)
      #expect(try requests("taras", pin: "4821").isEmpty)
      #expect(try requests(nil, pin: "").isEmpty)
      #expect(Set(try requests("olena", pin: "1111")) == Set(mykolas))
    }
  }
}
