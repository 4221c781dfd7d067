/// Cuts a ~160-character plain-text excerpt around the first match and marks matched words.
///
/// A word counts as matched when its stem matches a query word the same way the search does
/// (same stem, or a prefix or shorter-stem match), so "громадою" is marked for "громада".
/// Control characters, bidirectional overrides and line breaks become single spaces, so the
/// text is safe to print on a terminal.
struct SnippetBuilder {
  /// About how many characters a snippet holds.
  static let length = 160
  /// How many characters of context to keep before the first match.
  static let leadingContext = 50

  private let words: [QueryWord]
  private var verdicts: [[UInt8]: Bool] = [:]
  private var folded: [UInt8] = []

  /// Creates a builder for the words of a query.
  init(words: [QueryWord]) {
    self.words = words
  }

  /// Returns `text` as one plain line with every matched word marked.
  mutating func highlightWhole(_ text: String) -> SearchSnippet {
    var copy = text
    return copy.withUTF8 { utf8 in
      var matches: [Range<Int>] = []
      var scanner = SearchTokenScanner(utf8)
      while let range = scanner.next(into: &folded) {
        if isMatch(folded) { matches.append(range) }
      }
      return Self.render(utf8, window: 0..<utf8.count, highlights: matches)
    }
  }

  /// Returns an excerpt of `body` around its first matched word, or its start when none.
  mutating func excerpt(_ body: String) -> SearchSnippet {
    var copy = body
    return copy.withUTF8 { utf8 in
      var scanner = SearchTokenScanner(utf8)
      var window: Range<Int>?
      var matches: [Range<Int>] = []
      while let range = scanner.next(into: &folded) {
        if let window, range.lowerBound >= window.upperBound { break }
        guard isMatch(folded) else { continue }
        if window == nil { window = Self.window(around: range, in: utf8) }
        if let window, range.upperBound <= window.upperBound { matches.append(range) }
      }
      let chosen = window ?? Self.window(around: 0..<0, in: utf8)
      return Self.render(utf8, window: chosen, highlights: matches)
    }
  }

  /// Tells whether a folded token matches a query word, remembering the answer per form.
  private mutating func isMatch(_ token: [UInt8]) -> Bool {
    if let known = verdicts[token] { return known }
    let stem = token[0..<TermAnalyzer.stemLength(of: token)]
    let verdict = words.contains { $0.weight(ofStem: stem) != nil }
    verdicts[token] = verdict
    return verdict
  }

  /// Chooses the byte range of the excerpt: some context before `match`, then up to
  /// `length` characters, cut at spaces where possible.
  private static func window(around match: Range<Int>, in utf8: UnsafeBufferPointer<UInt8>)
    -> Range<Int>
  {
    var start = backward(utf8, from: match.lowerBound, characters: leadingContext)
    if start > 0 {
      var probe = start
      while probe < match.lowerBound && !isSpace(utf8[probe]) { probe += 1 }
      if probe < match.lowerBound { start = probe + 1 }
    }
    var end = forward(utf8, from: start, characters: length)
    end = max(end, min(utf8.count, match.upperBound))
    if end < utf8.count {
      let floor = max(match.upperBound, forward(utf8, from: start, characters: length * 2 / 3))
      var probe = end
      while probe > floor && !isSpace(utf8[probe]) { probe -= 1 }
      if probe > floor { end = probe }
    }
    return start..<end
  }

  /// Renders a window of UTF-8 as plain text, marking the highlight byte ranges.
  private static func render(
    _ utf8: UnsafeBufferPointer<UInt8>, window: Range<Int>, highlights: [Range<Int>]
  ) -> SearchSnippet {
    var text = window.lowerBound > 0 ? "…" : ""
    var marked: [Range<Int>] = []
    var cursor = window.lowerBound
    for highlight in highlights
    where highlight.lowerBound >= cursor && highlight.upperBound <= window.upperBound {
      appendPlain(utf8, cursor..<highlight.lowerBound, to: &text)
      let start = text.utf8.count
      appendPlain(utf8, highlight, to: &text)
      marked.append(start..<text.utf8.count)
      cursor = highlight.upperBound
    }
    appendPlain(utf8, cursor..<window.upperBound, to: &text)
    while text.hasSuffix(" ") { text.removeLast() }
    if window.upperBound < utf8.count { text += "…" }
    let ranges = marked.map { range in
      text.utf8.index(
        text.startIndex, offsetBy: range.lowerBound)..<text.utf8.index(
          text.startIndex, offsetBy: range.upperBound)
    }
    return SearchSnippet(text: text, highlights: ranges)
  }

  /// Appends bytes as text, turning control, format and separator characters into spaces and
  /// collapsing runs of spaces.
  private static func appendPlain(
    _ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to text: inout String
  ) {
    guard !range.isEmpty else { return }
    let piece = String(decoding: UnsafeBufferPointer(rebasing: utf8[range]), as: UTF8.self)
    for scalar in piece.unicodeScalars {
      if isBlank(scalar) {
        if !text.isEmpty && !text.hasSuffix(" ") && !text.hasSuffix("…") { text.append(" ") }
      } else {
        text.unicodeScalars.append(scalar)
      }
    }
  }

  /// Tells whether a scalar must not reach a terminal as is.
  private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x21..<0x7F, 0x0400...0x04FF: return false
    case 0..<0x21, 0x7F...0xA0, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
      return true
    default:
      return scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
  }

  private static func backward(
    _ utf8: UnsafeBufferPointer<UInt8>, from offset: Int, characters: Int
  ) -> Int {
    var index = offset
    var count = 0
    while index > 0 && count < characters {
      index -= 1
      while index > 0 && utf8[index] & 0xC0 == 0x80 { index -= 1 }
      count += 1
    }
    return index
  }

  private static func forward(
    _ utf8: UnsafeBufferPointer<UInt8>, from offset: Int, characters: Int
  ) -> Int {
    var index = offset
    var count = 0
    while index < utf8.count && count < characters {
      index += 1
      while index < utf8.count && utf8[index] & 0xC0 == 0x80 { index += 1 }
      count += 1
    }
    return index
  }
}
