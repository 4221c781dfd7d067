extension DisplayWidth {
  /// Where `pad(_:to:alignment:)` puts the text inside the padded width.
  package enum Alignment: Sendable {
    case leading
    case center
    case trailing
  }

  /// The character that marks clipped text.
  package static let ellipsis: Character = "…"

  /// Cuts text to at most `width` columns, never splitting a wide character.
  ///
  /// With `ellipsis`, text that does not fit ends in "…" inside the same width, so a reader
  /// can tell it was cut. The result may be one column narrower than `width` when a wide
  /// character would have straddled the edge. Invisible clusters (controls) are dropped.
  package static func clip(_ text: some StringProtocol, to width: Int, ellipsis: Bool = false)
    -> String
  {
    guard width > 0 else { return "" }
    let visible = String(text.filter { !isInvisible($0) })
    if of(visible) <= width {
      return visible
    }
    let room = ellipsis ? width - 1 : width
    var result = ""
    var used = 0
    for character in visible {
      let characterWidth = of(character)
      if used + characterWidth > room { break }
      result.append(character)
      used += characterWidth
    }
    if ellipsis {
      result.append(Self.ellipsis)
    }
    return result
  }

  /// Clips or pads text with spaces to exactly `width` columns.
  ///
  /// A wide character that would straddle the edge is replaced by the padding, so the result
  /// is always exactly `width` columns and table columns line up.
  package static func pad(
    _ text: some StringProtocol, to width: Int, alignment: Alignment = .leading,
    ellipsis: Bool = false
  ) -> String {
    guard width > 0 else { return "" }
    let clipped = clip(text, to: width, ellipsis: ellipsis)
    let missing = width - of(clipped)
    switch alignment {
    case .leading:
      return clipped + String(repeating: " ", count: missing)
    case .trailing:
      return String(repeating: " ", count: missing) + clipped
    case .center:
      let before = missing / 2
      return String(repeating: " ", count: before) + clipped
        + String(repeating: " ", count: missing - before)
    }
  }

  /// Word-wraps text into lines of at most `width` columns.
  ///
  /// Words stay whole where they fit; a word longer than a line is broken between grapheme
  /// clusters, and a hyphenated word may break after its hyphen ("human-" / "readable").
  /// Explicit line breaks are kept, so blank lines between paragraphs survive; runs of spaces
  /// inside a paragraph collapse to one. A wide character wider than `width` gets a line of
  /// its own rather than being lost. Returns no lines when `width` is not positive.
  package static func wrap(_ text: some StringProtocol, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    let text = String(text)
    for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lines.append(contentsOf: wrapParagraph(paragraph, width: width))
    }
    return lines
  }

  /// Wraps one paragraph (text without line breaks); an empty paragraph is one empty line.
  private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
    var builder = LineBuilder(width: width)
    let words = paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" })
    for word in words {
      let pieces = hyphenatedPieces(of: word.filter { !isInvisible($0) })
      for (index, piece) in pieces.enumerated() {
        builder.add(piece, startsWord: index == 0)
      }
    }
    return builder.finish()
  }

  /// Splits a word after each hyphen that sits between two letters: the places a reader
  /// accepts a line break inside a word.
  private static func hyphenatedPieces(of word: String) -> [String] {
    var pieces: [String] = []
    var current = ""
    var previous: Character?
    var iterator = word.makeIterator()
    var next = iterator.next()
    while let character = next {
      current.append(character)
      next = iterator.next()
      if character == "-", previous?.isLetter == true, next?.isLetter == true {
        pieces.append(current)
        current = ""
      }
      previous = character
    }
    if !current.isEmpty {
      pieces.append(current)
    }
    return pieces
  }
}

/// Greedy line filling for `DisplayWidth.wrap`.
private struct LineBuilder {
  let width: Int
  var lines: [String] = []
  var line = ""
  var lineWidth = 0

  init(width: Int) {
    self.width = width
  }

  /// Adds a piece of a word; a piece that starts a word is preceded by a space.
  mutating func add(_ piece: String, startsWord: Bool) {
    let pieceWidth = DisplayWidth.of(piece)
    let separator = startsWord && lineWidth > 0 ? 1 : 0
    if lineWidth + separator + pieceWidth <= width {
      if separator == 1 {
        line.append(" ")
      }
      line += piece
      lineWidth += separator + pieceWidth
      return
    }
    flush()
    if pieceWidth <= width {
      line = piece
      lineWidth = pieceWidth
    } else {
      breakLongPiece(piece)
    }
  }

  /// Breaks a piece wider than a whole line between clusters; the tail stays open.
  private mutating func breakLongPiece(_ piece: String) {
    for character in piece {
      let characterWidth = DisplayWidth.of(character)
      if lineWidth + characterWidth > width, lineWidth > 0 {
        flush()
      }
      line.append(character)
      lineWidth += characterWidth
    }
  }

  private mutating func flush() {
    guard lineWidth > 0 || !line.isEmpty else { return }
    lines.append(line)
    line = ""
    lineWidth = 0
  }

  mutating func finish() -> [String] {
    if !line.isEmpty || lines.isEmpty {
      lines.append(line)
    }
    return lines
  }
}
