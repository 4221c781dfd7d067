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
  package static func parse(_ line: Substring) -> Result<IndexEntry, ParseFailure> {
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard fields.count == 6 else {
      return .failure(
        ParseFailure(reason: "expected 6 tab-separated fields, found \(fields.count)"))
    }
    let key = unescape(fields[0])
    var pointer: RecordPointer?
    if fields[1] != "-" {
      guard let offset = Int(fields[1]), let length = Int(fields[2]), let number = Int(fields[3]),
        offset >= 0, length >= 0, number >= 1
      else {
        return .failure(ParseFailure(reason: "the position fields are not whole numbers"))
      }
      pointer = RecordPointer(offset: offset, length: length, line: number)
    }
    let tags =
      fields[5].isEmpty
      ? [] : fields[5].split(separator: "\u{1F}", omittingEmptySubsequences: false).map(unescape)
    return .success(
      IndexEntry(key: key, pointer: pointer, sortKey: unescape(fields[4]), tags: tags))
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

  private static func unescape(_ text: Substring) -> String {
    guard text.contains("\\") else { return String(text) }
    var out = ""
    var escaping = false
    for character in text.unicodeScalars {
      if escaping {
        switch character {
        case "t": out += "\t"
        case "n": out += "\n"
        case "r": out += "\r"
        case "u": out += "\u{1F}"
        default: out.unicodeScalars.append(character)
        }
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        out.unicodeScalars.append(character)
      }
    }
    return out
  }
}
