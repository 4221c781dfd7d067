/// The state of a scrolling list with one selected row: news items, requests, proposals.
///
/// The list does not hold its items, only their count, so the screen keeps its own array
/// and renders each row through a closure. The selection never wraps around, stays inside
/// the list when the count shrinks, and is `nil` for an empty list. The scroll offset moves
/// only as far as needed to keep the selection visible.
///
/// `pageSize` is how many rows the screen shows; set it from the layout (on start and on
/// resize) so PgUp/PgDn move by a page. Rendering keeps the selection visible in whatever
/// rectangle it is given, even before `pageSize` is set.
package struct ListView: Hashable, Sendable {
  /// How many items the list has; lowering it clamps the selection.
  package var count: Int {
    didSet {
      count = max(0, count)
      clamp()
    }
  }
  /// How many rows are visible, which is how far PgUp and PgDn move.
  package var pageSize: Int {
    didSet {
      pageSize = max(1, pageSize)
      clamp()
    }
  }
  /// The first visible item's index.
  package private(set) var scrollOffset = 0
  private var selectedIndex: Int

  package init(count: Int = 0, selection: Int = 0, pageSize: Int = 10) {
    self.count = max(0, count)
    self.pageSize = max(1, pageSize)
    self.selectedIndex = selection
    clamp()
  }

  /// The selected item's index, or `nil` when the list is empty.
  package var selection: Int? { count > 0 ? selectedIndex : nil }

  /// Selects an item, clamped to the list, and scrolls it into view.
  package mutating func select(_ index: Int) {
    selectedIndex = index
    clamp()
  }

  /// Moves the selection for ↑/k, ↓/j, PgUp, PgDn, Home/g and End/G.
  ///
  /// Returns whether the key is one of these, even when the selection is already at the
  /// edge, so the screen does not also treat it as a command.
  @discardableResult
  package mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .up, .character("k"): select(selectedIndex - 1)
    case .down, .character("j"): select(selectedIndex + 1)
    case .pageUp: select(selectedIndex - pageSize)
    case .pageDown: select(selectedIndex + pageSize)
    case .home, .character("g"): select(0)
    case .end, .character("G"): select(count - 1)
    default: return false
    }
    return true
  }

  /// The items visible in an area `height` rows tall, as rendering shows them.
  package func visibleRange(height: Int) -> Range<Int> {
    let offset = displayOffset(height: height)
    return offset..<min(count, offset + max(0, height))
  }

  /// Draws the visible rows and, when the list is taller than the area, a scroll bar in the
  /// last column.
  ///
  /// `row(index, isSelected, width)` returns a row's segments for `width` columns. The
  /// selected row is filled with the selection style, and its segments in the normal style
  /// take the selection style too, so a plain row needs no special case; pass
  /// `showsSelection: false` when the list is not focused.
  package func render(
    into canvas: inout Canvas, in rect: Rect, showsSelection: Bool = true,
    row: (Int, Bool, Int) -> [Segment]
  ) {
    canvas.fill(rect)
    guard !rect.isEmpty, count > 0 else { return }
    let hasBar = count > rect.height && rect.width > 1
    let contentWidth = rect.width - (hasBar ? 1 : 0)
    let range = visibleRange(height: rect.height)
    for index in range {
      let line = rect.row + index - range.lowerBound
      let isSelected = showsSelection && index == selectedIndex
      var segments = row(index, isSelected, contentWidth)
      if isSelected {
        canvas.fill(
          Rect(row: line, column: rect.column, width: contentWidth, height: 1), style: .selection)
        segments = segments.map { segment in
          guard segment.style.role == .normal else { return segment }
          return Segment(
            segment.text, style: Style(.selection, attributes: segment.style.attributes))
        }
      }
      canvas.put(segments, row: line, column: rect.column, maxWidth: contentWidth)
    }
    if hasBar {
      ScrollIndicator.render(
        into: &canvas,
        in: Rect(row: rect.row, column: rect.right - 1, width: 1, height: rect.height),
        total: count, visible: rect.height, offset: range.lowerBound)
    }
  }

  /// The offset rendering uses: the stored one, moved only as far as the height requires.
  private func displayOffset(height: Int) -> Int {
    let height = max(1, height)
    var offset = min(scrollOffset, max(0, count - height))
    if selectedIndex < offset {
      offset = selectedIndex
    } else if selectedIndex >= offset + height {
      offset = selectedIndex - height + 1
    }
    return max(0, offset)
  }

  /// Keeps the selection inside the list and the offset where the selection is visible.
  private mutating func clamp() {
    selectedIndex = min(max(0, selectedIndex), max(0, count - 1))
    if selectedIndex < scrollOffset {
      scrollOffset = selectedIndex
    } else if selectedIndex >= scrollOffset + pageSize {
      scrollOffset = selectedIndex - pageSize + 1
    }
    scrollOffset = max(0, min(scrollOffset, count - pageSize))
  }
}
