extension Canvas {
  /// A stretch of adjacent cells on one row that share a style: what the driver draws with
  /// one attribute change and one `mvaddnwstr`.
  package struct Run: Hashable, Sendable {
    /// The column of the run's first cell.
    package var column: Int
    /// The run's grapheme clusters; continuation cells add nothing.
    package var text: String
    /// How many columns the run covers, continuation cells included.
    package var width: Int
    package var style: Style
  }

  /// The text of one row with trailing spaces trimmed, as it would appear on screen.
  package func line(_ row: Int) -> String {
    guard (0..<height).contains(row) else { return "" }
    var text = ""
    for column in 0..<width {
      text += self[row, column].grapheme
    }
    while text.last == " " {
      text.removeLast()
    }
    return text
  }

  /// All rows joined by "\n", each with trailing spaces trimmed: what golden files hold.
  package var text: String {
    (0..<height).map(line).joined(separator: "\n")
  }

  /// The runs of one row from column 0 to the edge, split wherever the style changes.
  ///
  /// The driver draws each run at its own column rather than relying on the terminal to
  /// advance the cursor, so a character the terminal measures differently from
  /// ``DisplayWidth`` cannot shift the rest of the row.
  package func styledRuns(_ row: Int) -> [Run] {
    guard (0..<height).contains(row) else { return [] }
    var runs: [Run] = []
    for column in 0..<width {
      let cell = self[row, column]
      if var last = runs.last, last.style == cell.style {
        last.text += cell.grapheme
        last.width += 1
        runs[runs.count - 1] = last
      } else {
        runs.append(Run(column: column, text: cell.grapheme, width: 1, style: cell.style))
      }
    }
    return runs
  }

  /// The text of the cells inside a rectangle, rows trimmed and joined by "\n".
  ///
  /// Tests use it to read one widget's area back without the rest of the screen.
  package func text(in rect: Rect) -> String {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return "" }
    var rows: [String] = []
    for row in area.row..<area.bottom {
      var text = ""
      for column in area.column..<area.right {
        text += self[row, column].grapheme
      }
      while text.last == " " {
        text.removeLast()
      }
      rows.append(text)
    }
    return rows.joined(separator: "\n")
  }
}
