import CommunityCore
import Foundation

/// Prints results: JSON for scripts, aligned tables for people.
enum Output {
  /// Prints `value` as pretty JSON on standard output.
  static func json<T: Encodable>(_ value: T) throws {
    let data = try JSONCoding.encoder(pretty: true).encode(value)
    FileHandle.standardOutput.write(data + Data("\n".utf8))
  }

  /// Writes `data` to a file (atomically) or, without a path, to standard output.
  static func write(_ data: Data, to path: String?) throws {
    guard let path else {
      FileHandle.standardOutput.write(data)
      return
    }
    try data.write(to: URL(fileURLWithPath: path), options: .atomic)
  }

  /// Prints text with any control characters from the data removed.
  static func line(_ text: String) {
    print(TextRules.sanitized(text, multiline: true))
  }

  /// Prints rows as columns padded by display width; the last column is not padded.
  static func table(header: [String], rows: [[String]]) {
    let all = [header] + rows.map { $0.map { TextRules.sanitized($0) } }
    let columns = header.count
    var widths = [Int](repeating: 0, count: columns)
    for row in all {
      for (index, cell) in row.enumerated() where index < columns - 1 {
        widths[index] = min(max(widths[index], TerminalWidth.of(cell)), 40)
      }
    }
    for row in all {
      var line = ""
      for (index, cell) in row.enumerated() {
        if index == columns - 1 {
          line += cell
        } else {
          let clipped = TerminalWidth.clip(cell, to: widths[index])
          line +=
            clipped + String(repeating: " ", count: widths[index] - TerminalWidth.of(clipped))
            + "  "
        }
      }
      print(line)
    }
  }
}

/// Display width for the command line's tables (a wide East Asian character takes 2 columns).
enum TerminalWidth {
  static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + width(of: $1) }
  }

  static func width(of character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    if scalar.properties.generalCategory == .nonspacingMark { return 0 }
    let value = scalar.value
    let wide =
      (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
      || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
      || (0xFF00...0xFF60).contains(value) || (0x1F300...0x1FAFF).contains(value)
    return wide ? 2 : 1
  }

  static func clip(_ text: String, to columns: Int) -> String {
    guard of(text) > columns else { return text }
    var out = ""
    var used = 0
    for character in text {
      let next = width(of: character)
      if used + next > columns - 1 { break }
      out.append(character)
      used += next
    }
    return out + "…"
  }
}
