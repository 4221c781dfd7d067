/// One `;`-separated row of a Pabulib file and the 1-based line it starts on.
struct PabulibRecord {
  var line: Int
  var fields: [String]

  /// Blank rows separate nothing in Pabulib; pabutools skips them, so the parser does too.
  var isBlank: Bool {
    fields.isEmpty || (fields.count == 1 && fields[0].trimmingSpaces.isEmpty)
  }
}

/// Splits Pabulib text into records exactly as pabutools does: Python's `csv` module (`;`
/// delimiter, `"` quotes, doubled quotes inside quoted fields, not strict) over `splitlines()`.
///
/// Not being strict matters: `"Odkupmy" i my` (Grabowka 2020) reads as `Odkupmy i my`, the text
/// after a closing quote joining the field. A quoted field may run over several lines, which
/// are joined with "\n". CRLF, LF and lone CR all end a line.
struct PabulibRecordReader {
  private let bytes: [UInt8]
  /// Where the next record starts.
  private(set) var position: Int
  /// Where the text ends: the end of `bytes`, or of the part given to this reader.
  private let end: Int
  private var line = 1
  /// Fields in the last record: the next one most likely has as many, and reserving room for
  /// them spares the repeated growth of each record's array.
  private var lastFieldCount = 0

  init(bytes: [UInt8]) {
    self.bytes = bytes
    end = bytes.count
    // pabutools opens files as utf-8-sig, which drops a byte order mark.
    position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
  }

  /// A reader of the records in `bytes[range]`, which must start at the beginning of a line and
  /// end just after a line end (or at the end of the text); line numbers count from there.
  init(bytes: [UInt8], range: Range<Int>) {
    self.bytes = bytes
    position = range.lowerBound
    end = range.upperBound
  }

  /// Skips the rest of the text.
  mutating func skipToEnd() {
    position = end
  }

  private static let semicolon = UInt8(ascii: ";")
  private static let quote = UInt8(ascii: "\"")
  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// The next record, or `nil` at the end of the text.
  mutating func next() throws(PabulibError) -> PabulibRecord? {
    guard position < end else { return nil }
    let startLine = line
    var fields: [String] = []
    fields.reserveCapacity(lastFieldCount)
    if isLineEnd(bytes[position]) {
      consumeLineEnd()
      return PabulibRecord(line: startLine, fields: fields)
    }
    while true {
      if position < end && bytes[position] == Self.quote {
        fields.append(try quotedField(startLine: startLine))
      } else {
        fields.append(plainField())
      }
      // `plainField` and `quotedField` stop at a delimiter, a line end or the end of text.
      if position < end && bytes[position] == Self.semicolon {
        position += 1
        continue
      }
      if position < end { consumeLineEnd() }
      lastFieldCount = fields.count
      return PabulibRecord(line: startLine, fields: fields)
    }
  }

  private func isLineEnd(_ byte: UInt8) -> Bool {
    byte == Self.newline || byte == Self.carriageReturn
  }

  private mutating func consumeLineEnd() {
    if bytes[position] == Self.carriageReturn && position + 1 < end
      && bytes[position + 1] == Self.newline
    {
      position += 1
    }
    position += 1
    line += 1
  }

  /// An unquoted field; quotes inside it are ordinary characters, as in Python.
  private mutating func plainField() -> String {
    let start = position
    while position < end {
      let byte = bytes[position]
      if byte == Self.semicolon || isLineEnd(byte) { break }
      position += 1
    }
    return String(decoding: bytes[start..<position], as: UTF8.self)
  }

  private mutating func quotedField(startLine: Int) throws(PabulibError) -> String {
    var text: [UInt8] = []
    position += 1
    var inQuotes = true
    while position < end {
      let byte = bytes[position]
      if inQuotes {
        if byte == Self.quote {
          // A doubled quote is a literal quote; a single one closes the quoted part.
          if position + 1 < end && bytes[position + 1] == Self.quote {
            text.append(Self.quote)
            position += 2
          } else {
            inQuotes = false
            position += 1
          }
        } else if isLineEnd(byte) {
          text.append(Self.newline)
          consumeLineEnd()
        } else {
          text.append(byte)
          position += 1
        }
      } else {
        if byte == Self.semicolon || isLineEnd(byte) { break }
        text.append(byte)
        position += 1
      }
    }
    if inQuotes { throw PabulibError(line: startLine, reason: .unterminatedQuote) }
    return String(decoding: text, as: UTF8.self)
  }
}
