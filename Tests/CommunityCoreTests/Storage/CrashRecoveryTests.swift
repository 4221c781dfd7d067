import CommunityCore
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The first storage promise: a write that returned is on disk, whatever happens next, and a
/// write cut short by a crash is repaired (or cleanly dropped) by the next writer.
struct CrashRecoveryTests {
  private static let minute: TimeInterval = 60

  /// Every problem the doctor finds, as text.
  private func problems(_ community: Community) -> [String] {
    let (meta, collections) = community.check()
    return (meta + collections.flatMap(\.problems)).map(\.description)
  }

  private func journalLine(for item: NewsItem) throws -> String {
    let record = String(decoding: try JSONCoding.encoder().encode(item), as: UTF8.self)
    return #"{"key":"\#(item.id)","record":\#(record),"seq":\#(item.id)}"#
  }

  @Test(
    "a complete but unindexed journal line is indexed, and a torn one is cut, by the next write")
  func tornJournalTail() throws {
    try TemporaryDirectory.with { folder in
      let community = try TestCommunity.empty(at: folder.dataPath)
      let official = try TestCommunity.official(community)
      // Whole seconds, as the journal stores them, so that records compare equal after reading.
      let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
      let first = try community.publishNews(
        title: "Перша", body: "Текст", category: "Новини",
        publishAt: now.addingTimeInterval(-2 * Self.minute),
        viewer: official, now: now)
      // A writer appended record 2 and died before indexing it; another died mid-line.
      let orphan = NewsItem(
        id: "2", title: "Записана, не проіндексована", body: "Текст", category: "Новини",
        author: "olena",
        publishedAt: now.addingTimeInterval(-Self.minute), createdAt: now)
      let journal = folder.dataPath + "/news/records.jsonl"
      let acknowledged = try FileBytes.read(journal)
      try FileBytes.append(
        Array((try journalLine(for: orphan) + "\n" + #"{"key":"3","rec"#).utf8), to: journal)

      // Reading is unaffected: the indexes still describe the acknowledged journal.
      #expect(try community.listNews(viewer: .guest, now: now).map(\.id) == [first.id])
      #expect(try community.news.get("2") == nil)
      #expect(
        problems(community).contains {
          $0.contains("news/records.jsonl:3") && $0.contains("cut short")
        })

      let third = try community.publishNews(
        title: "Третя", body: "Текст", category: "Новини", viewer: official, now: now)
      #expect(third.id == "3", "the replayed record's sequence number is not handed out again")
      #expect(try community.news.get("2") == orphan)
      #expect(try community.listNews(viewer: .guest, now: now).map(\.id) == ["3", "2", "1"])
      let lines = try FileBytes.lines(journal)
      #expect(lines.count == 3)
      #expect(try FileBytes.read(journal).starts(with: acknowledged))
      #expect(try FileBytes.read(journal).last == UInt8(ascii: "\n"))
      #expect(!lines.contains { $0.contains(#""rec""#) && !$0.contains("record") })
      #expect(problems(community).isEmpty)
    }
  }

  @Test("a crash after the indexes but before the state mark is replayed without duplicates")
  func staleStateMark() throws {
    try TemporaryDirectory.with { folder in
      let community = try TestCommunity.empty(at: folder.dataPath)
      let official = try TestCommunity.official(community)
      let now = Date()
      _ = try community.publishNews(
        title: "A", body: "Текст", category: "Новини",
        publishAt: now.addingTimeInterval(-2 * Self.minute),
        viewer: official, now: now)
      let statePath = folder.dataPath + "/news/state"
      let stateBefore = try FileBytes.read(statePath)
      _ = try community.publishNews(
        title: "B", body: "Текст", category: "Новини",
        publishAt: now.addingTimeInterval(-Self.minute),
        viewer: official, now: now)
      try FileBytes.write(stateBefore, to: statePath)

      #expect(try community.listNews(viewer: .guest, now: now).map(\.title) == ["B", "A"])
      let third = try community.publishNews(
        title: "C", body: "Текст", category: "Новини", viewer: official, now: now)
      #expect(third.id == "3")
      #expect(try community.listNews(viewer: .guest, now: now).map(\.title) == ["C", "B", "A"])
      #expect(problems(community).isEmpty)
    }
  }

  @Test("index appends torn by a crash are cut and rewritten by the next write")
  func tornIndexAppends() throws {
    try TemporaryDirectory.with { folder in
      let community = try TestCommunity.empty(at: folder.dataPath)
      let official = try TestCommunity.official(community)
      let now = Date()
      _ = try community.publishNews(
        title: "A", body: "Текст", category: "Новини",
        publishAt: now.addingTimeInterval(-2 * Self.minute),
        viewer: official, now: now)
      let before = try FileSnapshot(of: folder.dataPath)
      _ = try community.publishNews(
        title: "B", body: "Текст", category: "Новини",
        publishAt: now.addingTimeInterval(-Self.minute),
        viewer: official, now: now)
      let after = try FileSnapshot(of: folder.dataPath)
      // Cut every index file this write appended to halfway through its new bytes, and put the
      // state mark back: the journal line is on disk, the indexes were being written.
      var torn = 0
      for name in after.changes(since: before) where name.hasSuffix(".idx") {
        let old = before.files[name] ?? []
        let new = after.files[name] ?? []
        let cut = old.count + (new.count - old.count) / 2
        try FileBytes.write(Array(new[..<cut]), to: folder.dataPath + "/" + name)
        torn += 1
      }
      #expect(torn >= 2, "the key index and at least one view")
      try FileBytes.write(before.files["news/state"] ?? [], to: folder.dataPath + "/news/state")

      #expect(try community.listNews(viewer: .guest, now: now).map(\.title) == ["A"])
      _ = try community.publishNews(
        title: "C", body: "Текст", category: "Новини", viewer: official, now: now)
      #expect(try community.listNews(viewer: .guest, now: now).map(\.title) == ["C", "B", "A"])
      #expect(try community.news.get("2")?.title == "B")
      #expect(problems(community).isEmpty)
    }
  }

  @Test(
    "kill -9 in the middle of a stream of writes loses no acknowledged record",
    .timeLimit(.minutes(5)))
  func killNine() throws {
    let binary = try HromadaBinary.path()
    try TemporaryDirectory.with { folder in
      let community = try TestCommunity.empty(at: folder.dataPath)
      // Each line the loop prints is "<i> <id>", printed only after `news add` returned.
      let script = """
        i=0
        while [ $i -lt 400 ]; do
          i=$((i + 1))
          id=$("$0" news add --title "T$2-$i" --body B --data-dir "$1" --as olena) || exit 1
          echo "$i $id"
        done
        """
      var acknowledged: [String: String] = [:]
      var generator = SystemRandomNumberGenerator()
      for round in 1...5 {
        let loop = try ChildProcess(
          executable: "/bin/sh", arguments: ["-c", script, binary, folder.dataPath, String(round)],
          environment: HromadaBinary.environment(["HROMADA_PIN": "1111"]))
        func acknowledge(_ line: String) {
          let fields = line.split(separator: " ")
          if fields.count == 2 { acknowledged[String(fields[1])] = "T\(round)-\(fields[0])" }
        }
        for _ in 0..<Int.random(in: 10...25, using: &generator) {
          guard let line = loop.nextLine() else { break }
          acknowledge(line)
        }
        // Kill at a random moment within the next write, not right after an acknowledgement.
        usleep(UInt32.random(in: 0...60_000, using: &generator))
        loop.killGroup()
        let result = loop.finish()
        for line in result.standardOutput.split(separator: "\n") { acknowledge(String(line)) }
        #expect(result.status == 128 + SIGKILL, "the loop was killed: \(result.standardError)")

        let reopened = try Community.open(path: folder.dataPath)
        for (id, title) in acknowledged {
          #expect(try reopened.news.get(id)?.title == title, "acknowledged item \(id)")
        }
        _ = try reopened.publishNews(
          title: "Після збою \(round)", body: "Текст", category: "Новини",
          viewer: TestCommunity.official(reopened))
        #expect(problems(reopened).isEmpty, "round \(round)")
        // The write replayed whatever the killed one left: the indexes cover the whole journal.
        let journal = try FileBytes.read(folder.dataPath + "/news/records.jsonl")
        let mark = try FileBytes.lines(folder.dataPath + "/news/state").first?.split(separator: " ")
        #expect(mark?.count == 5)
        #expect(mark.flatMap { Int($0[2]) } == journal.count, "round \(round)")
        #expect(mark.flatMap { Int($0[3]) } == journal.filter { $0 == UInt8(ascii: "\n") }.count)
      }
      #expect(acknowledged.count >= 50)
      let all = try community.listNews(
        NewsQuery(limit: 10_000), viewer: TestCommunity.official(community))
      #expect(Set(all.map(\.id)).count == all.count, "ids are unique")
      #expect(Set(acknowledged.keys).isSubset(of: Set(all.map(\.id))))
      let doctor = try HromadaBinary.run(["doctor", "--data-dir", folder.dataPath])
      #expect(doctor.status == 0, "\(doctor.standardOutput)")
    }
  }
}
