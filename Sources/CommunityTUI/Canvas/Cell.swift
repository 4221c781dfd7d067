/// One terminal cell of a canvas: a grapheme cluster and its style.
///
/// A wide character (CJK, emoji) lives in its own cell, and the cell to its right is a
/// continuation cell with an empty grapheme, so columns on the canvas match columns on the
/// screen.
package struct Cell: Hashable, Sendable {
  /// The grapheme cluster drawn here; " " for an empty cell, "" for a continuation cell.
  package var grapheme: String
  package var style: Style

  package init(_ grapheme: String, style: Style = .normal) {
    self.grapheme = grapheme
    self.style = style
  }

  /// A space in the given style.
  package static func blank(_ style: Style = .normal) -> Cell {
    Cell(" ", style: style)
  }

  /// The right half of a wide character.
  package static func continuation(_ style: Style = .normal) -> Cell {
    Cell("", style: style)
  }

  /// Whether this is the right half of a wide character to its left.
  package var isContinuation: Bool { grapheme.isEmpty }

  /// Whether this cell starts a two-column character.
  package var isWide: Bool { !grapheme.isEmpty && DisplayWidth.of(grapheme) == 2 }
}
