import CommunityCore
import Foundation

extension SearchScreen {
  /// Rows one result takes: its kind and title, the snippet, a blank line.
  static let rowsPerResult = 3
  /// The column where titles and snippets start, after the kind.
  static let kindWidth = 11

  package func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    canvas.fill(rect.top(1), style: .title)
    canvas.put(" " + strings["search.heading"], row: rect.row, column: 0, style: .title)
    let count = countText
    if !count.isEmpty {
      canvas.put(
        count, row: rect.row, column: max(0, rect.right - DisplayWidth.of(count) - 1),
        style: .title)
    }
    renderQueryLine(into: &canvas, row: rect.row + 1, width: rect.width)
    let body = rect.droppingTop(3)
    guard let results, !results.hits.isEmpty else {
      renderEmpty(into: &canvas, in: body)
      return
    }
    if !results.matchedAllWords {
      // The core fell back to "any of the words"; say so, or the ranking looks arbitrary.
      canvas.put(
        " " + strings["search.someWords"], row: rect.row + 2, column: 0, style: .warning,
        maxWidth: rect.width)
    }
    renderResults(results.hits, into: &canvas, in: body)
  }

  /// "знайдено: 7", or "показано 50 з 120" when the count passes the limit.
  private var countText: String {
    guard let results else { return "" }
    if results.totalCount > results.hits.count {
      return strings.format("search.countShown", results.hits.count, results.totalCount)
    }
    return strings.format("search.count", results.totalCount)
  }

  private func renderQueryLine(into canvas: inout Canvas, row: Int, width: Int) {
    let label = " " + strings["search.queryLabel"] + " "
    let used = canvas.put(label, row: row, column: 0, style: isTyping ? .accent : .muted)
    field.width = max(10, width - used - 2)
    field.render(
      into: &canvas, in: Rect(row: row, column: used, width: field.width, height: 1),
      isFocused: isTyping)
  }

  /// What to say without results: how to search, that nothing matched, or why the query failed.
  private func renderEmpty(into canvas: inout Canvas, in rect: Rect) {
    let lines: [(String, Style)]
    if let failure {
      lines = [(failure, .danger)]
    } else if results != nil {
      lines = [
        (strings.format("search.nothing", query.trimmingCharacters(in: .whitespaces)), .normal),
        (strings["search.nothingAdvice"], .muted),
      ]
    } else {
      lines = [
        (strings["search.prompt"], .normal), (strings["search.syntax"], .muted),
        (strings["search.keys"], .muted),
      ]
    }
    var row = rect.row
    for (text, style) in lines {
      for line in DisplayWidth.wrap(text, width: max(1, rect.width - 2)) where row < rect.bottom {
        canvas.put(line, row: row, column: rect.column + 1, style: style)
        row += 1
      }
      row += 1
    }
  }

  private func renderResults(_ hits: [SearchResult], into canvas: inout Canvas, in rect: Rect) {
    let visibleCount = max(1, rect.height / SearchScreen.rowsPerResult)
    list.pageSize = visibleCount
    let range = list.visibleRange(height: visibleCount)
    let hasBar = hits.count > visibleCount
    let width = rect.width - (hasBar ? 1 : 0)
    let textWidth = max(1, width - SearchScreen.kindWidth - 1)
    for index in range {
      let hit = hits[index]
      let row = rect.row + (index - range.lowerBound) * SearchScreen.rowsPerResult
      let isSelected = index == list.selection
      // The selection shows as reverse video only while the results have the keys; on the
      // query line a marker says which result Enter would reach after ↓.
      let rowStyle: Style = isSelected && !isTyping ? .selection : .normal
      canvas.fill(Rect(row: row, column: rect.column, width: width, height: 1), style: rowStyle)
      let marker = isSelected ? "›" : " "
      let kind = DisplayWidth.pad(
        marker + strings["search.kind.\(hit.kind.rawValue)"], to: SearchScreen.kindWidth)
      canvas.put(kind, row: row, column: rect.column, style: isSelected ? rowStyle : .accent)
      let title = HighlightedText.segments(
        hit.title, highlights: hit.titleHighlights, style: rowStyle.adding(.bold))
      canvas.put(
        HighlightedText.showingFirstMatch(title, width: textWidth), row: row,
        column: rect.column + SearchScreen.kindWidth, maxWidth: textWidth)
      let snippet = HighlightedText.segments(
        hit.snippet.text, highlights: hit.snippet.highlights, style: .muted)
      canvas.put(
        HighlightedText.showingFirstMatch(snippet, width: textWidth), row: row + 1,
        column: rect.column + SearchScreen.kindWidth, maxWidth: textWidth)
    }
    if hasBar {
      ScrollIndicator.render(
        into: &canvas,
        in: Rect(row: rect.row, column: rect.right - 1, width: 1, height: rect.height),
        total: hits.count, visible: visibleCount, offset: range.lowerBound)
    }
  }
}
