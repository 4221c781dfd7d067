/// A rectangle of cells on a canvas: where a widget draws.
///
/// Rows grow downwards and columns to the right, both from 0 at the top left, the way
/// ncurses counts them. Sizes are never negative: the initializer and every helper clamp.
package struct Rect: Hashable, Sendable {
  package var row: Int
  package var column: Int
  package var width: Int
  package var height: Int

  package init(row: Int, column: Int, width: Int, height: Int) {
    self.row = row
    self.column = column
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The row just below the rectangle.
  package var bottom: Int { row + height }
  /// The column just right of the rectangle.
  package var right: Int { column + width }
  /// Whether the rectangle has no cells.
  package var isEmpty: Bool { width == 0 || height == 0 }

  /// Whether a cell lies inside the rectangle.
  package func contains(row: Int, column: Int) -> Bool {
    (self.row..<bottom).contains(row) && (self.column..<right).contains(column)
  }

  /// The rectangle shrunk by the given margins on each side.
  package func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
    Rect(
      row: row + top, column: column + left, width: width - left - right,
      height: height - top - bottom)
  }

  /// The rectangle shrunk by the same margin on every side (1 = inside a box).
  package func inset(by margin: Int) -> Rect {
    inset(top: margin, left: margin, bottom: margin, right: margin)
  }

  /// The top `count` rows.
  package func top(_ count: Int) -> Rect {
    Rect(row: row, column: column, width: width, height: min(count, height))
  }

  /// The bottom `count` rows.
  package func bottom(_ count: Int) -> Rect {
    let rows = min(max(0, count), height)
    return Rect(row: bottom - rows, column: column, width: width, height: rows)
  }

  /// Everything below the top `count` rows.
  package func droppingTop(_ count: Int) -> Rect {
    inset(top: min(max(0, count), height))
  }

  /// Everything above the bottom `count` rows.
  package func droppingBottom(_ count: Int) -> Rect {
    inset(bottom: min(max(0, count), height))
  }

  /// A rectangle of at most the given size centred inside this one: where a dialog goes.
  package func centered(width: Int, height: Int) -> Rect {
    let clampedWidth = min(width, self.width)
    let clampedHeight = min(height, self.height)
    return Rect(
      row: row + (self.height - clampedHeight) / 2,
      column: column + (self.width - clampedWidth) / 2,
      width: clampedWidth, height: clampedHeight)
  }

  /// The cells both rectangles share; empty when they do not overlap.
  package func intersection(_ other: Rect) -> Rect {
    let top = max(row, other.row)
    let left = max(column, other.column)
    return Rect(
      row: top, column: left, width: min(right, other.right) - left,
      height: min(bottom, other.bottom) - top)
  }
}

/// A cell's place on a canvas: where the driver puts the terminal cursor.
package struct Position: Hashable, Sendable {
  package var row: Int
  package var column: Int

  package init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }
}

/// A width and a height in cells: the part of a widget that is visible.
package struct Size: Hashable, Sendable {
  package var width: Int
  package var height: Int

  package init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
  }
}
