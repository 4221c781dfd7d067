extension Form {
  /// Where each part of the form goes, for a given width.
  struct Layout {
    /// The column editors start at; labels take the columns before it.
    var editorColumn: Int
    var editorWidth: Int
    /// The first row of each field's block (editor, then message).
    var tops: [Int]
    var totalHeight: Int
  }

  /// The marker before the focused field's label, visible without colour.
  static let focusMarker = "› "

  func layout(width: Int) -> Layout {
    let widest = fields.map { DisplayWidth.of($0.label) }.max() ?? 0
    let labelWidth = min(Self.focusMarker.count + widest, max(8, width / 3))
    let editorColumn = labelWidth + 1
    var tops: [Int] = []
    var row = 0
    for field in fields {
      tops.append(row)
      row += field.editorHeight + (field.message == nil ? 0 : 1) + rowSpacing
    }
    return Layout(
      editorColumn: editorColumn, editorWidth: max(1, width - editorColumn), tops: tops,
      totalHeight: max(0, row - rowSpacing))
  }

  /// The rows of the focused field's block: its editor and its message.
  private func focusedBlock(in layout: Layout) -> Range<Int> {
    guard fields.indices.contains(focus) else { return 0..<0 }
    let field = fields[focus]
    let top = layout.tops[focus]
    return top..<(top + field.editorHeight + (field.message == nil ? 0 : 1))
  }

  /// The scroll that keeps the focused block visible in `height` rows, moving little.
  private func adjustedScroll(_ scroll: Int, layout: Layout, height: Int) -> Int {
    let block = focusedBlock(in: layout)
    var result = min(scroll, max(0, layout.totalHeight - height))
    if block.lowerBound < result || block.count > height {
      result = block.lowerBound
    } else if block.upperBound > result + height {
      result = block.upperBound - height
    }
    return max(0, result)
  }

  /// Gives every editor its width and keeps the focused field in view.
  mutating func applyLayout() {
    Self.setEditorWidths(of: &fields, to: layout(width: viewport.width).editorWidth)
    keepFocusVisible()
  }

  /// Tells each editor the width it is shown at, so its scrolling follows the screen.
  static func setEditorWidths(of fields: inout [FormField], to width: Int) {
    for index in fields.indices {
      fields[index].setEditorWidth(width)
    }
  }

  mutating func keepFocusVisible() {
    scrollRow = adjustedScroll(
      scrollRow, layout: layout(width: viewport.width), height: viewport.height)
  }

  /// Draws labels, editors and messages, scrolled so the focused field shows, and places the
  /// canvas cursor in the focused text field or area.
  ///
  /// The focused label is marked with "›" and the accent style; messages use the danger
  /// style in the editor's column.
  package func render(into canvas: inout Canvas, in rect: Rect) {
    canvas.fill(rect)
    guard !rect.isEmpty else { return }
    let layout = layout(width: rect.width)
    var page = Canvas(width: rect.width, height: max(layout.totalHeight, rect.height))
    for (index, field) in fields.enumerated() {
      draw(field, isFocused: index == focus, top: layout.tops[index], layout: layout, on: &page)
    }
    let scroll = adjustedScroll(scrollRow, layout: layout, height: rect.height)
    canvas.draw(
      page, from: Rect(row: scroll, column: 0, width: rect.width, height: rect.height),
      at: Position(row: rect.row, column: rect.column))
    if let cursor = page.cursor, (scroll..<(scroll + rect.height)).contains(cursor.row) {
      canvas.cursor = Position(
        row: rect.row + cursor.row - scroll, column: rect.column + cursor.column)
    }
  }

  private func draw(
    _ field: FormField, isFocused: Bool, top: Int, layout: Layout, on page: inout Canvas
  ) {
    let labelWidth = layout.editorColumn - 1
    let marker =
      isFocused ? Self.focusMarker : String(repeating: " ", count: Self.focusMarker.count)
    page.put(
      marker
        + DisplayWidth.clip(field.label, to: labelWidth - Self.focusMarker.count, ellipsis: true),
      row: top, column: 0, style: isFocused ? .accent : .normal, maxWidth: labelWidth)
    let editorRect = Rect(
      row: top, column: layout.editorColumn, width: layout.editorWidth, height: field.editorHeight)
    switch field.editor {
    case .line(let editor):
      editor.render(into: &page, in: editorRect, isFocused: isFocused)
    case .area(let editor):
      editor.render(into: &page, in: editorRect, isFocused: isFocused)
    case .choice(let editor):
      editor.render(into: &page, in: editorRect, isFocused: isFocused)
    }
    if let message = field.message {
      page.put(
        DisplayWidth.clip(message, to: layout.editorWidth, ellipsis: true),
        row: top + field.editorHeight, column: layout.editorColumn, style: .danger)
    }
  }
}
