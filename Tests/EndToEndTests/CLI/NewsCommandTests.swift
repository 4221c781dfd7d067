import Foundation
import Testing

struct NewsCommandTests {
  private let official = ["HROMADA_PIN": "1234"]

  /// Publishes an item as `olena` and returns the id `news add` printed.
  private func add(_ folder: ScratchFolder, _ title: String, _ extra: [String] = []) throws
    -> String
  {
    let result = try HromadaCLI.run(
      ["news", "add", "--title", title, "--body", "Текст новини «\(title)».", "--as", "olena"]
        + extra
        + folder.data,
      environment: official)
    guard result.status == 0 else { throw CLIFailure("news add failed: \(result.standardError)") }
    return result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private func date(_ text: Any?) -> Date? {
    guard let text = text as? String else { return nil }
    return ISO8601DateFormatter().date(from: text)
  }

  @Test(
    "news list --json: id, title, category, ISO 8601 publishedAt, pinned; pinned first, then newest"
  )
  func listJSON() throws {
    try ScratchFolder.with { folder in
      try folder.seedEmpty()
      let first = try add(folder, "Перша", ["--publish-at", "2026-01-10T09:00:00Z"])
      let pinned = try add(
        folder, "Закріплена", ["--pinned", "--category", "ЦНАП", "--publish-at", "2026-01-05"])
      let third = try add(folder, "Третя", ["--publish-at", "2026-02-01T12:30:00Z"])
      #expect(Set([first, pinned, third]).count == 3)

      let result = try HromadaCLI.run(["news", "list", "--json"] + folder.data)
      #expect(result.status == 0, "\(result.standardError)")
      let items = try result.objects()
      #expect(items.map { $0["id"] as? String } == [pinned, third, first])
      #expect(items.map { $0["title"] as? String } == ["Закріплена", "Третя", "Перша"])
      #expect(items.map { $0["pinned"] as? Bool } == [true, false, false])
      #expect(items.map { $0["category"] as? String } == ["ЦНАП", "Оголошення", "Оголошення"])
      #expect(
        date(items.last?["publishedAt"])
          == ISO8601DateFormatter().date(from: "2026-01-10T09:00:00Z"))
      #expect(
        date(items.first?["publishedAt"])
          == ISO8601DateFormatter().date(from: "2026-01-05T00:00:00Z"))

      let limited = try HromadaCLI.run(["news", "list", "--json", "--limit", "1"] + folder.data)
      #expect(try limited.objects().map { $0["id"] as? String } == [pinned])
      let category = try HromadaCLI.run(
        ["news", "list", "--json", "--category", "ЦНАП"] + folder.data)
      #expect(try category.objects().map { $0["id"] as? String } == [pinned])
    }
  }

  @Test("a scheduled item is hidden from guests and shown to officials")
  func scheduled() throws {
    try ScratchFolder.with { folder in
      try folder.seedEmpty()
      let now = try add(folder, "Сьогодні")
      let later = try add(folder, "Наступного року", ["--publish-at", "2099-01-01T00:00:00Z"])

      let guest = try HromadaCLI.run(["news", "list", "--json"] + folder.data)
      #expect(try guest.objects().map { $0["id"] as? String } == [now])
      let asOfficial = try HromadaCLI.run(
        ["news", "list", "--json", "--as", "olena"] + folder.data, environment: official)
      #expect(try asOfficial.objects().map { $0["id"] as? String } == [later, now])

      let hidden = try HromadaCLI.run(["news", "show", later] + folder.data)
      #expect(hidden.status == 1)
      #expect(hidden.standardError.contains("no news item \(later)"))
      let shown = try HromadaCLI.run(
        ["news", "show", later, "--as", "olena"] + folder.data, environment: official)
      #expect(shown.status == 0, "\(shown.standardError)")
      #expect(shown.standardOutput.hasPrefix("Наступного року\n"))
    }
  }

  @Test("news show prints the title, date, category and author, then the body")
  func show() throws {
    try ScratchFolder.with { folder in
      try folder.seedEmpty()
      let id = try add(
        folder, "Графік прийому", ["--category", "ЦНАП", "--publish-at", "2026-03-02T08:00:00Z"])
      let result = try HromadaCLI.run(["news", "show", id] + folder.data)
      #expect(result.status == 0, "\(result.standardError)")
      let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.first == "Графік прийому")
      #expect(lines.dropFirst().first == "2026-03-02T08:00:00Z · ЦНАП · olena")
      #expect(result.standardOutput.contains("Текст новини «Графік прийому»."))

      let json = try HromadaCLI.run(["news", "show", id, "--json"] + folder.data)
      let object = try #require(try json.json() as? [String: Any])
      #expect(object["body"] as? String == "Текст новини «Графік прийому».")
      #expect(object["author"] as? String == "olena")

      let missing = try HromadaCLI.run(["news", "show", "999"] + folder.data)
      #expect(missing.status == 1)
      #expect(missing.standardError.contains("no news item 999"))
    }
  }

  @Test("bad input to news add is refused with the rule broken, and nothing is written")
  func badInput() throws {
    try ScratchFolder.with { folder in
      try folder.seedEmpty()
      let before = try TreeSnapshot(of: folder.dataPath)
      let control = try HromadaCLI.run(
        ["news", "add", "--title", "Увага\u{1B}[2J", "--body", "Текст", "--as", "olena"]
          + folder.data,
        environment: official)
      #expect(control.status == 1)
      #expect(
        control.standardError.contains("title: control character U+1B is not allowed"),
        "\(control.standardError)")
      let when = try HromadaCLI.run(
        ["news", "add", "--title", "Т", "--body", "Т", "--publish-at", "завтра", "--as", "olena"]
          + folder.data,
        environment: official)
      #expect(when.status == 1)
      #expect(when.standardError.contains("is not an ISO 8601 date"))
      let empty = try HromadaCLI.run(
        ["news", "add", "--title", "  ", "--body", "Т", "--as", "olena"] + folder.data,
        environment: official)
      #expect(empty.status == 1)
      #expect(empty.standardError.contains("title: must not be empty"))
      #expect(try TreeSnapshot(of: folder.dataPath) == before)
    }
  }
}
