import CommunityCore
import Foundation
import Testing

/// The third storage promise: two writers on one data directory (two officials' terminals)
/// lose no write.
struct ConcurrentWriteTests {
  private func problems(_ community: Community) -> [String] {
    let (meta, collections) = community.check()
    return (meta + collections.flatMap(\.problems)).map(\.description)
  }

  @Test("two hromada processes adding 100 news items each lose none", .timeLimit(.minutes(5)))
  func twoProcesses() throws {
    let binary = try HromadaBinary.path()
    try TemporaryDirectory.with { folder in
      let community = try TestCommunity.empty(at: folder.dataPath)
      let script = """
        i=0
        while [ $i -lt 100 ]; do
          i=$((i + 1))
          id=$("$0" news add --title "$2$i" --body B --data-dir "$1" --as olena) || exit 1
          echo "$i $id"
        done
        """
      let loops = try ["A", "B"].map { name in
        try ChildProcess(
          executable: "/bin/sh", arguments: ["-c", script, binary, folder.dataPath, name],
          environment: HromadaBinary.environment(["HROMADA_PIN": "1111"]))
      }
      var titles: [String: String] = [:]
      for (name, loop) in zip(["A", "B"], loops) {
        let result = loop.finish()
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 100)
        for line in lines {
          let fields = line.split(separator: " ")
          guard fields.count == 2 else { continue }
          #expect(titles[String(fields[1])] == nil, "id \(fields[1]) handed out twice")
          titles[String(fields[1])] = name + fields[0]
        }
      }
      #expect(titles.count == 200)
      for (id, title) in titles {
        #expect(try community.news.get(id)?.title == title)
      }
      let listed = try community.listNews(NewsQuery(limit: 1_000), viewer: .guest)
      #expect(listed.count == 200)
      #expect(Set(listed.map(\.id)) == Set(titles.keys))
      #expect(problems(community).isEmpty)
    }
  }

  @Test("writers on separate handles in one process exclude each other like processes do")
  func threads() throws {
    try TemporaryDirectory.with { folder in
      _ = try TestCommunity.empty(at: folder.dataPath)
      let failures = LockedList<String>()
      DispatchQueue.concurrentPerform(iterations: 4) { writer in
        do {
          let community = try Community.open(path: folder.dataPath)
          let official = try TestCommunity.official(community)
          for index in 0..<50 {
            try community.publishNews(
              title: "W\(writer)-\(index)", body: "Текст", category: "Новини", viewer: official)
          }
        } catch {
          failures.append("writer \(writer): \(error)")
        }
      }
      #expect(failures.items.isEmpty)
      let community = try Community.open(path: folder.dataPath)
      let listed = try community.listNews(NewsQuery(limit: 1_000), viewer: .guest)
      #expect(listed.count == 200)
      #expect(Set(listed.map(\.id)).count == 200)
      #expect(Set(listed.map(\.title)).count == 200)
      #expect(Set(listed.map(\.id)) == Set((1...200).map(String.init)))
      #expect(problems(community).isEmpty)
    }
  }
}

/// A list that several threads append to.
final class LockedList<Element: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [Element] = []

  func append(_ element: Element) { lock.withLock { storage.append(element) } }

  var items: [Element] { lock.withLock { storage } }
}
