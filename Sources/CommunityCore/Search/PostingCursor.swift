/// Walks the postings of one term document by document.
///
/// Each posting holds the document gap, the occurrence counts grouped by stripped ending
/// (ending number, title count, body count), and a length-prefixed block of positions. So
/// scoring reads a few numbers per document and skips the positions, which only phrases
/// read. A damaged postings list ends the walk early rather than reading out of bounds or
/// returning a document number the segment does not have.
struct PostingCursor {
  private var reader: SearchByteReader
  private let documentLimit: Int
  /// The current document, or -1 before the first `advance()`.
  private(set) var document = -1
  /// How many times the term occurs in the current document.
  private(set) var occurrenceCount = 0
  /// The weighted occurrences in the title of the current document (see `init`).
  private(set) var title: Float = 0
  /// The weighted occurrences in the body of the current document.
  private(set) var body: Float = 0
  private var blockStart = 0
  private let exactTail: UInt64
  private let exactWeight: Float
  private let otherWeight: Float

  /// Creates a cursor over `reader`, the postings of a segment with `documentLimit` documents.
  ///
  /// Occurrences with ending `exactTail` count `exactWeight` in `title` and `body`, the
  /// others `otherWeight`, so scoring needs a single pass over each posting.
  init(
    _ reader: SearchByteReader, documentLimit: Int, exactTail: UInt32? = nil,
    exactWeight: Float = 1,
    otherWeight: Float = 1
  ) {
    self.reader = reader
    self.documentLimit = documentLimit
    self.exactTail = UInt64(exactTail ?? UInt32.max)
    self.exactWeight = exactWeight
    self.otherWeight = otherWeight
  }

  /// Moves to the next document; returns false at the end or at damaged bytes.
  @inline(__always)
  mutating func advance() -> Bool {
    guard !reader.isAtEnd, let gap = reader.readInt(), gap > 0,
      let groups = reader.readInt(limit: 1 << 16)
    else { return finish() }
    document += gap
    guard document < documentLimit else { return finish() }
    var count = 0
    title = 0
    body = 0
    for _ in 0..<groups {
      guard let tail = reader.readVarint(), let inTitle = reader.readInt(),
        let inBody = reader.readInt()
      else { return finish() }
      count += inTitle + inBody
      let weight = tail == exactTail ? exactWeight : otherWeight
      title += weight * Float(inTitle)
      body += weight * Float(inBody)
    }
    occurrenceCount = count
    guard let length = reader.readInt(), reader.skip(length) else { return finish() }
    blockStart = reader.offset - length
    return true
  }

  /// The current document's positions, ascending, read one at a time.
  func positions() -> PositionStream {
    var block = reader
    block.offset = blockStart
    return PositionStream(reader: block, remaining: occurrenceCount)
  }

  /// Reads a document's positions lazily, so a phrase check stops at its first match.
  struct PositionStream {
    fileprivate var reader: SearchByteReader
    fileprivate var remaining: Int
    private var position: UInt64 = 0

    fileprivate init(reader: SearchByteReader, remaining: Int) {
      self.reader = reader
      self.remaining = remaining
    }

    /// The next position, or nil after the last.
    @inline(__always)
    mutating func next() -> Int? {
      guard remaining > 0, let delta = reader.readVarint() else { return nil }
      remaining -= 1
      position &+= delta
      return Int(truncatingIfNeeded: position)
    }
  }

  private mutating func finish() -> Bool {
    document = Int.max
    return false
  }
}
