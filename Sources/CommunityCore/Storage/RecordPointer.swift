/// Where one version of a record lives in a collection's journal.
package struct RecordPointer: Sendable, Equatable, Hashable {
  /// Byte offset of the line in `records.jsonl`.
  package var offset: Int
  /// Length of the line in bytes, without its newline.
  package var length: Int
  /// 1-based line number, so that an unreadable record can be reported where it is.
  package var line: Int
}

/// One line of a derived index file: the current location of a key, or its removal.
///
/// Key indexes and views are both made of these lines; the latest line for a key wins.
package struct IndexEntry: Sendable, Equatable {
  package var key: String
  /// `nil` records that the key left this bucket (deleted, or moved to another bucket).
  package var pointer: RecordPointer?
  /// The value a view sorts by (an ISO date, a due date); empty in key indexes.
  package var sortKey: String
  /// Small facts a view filters by without reading the record (status, category, projects).
  package var tags: [String]

  package init(key: String, pointer: RecordPointer?, sortKey: String = "", tags: [String] = []) {
    self.key = key
    self.pointer = pointer
    self.sortKey = sortKey
    self.tags = tags
  }

  /// The line as written: tab-separated fields with `\` escapes, ending in a newline.
  package var encoded: [UInt8] {
    var fields = [IndexEntry.escape(key)]
    if let pointer {
      fields += [String(pointer.offset), String(pointer.length), String(pointer.line)]
    } else {
      fields += ["-", "0", "0"]
    }
    fields.append(IndexEntry.escape(sortKey))
    fields.append(tags.map(IndexEntry.escape).joined(separator: "\u{1F}"))
    return Array((fields.joined(separator: "\t") + "\n").utf8)
  }

  /// Parses one line (without its newline); returns the reason when it is malformed.
  ///
  /// Works on the bytes: a screen's first frame parses hundreds of these lines, and making a
  /// `String` of every line and field first cost more than everything else on that frame.
  package static func parse(_ line: ArraySlice<UInt8>) -> Result<IndexEntry, ParseFailure> {
    var fields: [Range<Int>] = []
    fields.reserveCapacity(6)
    var start = line.startIndex
    for index in line.indices where line[index] == tab {
      fields.append(start..<index)
      start = index + 1
    }
    fields.append(start..<line.endIndex)
    guard fields.count == 6 else {
      return .failure(
        ParseFailure(reason: "expected 6 tab-separated fields, found \(fields.count)"))
    }
    let key = unescape(line[fields[0]])
    var pointer: RecordPointer?
    if line[fields[1]].elementsEqual([UInt8(ascii: "-")]) == false {
      guard let offset = number(line[fields[1]]), let length = number(line[fields[2]]),
        let lineNumber = number(line[fields[3]]), lineNumber >= 1
      else {
        return .failure(ParseFailure(reason: "the position fields are not whole numbers"))
      }
      pointer = RecordPointer(offset: offset, length: length, line: lineNumber)
    }
    var tags: [String] = []
    let tagBytes = line[fields[5]]
    if !tagBytes.isEmpty {
      var tagStart = tagBytes.startIndex
      for index in tagBytes.indices where tagBytes[index] == unitSeparator {
        tags.append(unescape(tagBytes[tagStart..<index]))
        tagStart = index + 1
      }
      tags.append(unescape(tagBytes[tagStart..<tagBytes.endIndex]))
    }
    return .success(
      IndexEntry(key: key, pointer: pointer, sortKey: unescape(line[fields[4]]), tags: tags))
  }

  private static let tab = UInt8(ascii: "\t")
  private static let unitSeparator: UInt8 = 0x1F
  private static let backslash = UInt8(ascii: "\\")

  /// A non-negative decimal number of at most 18 digits, or `nil`.
  private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
    guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
    var value = 0
    for byte in bytes {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }

  /// Why an index line could not be read.
  package struct ParseFailure: Error {
    package var reason: String
  }

  private static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "\\": out += "\\\\"
      case "\t": out += "\\t"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\u{1F}": out += "\\u"
      default: out.unicodeScalars.append(character)
      }
    }
    return out
  }

  private static func unescape(_ bytes: ArraySlice<UInt8>) -> String {
    guard bytes.contains(backslash) else { return String(decoding: bytes, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var escaping = false
    for byte in bytes {
      if escaping {
        switch byte {
        case UInt8(ascii: "t"): out.append(tab)
        case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
        case UInt8(ascii: "r"): out.append(UInt8(ascii: "\r"))
        case UInt8(ascii: "u"): out.append(unitSeparator)
        default: out.append(byte)
        }
        escaping = false
      } else if byte == backslash {
        escaping = true
      } else {
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
