extension Canvas {
  /// Fills a rectangle with one character (a space by default) in a style.
  ///
  /// Dialogs fill their area first so the screen below does not show through.
  package mutating func fill(_ rect: Rect, style: Style = .normal, with character: Character = " ")
  {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    let characterWidth = max(1, DisplayWidth.of(character))
    for row in area.row..<area.bottom {
      var column = area.column
      while column + characterWidth <= area.right {
        put(String(character), row: row, column: column, style: style)
        column += characterWidth
      }
      // A wide fill character leaves an odd column; blank it rather than leave old text.
      if column < area.right {
        put(" ", row: row, column: column, style: style)
      }
    }
  }

  /// Draws a box with Unicode line drawing around a rectangle, with an optional title on the
  /// top border ("┌─ Title ───┐"), clipped with "…" when it does not fit.
  ///
  /// Only the border is drawn; ``fill(_:style:with:)`` the inside first for a dialog.
  package mutating func box(
    _ rect: Rect, title: String? = nil, style: Style = .border, titleStyle: Style = .title
  ) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let inner = rect.width - 2
    let horizontal = String(repeating: "─", count: inner)
    put("┌" + horizontal + "┐", row: rect.row, column: rect.column, style: style)
    put("└" + horizontal + "┘", row: rect.bottom - 1, column: rect.column, style: style)
    for row in (rect.row + 1)..<(rect.bottom - 1) {
      put("│", row: row, column: rect.column, style: style)
      put("│", row: row, column: rect.right - 1, style: style)
    }
    if let title, !title.isEmpty, inner >= 4 {
      let clipped = DisplayWidth.clip(title, to: inner - 3, ellipsis: true)
      put(" " + clipped + " ", row: rect.row, column: rect.column + 2, style: titleStyle)
    }
  }

  /// Draws a horizontal line ("───") from a column across `width` columns.
  package mutating func horizontalLine(
    row: Int, column: Int, width: Int, style: Style = .border
  ) {
    guard width > 0 else { return }
    put(String(repeating: "─", count: width), row: row, column: column, style: style)
  }

  /// Draws a vertical line ("│") from a row down `height` rows.
  package mutating func verticalLine(
    row: Int, column: Int, height: Int, style: Style = .border
  ) {
    guard height > 0 else { return }
    for offset in 0..<height {
      put("│", row: row + offset, column: column, style: style)
    }
  }
}

extension Canvas {
  /// Copies the cells of a rectangle of another canvas to a position on this one.
  ///
  /// Widgets taller than their area (a scrolled form) draw onto their own canvas and copy the
  /// visible part. A wide character cut by the copied area's edge becomes a blank. The
  /// source's cursor is not copied.
  package mutating func draw(_ source: Canvas, from area: Rect, at origin: Position) {
    let area = area.intersection(source.bounds)
    guard !area.isEmpty else { return }
    for row in area.row..<area.bottom {
      let targetRow = origin.row + row - area.row
      for column in area.column..<area.right {
        let cell = source[row, column]
        let targetColumn = origin.column + column - area.column
        if cell.isContinuation {
          // Drawn with its left half, unless that half lies outside the copied area.
          if column == area.column {
            put(" ", row: targetRow, column: targetColumn, style: cell.style)
          }
        } else if cell.isWide && column + 1 >= area.right {
          put(" ", row: targetRow, column: targetColumn, style: cell.style)
        } else {
          put(cell.grapheme, row: targetRow, column: targetColumn, style: cell.style)
        }
      }
    }
  }
}
