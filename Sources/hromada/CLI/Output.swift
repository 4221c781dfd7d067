import CommunityCore
import CommunityTUI
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
        widths[index] = min(max(widths[index], DisplayWidth.of(cell)), 40)
      }
    }
    for row in all {
      var line = ""
      for (index, cell) in row.enumerated() {
        if index == columns - 1 {
          line += cell
        } else {
          let clipped = DisplayWidth.clip(cell, to: widths[index], ellipsis: true)
          line +=
            clipped + String(repeating: " ", count: widths[index] - DisplayWidth.of(clipped))
            + "  "
        }
      }
      print(line)
    }
  }
}
