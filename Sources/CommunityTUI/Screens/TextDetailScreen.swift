import CommunityCore
import Foundation

/// A read-only page: a heading, a few facts, and wrapped, scrolling text.
final class TextDetailScreen: Screen {
  private let heading: String
  private let facts: [String]
  private var text: TextView
  private let strings: Strings

  init(heading: String, facts: [String], body: String, context: AppContext) {
    self.heading = heading
    self.facts = facts
    self.text = TextView(text: body)
    self.strings = context.strings
  }

  var title: String { heading }
  var hints: [KeyHint] { [KeyHint(keys: "Esc", text: strings["hint.back"])] }
  var helpLines: [KeyHint] {
    [KeyHint(keys: "↑ ↓ PgUp PgDn Space", text: strings["help.scroll"])] + hints
  }

  func handle(_ key: Key, context: AppContext) -> Navigation {
    text.handle(key)
    return .stay
  }

  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    let inner = rect.inset(left: 2, right: 1)
    var row = inner.row
    for line in DisplayWidth.wrap(heading, width: inner.width).prefix(2) {
      canvas.put(line, row: row, column: inner.column, style: .title.adding(.bold))
      row += 1
    }
    for fact in facts.prefix(4) {
      canvas.put(fact, row: row, column: inner.column, style: .muted, maxWidth: inner.width)
      row += 1
    }
    canvas.horizontalLine(row: row, column: inner.column, width: inner.width)
    let body = Rect(
      row: row + 1, column: inner.column, width: inner.width, height: max(1, rect.bottom - row - 2))
    if text.viewport != Size(width: body.width, height: body.height) {
      text.viewport = Size(width: body.width, height: body.height)
    }
    text.render(into: &canvas, in: body)
    canvas.put(
      text.positionLabel, row: rect.bottom - 1,
      column: max(0, rect.right - DisplayWidth.of(text.positionLabel) - 1), style: .muted)
  }
}
