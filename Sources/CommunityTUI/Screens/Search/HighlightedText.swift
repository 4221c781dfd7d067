import Foundation

/// Text with the words a search matched drawn in the ``Style/highlight`` role: a result's title
/// or snippet.
package enum HighlightedText {
  /// The text cut into segments, `style` between the marked ranges.
  ///
  /// Ranges that overlap an earlier one or fall outside the text are skipped rather than
  /// trusted, so a stale result can never crash the drawing.
  package static func segments(
    _ text: String, highlights: [Range<String.Index>], style: Style
  ) -> [Segment] {
    var segments: [Segment] = []
    var cursor = text.startIndex
    for range in highlights
    where range.lowerBound >= cursor && range.upperBound <= text.endIndex
      && !range.isEmpty
    {
      if cursor < range.lowerBound {
        segments.append(Segment(String(text[cursor..<range.lowerBound]), style: style))
      }
      segments.append(Segment(String(text[range]), style: .highlight))
      cursor = range.upperBound
    }
    if cursor < text.endIndex {
      segments.append(Segment(String(text[cursor...]), style: style))
    }
    return segments
  }

  /// The segments shortened at the front, behind "…", when the first highlight would end
  /// past `width` columns, so a narrow terminal still shows why the result matched.
  package static func showingFirstMatch(_ segments: [Segment], width: Int) -> [Segment] {
    guard let first = segments.firstIndex(where: { $0.style.role == .highlight }) else {
      return segments
    }
    let before = segments[..<first].reduce(0) { $0 + $1.width }
    guard before + segments[first].width > width, first > 0 else { return segments }
    // Keep about a quarter of the width as context before the match.
    var keep = max(0, width / 4 - 1)
    var kept: [Segment] = []
    for segment in segments[..<first].reversed() where keep > 0 {
      let tail = suffix(segment.text, width: keep)
      kept.insert(Segment(tail, style: segment.style), at: 0)
      keep -= DisplayWidth.of(tail)
    }
    let style = segments[0].style
    return [Segment("…", style: style)] + kept + segments[first...]
  }

  /// The end of `text` that fits in `width` columns.
  private static func suffix(_ text: String, width: Int) -> String {
    var used = 0
    var start = text.endIndex
    while start > text.startIndex {
      let previous = text.index(before: start)
      let next = used + DisplayWidth.of(text[previous])
      if next > width { break }
      used = next
      start = previous
    }
    return String(text[start...])
  }
}
