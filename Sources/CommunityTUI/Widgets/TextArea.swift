/// A multi-line text editor on grapheme clusters, soft-wrapped at word boundaries: a request
/// description, a proposal, a news body.
///
/// Enter starts a new line; ↑/↓ move between displayed rows keeping the column by display
/// width (a row of CJK text and a row of Cyrillic line up by columns, not by characters);
/// PgUp/PgDn move a page; Home/End go to the start and end of the line; Backspace and Del
/// delete whole clusters and join lines at the edges. Tab and Esc are left to the form.
///
/// `viewport` is the visible size; set it from the layout so ↑/↓ and paging follow the rows
/// the reader sees. Text wraps one column narrower than the viewport, leaving the last
/// column for the cursor at the end of a full row and for the scroll bar.
package struct TextArea: Hashable, Sendable {
  /// A cursor place: a line of the text and a cluster index in it.
  package struct Location: Hashable, Sendable, Comparable {
    package var line: Int
    package var index: Int

    package init(line: Int, index: Int) {
      self.line = line
      self.index = index
    }

    package static func < (lhs: Location, rhs: Location) -> Bool {
      (lhs.line, lhs.index) < (rhs.line, rhs.index)
    }
  }

  /// The logical lines, split at "\n", as grapheme clusters; never empty.
  var lines: [[Character]] = [[]]
  /// Where the cursor is.
  package internal(set) var cursor = Location(line: 0, index: 0)
  /// The display column ↑/↓ try to keep, remembered across short rows.
  var goalColumn: Int?
  /// The most clusters the text may hold, a line break counting as one; `nil` for no limit.
  package var maxLength: Int?
  /// The size of the visible area.
  package var viewport: Size {
    didSet { keepCursorVisible() }
  }
  /// The first visible row.
  package internal(set) var scrollRow = 0

  package init(
    text: String = "", maxLength: Int? = nil, viewport: Size = Size(width: 40, height: 5)
  ) {
    self.maxLength = maxLength
    self.viewport = viewport
    self.text = text
  }

  /// The text with lines joined by "\n"; setting it sanitizes it and moves the cursor to the
  /// end.
  package var text: String {
    get { lines.map { String($0) }.joined(separator: "\n") }
    set {
      let clean = DisplayWidth.sanitized(newValue)
      lines = clean.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
      if let maxLength {
        trim(to: maxLength)
      }
      let last = lines.count - 1
      cursor = Location(line: last, index: lines[last].count)
      goalColumn = nil
      keepCursorVisible()
    }
  }

  /// The number of clusters, each line break counting as one.
  package var length: Int {
    lines.reduce(lines.count - 1) { $0 + $1.count }
  }

  /// Edits or moves for the keys the area owns; returns whether the key was one of them.
  ///
  /// ↑ on the first row and ↓ on the last are not taken, so a form can move focus instead.
  @discardableResult
  package mutating func handle(_ key: Key) -> Bool {
    var keepsGoal = false
    switch key {
    case .character(let character):
      _ = insert(character)
    case .enter:
      _ = insertLineBreak()
    case .left:
      moveLeft()
    case .right:
      moveRight()
    case .home:
      cursor.index = 0
    case .end:
      cursor.index = lines[cursor.line].count
    case .up, .down, .pageUp, .pageDown:
      let step = key == .up || key == .down ? 1 : max(1, viewport.height)
      let direction = key == .up || key == .pageUp ? -1 : 1
      guard moveVertically(by: step * direction) || key == .pageUp || key == .pageDown else {
        return false
      }
      keepsGoal = true
    case .backspace:
      deleteBackward()
    case .delete:
      deleteForward()
    default:
      return false
    }
    if !keepsGoal {
      goalColumn = nil
    }
    keepCursorVisible()
    return true
  }

  /// Inserts pasted text at the cursor, keeping its line breaks; returns whether anything was
  /// inserted.
  @discardableResult
  package mutating func insert(_ pasted: String) -> Bool {
    var changed = false
    for character in DisplayWidth.sanitized(pasted) {
      changed = (character == "\n" ? insertLineBreak() : insert(character)) || changed
    }
    goalColumn = nil
    keepCursorVisible()
    return changed
  }

  private mutating func insert(_ character: Character) -> Bool {
    guard DisplayWidth.sanitized(String(character), keepingNewlines: false) == String(character)
    else { return false }
    let line = lines[cursor.line]
    let prefix = Array(String(line[..<cursor.index]) + String(character))
    let updated = Array(String(prefix) + String(line[cursor.index...]))
    if prefix.count == cursor.index + 1, let last = prefix.last, DisplayWidth.of(last) == 0 {
      return false
    }
    if let maxLength, updated.count > line.count, length + updated.count - line.count > maxLength {
      return false
    }
    lines[cursor.line] = updated
    cursor.index = min(prefix.count, updated.count)
    return true
  }

  private mutating func insertLineBreak() -> Bool {
    if let maxLength, length + 1 > maxLength {
      return false
    }
    let line = lines[cursor.line]
    lines[cursor.line] = Array(line[..<cursor.index])
    lines.insert(Array(line[cursor.index...]), at: cursor.line + 1)
    cursor = Location(line: cursor.line + 1, index: 0)
    return true
  }

  private mutating func moveLeft() {
    if cursor.index > 0 {
      cursor.index -= 1
    } else if cursor.line > 0 {
      cursor.line -= 1
      cursor.index = lines[cursor.line].count
    }
  }

  private mutating func moveRight() {
    if cursor.index < lines[cursor.line].count {
      cursor.index += 1
    } else if cursor.line + 1 < lines.count {
      cursor = Location(line: cursor.line + 1, index: 0)
    }
  }

  private mutating func deleteBackward() {
    if cursor.index > 0 {
      lines[cursor.line].remove(at: cursor.index - 1)
      cursor.index -= 1
    } else if cursor.line > 0 {
      let removed = lines.remove(at: cursor.line)
      cursor.line -= 1
      cursor.index = lines[cursor.line].count
      lines[cursor.line] += removed
    }
  }

  private mutating func deleteForward() {
    if cursor.index < lines[cursor.line].count {
      lines[cursor.line].remove(at: cursor.index)
    } else if cursor.line + 1 < lines.count {
      lines[cursor.line] += lines.remove(at: cursor.line + 1)
    }
  }

  /// Drops clusters from the end until the text is at most `limit` long.
  private mutating func trim(to limit: Int) {
    while length > limit {
      if let last = lines.indices.last, !lines[last].isEmpty {
        lines[last].removeLast()
      } else if lines.count > 1 {
        lines.removeLast()
      } else {
        return
      }
    }
  }
}
