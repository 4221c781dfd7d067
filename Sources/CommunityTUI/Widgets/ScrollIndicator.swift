/// A one-column scroll bar: a track ("│") with a thumb ("█") whose size and place show how
/// much of the content is visible and where.
///
/// Lists, text views and the help overlay draw it in their last column when their content is
/// taller than their area; with no colours the two glyphs still tell the story.
package enum ScrollIndicator {
  /// Draws the bar in the first column of `rect`, for `total` rows of which `visible`
  /// are shown from `offset`; draws nothing when everything fits.
  package static func render(
    into canvas: inout Canvas, in rect: Rect, total: Int, visible: Int, offset: Int
  ) {
    guard rect.height > 0, rect.width > 0, total > visible, visible > 0 else { return }
    let track = rect.height
    let thumb = max(1, min(track, visible * track / total))
    let maximumOffset = total - visible
    let clampedOffset = min(max(0, offset), maximumOffset)
    // Rounded so the thumb reaches the very bottom exactly when the last row is visible.
    let start = ((track - thumb) * clampedOffset + maximumOffset / 2) / maximumOffset
    for row in 0..<track {
      let isThumb = row >= start && row < start + thumb
      canvas.put(
        isThumb ? "█" : "│", row: rect.row + row, column: rect.column,
        style: isThumb ? .accent : .border)
    }
  }
}
