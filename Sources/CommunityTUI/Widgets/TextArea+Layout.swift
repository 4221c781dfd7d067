extension TextArea {
  /// One displayed row: part of a logical line.
  struct Row: Hashable {
    var line: Int
    var range: Range<Int>
    /// Whether the row ends its logical line, so the cursor may sit after its last cluster.
    var endsLine: Bool
  }

  /// The displayed rows for a given area width, soft-wrapped at spaces.
  func rows(width: Int) -> [Row] {
    let wrapWidth = max(1, width - 1)
    var rows: [Row] = []
    for (number, line) in lines.enumerated() {
      let ranges = Self.wrap(line, width: wrapWidth)
      for (position, range) in ranges.enumerated() {
        rows.append(Row(line: number, range: range, endsLine: position == ranges.count - 1))
      }
    }
    return rows
  }

  /// The row and display column of a location among `rows`.
  func place(of location: Location, in rows: [Row]) -> (row: Int, column: Int) {
    let row =
      rows.firstIndex { row in
        row.line == location.line
          && (row.range.contains(location.index)
            || (row.endsLine && location.index == row.range.upperBound))
      } ?? 0
    let line = lines[location.line]
    let start = rows.isEmpty ? 0 : rows[row].range.lowerBound
    let column = line[start..<max(start, location.index)].reduce(0) { $0 + DisplayWidth.of($1) }
    return (row, column)
  }

  /// The cursor's row and column inside the area, for the driver: columns count display width.
  package var cursorPlace: Position {
    let place = place(of: cursor, in: rows(width: viewport.width))
    return Position(row: place.row - scrollRow, column: place.column)
  }

  /// Moves the cursor `delta` rows, keeping the goal column; returns false when already at
  /// the first or last row in that direction.
  mutating func moveVertically(by delta: Int) -> Bool {
    let rows = rows(width: viewport.width)
    let current = place(of: cursor, in: rows)
    let target = min(max(0, current.row + delta), rows.count - 1)
    guard target != current.row else { return false }
    let goal = goalColumn ?? current.column
    goalColumn = goal
    let row = rows[target]
    let line = lines[row.line]
    var index = row.range.lowerBound
    var used = 0
    // A row that does not end its line hands its last place to the next row.
    let last =
      row.endsLine ? row.range.upperBound : max(row.range.lowerBound, row.range.upperBound - 1)
    while index < last {
      let width = DisplayWidth.of(line[index])
      if used + width > goal { break }
      used += width
      index += 1
    }
    cursor = Location(line: row.line, index: index)
    return true
  }

  /// Scrolls as little as possible to keep the cursor's row in the viewport.
  mutating func keepCursorVisible() {
    let rows = rows(width: viewport.width)
    scrollRow = Self.adjustedScroll(
      scrollRow, cursorRow: place(of: cursor, in: rows).row, rowCount: rows.count,
      height: viewport.height)
  }

  static func adjustedScroll(_ scroll: Int, cursorRow: Int, rowCount: Int, height: Int) -> Int {
    let height = max(1, height)
    var result = min(scroll, max(0, rowCount - height))
    if cursorRow < result {
      result = cursorRow
    } else if cursorRow >= result + height {
      result = cursorRow - height + 1
    }
    return max(0, result)
  }

  /// Splits one line into row ranges at most `width` columns wide, breaking after a space
  /// where one is found and inside a word otherwise.
  static func wrap(_ line: [Character], width: Int) -> [Range<Int>] {
    guard !line.isEmpty else { return [0..<0] }
    var ranges: [Range<Int>] = []
    var start = 0
    while start < line.count {
      var end = start
      var used = 0
      while end < line.count, used + DisplayWidth.of(line[end]) <= width {
        used += DisplayWidth.of(line[end])
        end += 1
      }
      if end == line.count {
        ranges.append(start..<end)
        return ranges
      }
      if end == start {
        // A character wider than the row gets a row of its own.
        end = start + 1
      } else if line[end] == " " {
        // The space after a word that exactly fits hangs past the edge, unseen.
        end += 1
      } else if let space = line[start..<end].lastIndex(of: " ") {
        end = space + 1
      }
      ranges.append(start..<end)
      start = end
    }
    // The line ended with a hanging space: the cursor after it starts a new row.
    ranges.append(line.count..<line.count)
    return ranges
  }

  /// Draws the visible rows, the scroll bar when the text is taller than the area, and, when
  /// focused, places the canvas cursor.
  package func render(
    into canvas: inout Canvas, in rect: Rect, isFocused: Bool, style: Style = .input
  ) {
    canvas.fill(rect, style: style)
    guard !rect.isEmpty else { return }
    let rows = rows(width: rect.width)
    let cursorPlace = place(of: cursor, in: rows)
    let first = Self.adjustedScroll(
      scrollRow, cursorRow: cursorPlace.row, rowCount: rows.count, height: rect.height)
    for offset in 0..<rect.height where first + offset < rows.count {
      let row = rows[first + offset]
      canvas.put(
        String(lines[row.line][row.range]), row: rect.row + offset, column: rect.column,
        style: style, maxWidth: rect.width - 1)
    }
    ScrollIndicator.render(
      into: &canvas, in: Rect(row: rect.row, column: rect.right - 1, width: 1, height: rect.height),
      total: rows.count, visible: rect.height, offset: first)
    if isFocused {
      canvas.cursor = Position(
        row: rect.row + cursorPlace.row - first,
        column: rect.column + min(cursorPlace.column, rect.width - 1))
    }
  }
}
