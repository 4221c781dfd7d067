import CommunityCore
import Foundation

/// `/` search within a list: a query typed on the bottom line, the matching rows, and `n`/`N`
/// to move between them — the way less, vim and newsboat do it.
struct ListSearch {
  private(set) var isTyping = false
  private(set) var query = ""
  private(set) var matches: [Int] = []
  private var position = 0
  private var field = TextField(width: 40)

  /// Whether the search line is shown (typing, or a query with results to step through).
  var isActive: Bool { isTyping || !query.isEmpty }

  var current: Int? { matches.isEmpty ? nil : matches[position] }

  var hints: [KeyHint] { [KeyHint(keys: "Enter", text: "✓"), KeyHint(keys: "Esc", text: "✗")] }

  mutating func begin() {
    isTyping = true
    field = TextField(text: query, width: 40)
  }

  /// Feeds a key to the query line; returns the query when it changed or was confirmed.
  mutating func handle(_ key: Key) -> String? {
    switch key {
    case .escape:
      isTyping = false
      query = ""
      matches = []
      return ""
    case .enter:
      isTyping = false
      query = field.text
      return query
    default:
      if field.handle(key) {
        query = field.text
        return query
      }
      return nil
    }
  }

  mutating func update(_ newMatches: [Int]) {
    matches = newMatches
    position = 0
  }

  /// The next (or previous) match, wrapping around.
  mutating func step(forward: Bool) -> Int? {
    guard !matches.isEmpty else { return nil }
    position = (position + (forward ? 1 : matches.count - 1)) % matches.count
    return matches[position]
  }

  func render(into canvas: inout Canvas, row: Int, width: Int, strings: Strings) {
    let line = Rect(row: row, column: 0, width: width, height: 1)
    canvas.fill(line, style: .normal)
    let used = canvas.put("/", row: row, column: 0, style: .accent)
    var shown = field
    shown.width = max(10, width / 2)
    if isTyping {
      shown.render(
        into: &canvas, in: Rect(row: row, column: used, width: shown.width, height: 1),
        isFocused: true)
      canvas.cursor = Position(row: row, column: used + shown.cursorColumn - shown.scrollColumn)
    } else {
      canvas.put(query, row: row, column: used, style: .accent, maxWidth: shown.width)
    }
    let count =
      matches.isEmpty
      ? strings["search.noMatches"]
      : strings.format("search.matchCount", position + 1, matches.count)
    canvas.put(count, row: row, column: used + shown.width + 2, style: .muted, maxWidth: width)
  }

  /// Case- and apostrophe-insensitive substring test for list filtering.
  static func contains(_ text: String, _ query: String) -> Bool {
    normalized(text).contains(normalized(query))
  }

  static func normalized(_ text: String) -> String {
    text.lowercased().replacingOccurrences(of: "’", with: "'").replacingOccurrences(
      of: "ʼ", with: "'")
  }

  /// Help lines for the movement keys every list shares.
  static func navigationHelp(context: AppContext?) -> [KeyHint] {
    [
      KeyHint(keys: "↑ ↓ j k", text: context?.strings["help.move"] ?? "↑↓"),
      KeyHint(keys: "PgUp PgDn", text: context?.strings["help.page"] ?? "⇞⇟"),
      KeyHint(keys: "g G Home End", text: context?.strings["help.ends"] ?? "⤒⤓"),
    ]
  }
}
