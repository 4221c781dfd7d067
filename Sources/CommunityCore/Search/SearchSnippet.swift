/// A short plain-text excerpt with the words that matched the query marked by ranges.
///
/// The text holds no control characters or line breaks, so a terminal can print it as is;
/// the ranges index into `text` so the interface can highlight and the command line can wrap.
package struct SearchSnippet: Sendable, Hashable {
  /// The excerpt, one line of plain text; "…" marks where it was cut.
  package let text: String
  /// The matched words inside `text`, in order and not overlapping.
  package let highlights: [Range<String.Index>]

  /// Creates a snippet.
  package init(text: String, highlights: [Range<String.Index>]) {
    self.text = text
    self.highlights = highlights
  }

  /// The highlights as UTF-16 offsets, for interfaces that count that way.
  package var utf16Highlights: [Range<Int>] {
    highlights.map { range in
      let start = text.utf16.distance(from: text.startIndex, to: range.lowerBound)
      let length = text.utf16.distance(from: range.lowerBound, to: range.upperBound)
      return start..<(start + length)
    }
  }

  /// Returns the text with every highlight wrapped in `open` and `close` («» or ANSI codes).
  package func marked(open: String = "«", close: String = "»") -> String {
    var result = ""
    var cursor = text.startIndex
    for range in highlights {
      result += text[cursor..<range.lowerBound]
      result += open
      result += text[range]
      result += close
      cursor = range.upperBound
    }
    result += text[cursor...]
    return result
  }
}
