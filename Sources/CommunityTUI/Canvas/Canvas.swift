/// A grid of styled cells that screens draw into and the ncurses driver copies to the terminal.
///
/// Nothing but the driver talks to ncurses, so a screen renders into a `Canvas` of the
/// terminal's size, and a test renders into one of a fixed size and reads ``text`` back.
/// Columns are terminal columns: a wide character takes its cell and a continuation cell to
/// its right, and overwriting either half of it blanks the other half, so the grid never
/// holds half a character.
package struct Canvas: Hashable, Sendable {
  package let width: Int
  package let height: Int
  /// Where the driver should show the terminal cursor; `nil` hides it.
  ///
  /// A focused text field sets this while rendering, in canvas columns (a wide character
  /// before the cursor counts two).
  package var cursor: Position?
  private var cells: [Cell]

  /// A canvas filled with blank cells in the given style.
  package init(width: Int, height: Int, style: Style = .normal) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = Array(repeating: .blank(style), count: self.width * self.height)
  }

  /// The whole canvas as a rectangle.
  package var bounds: Rect { Rect(row: 0, column: 0, width: width, height: height) }

  /// The cell at a position; a blank cell outside the canvas.
  package subscript(row: Int, column: Int) -> Cell {
    guard isInside(row: row, column: column) else { return .blank() }
    return cells[row * width + column]
  }

  /// Writes text on one row from a column and returns how many columns it used.
  ///
  /// Text is clipped at the canvas edge and at `maxWidth`, never splitting a wide character.
  /// Control characters and other invisible clusters are skipped, so outside text cannot
  /// move the terminal cursor; a line break ends the text, since `put` draws one row.
  @discardableResult
  package mutating func put(
    _ text: some StringProtocol, row: Int, column: Int, style: Style = .normal,
    maxWidth: Int? = nil
  ) -> Int {
    guard (0..<height).contains(row) else { return 0 }
    let limit = maxWidth.map { min(width, column + max(0, $0)) } ?? width
    var next = column
    for character in text {
      if character.isNewline { break }
      let characterWidth = DisplayWidth.of(character)
      if characterWidth == 0 { continue }
      if next + characterWidth > limit { break }
      if next >= 0 {
        write(character, width: characterWidth, row: row, column: next, style: style)
      }
      next += characterWidth
    }
    return max(0, next - max(0, column))
  }

  /// Writes styled segments one after another and returns how many columns they used.
  @discardableResult
  package mutating func put(
    _ segments: [Segment], row: Int, column: Int, maxWidth: Int? = nil
  ) -> Int {
    var used = 0
    let limit = maxWidth ?? width
    for segment in segments {
      guard used < limit else { break }
      used += put(
        segment.text, row: row, column: column + used, style: segment.style,
        maxWidth: limit - used)
    }
    return used
  }

  /// Sets the style of a cell without changing its text (a continuation keeps its pair).
  package mutating func setStyle(_ style: Style, row: Int, column: Int) {
    guard isInside(row: row, column: column) else { return }
    cells[row * width + column].style = style
  }

  /// Puts one visible cluster at a column, keeping wide characters whole.
  private mutating func write(
    _ character: Character, width characterWidth: Int, row: Int, column: Int, style: Style
  ) {
    detachWide(row: row, column: column)
    if characterWidth == 2 {
      detachWide(row: row, column: column + 1)
    }
    cells[row * width + column] = Cell(String(character), style: style)
    if characterWidth == 2 {
      cells[row * width + column + 1] = .continuation(style)
    }
  }

  /// Blanks the other half of a wide character that the cell at `column` is part of.
  private mutating func detachWide(row: Int, column: Int) {
    guard isInside(row: row, column: column) else { return }
    let index = row * width + column
    let cell = cells[index]
    if cell.isContinuation, column > 0 {
      cells[index - 1] = .blank(cells[index - 1].style)
      cells[index] = .blank(cell.style)
    } else if cell.isWide, column + 1 < width {
      cells[index + 1] = .blank(cells[index + 1].style)
      cells[index] = .blank(cell.style)
    }
  }

  private func isInside(row: Int, column: Int) -> Bool {
    (0..<height).contains(row) && (0..<width).contains(column)
  }
}
