/// A single-line text editor that works on grapheme clusters: a title, a search, a PIN.
///
/// The cursor moves by whole clusters, so Backspace after "й" typed as "и" + U+0306 removes
/// the letter and its mark together, and a CJK character or a flag is never cut in half.
/// A combining mark typed on its own joins the cluster before the cursor. When the text is
/// wider than the field it scrolls horizontally to keep the cursor visible.
///
/// Keys: characters insert, ←/→ move, Home/End jump, Backspace and Del delete, Ctrl-U
/// clears. Ctrl-A and Ctrl-E are deliberately not bound: the app uses Ctrl-E to open an
/// external editor. Enter, Tab, Esc and ↑/↓ are left to the form or screen.
package struct TextField: Hashable, Sendable {
  /// Which characters the field accepts.
  package enum Filter: Hashable, Sendable {
    case any
    /// ASCII digits only, for PINs and numbers.
    case digits
  }

  /// The grapheme clusters of the text.
  private var characters: [Character]
  /// The cursor as an index into the clusters: 0 is before the first one.
  package private(set) var cursor: Int
  /// Whether to draw one ``maskCharacter`` per cluster instead of the text (a PIN).
  package var isMasked: Bool
  /// What masked text shows for each cluster.
  package var maskCharacter: Character = "•"
  /// The most clusters the text may hold; `nil` for no limit.
  package var maxLength: Int?
  /// The characters accepted from the keyboard.
  package var filter: Filter
  /// How many columns the field shows; set it from the layout so scrolling stays steady.
  package var width: Int {
    didSet { keepCursorVisible() }
  }
  /// The display column of the text shown at the field's left edge.
  package private(set) var scrollColumn = 0

  package init(
    text: String = "", maxLength: Int? = nil, isMasked: Bool = false, filter: Filter = .any,
    width: Int = 20
  ) {
    self.characters = []
    self.cursor = 0
    self.maxLength = maxLength
    self.isMasked = isMasked
    self.filter = filter
    self.width = max(1, width)
    self.text = text
  }

  /// The text; setting it removes line breaks and control characters, applies the length
  /// limit and puts the cursor at the end.
  package var text: String {
    get { String(characters) }
    set {
      var clean = Array(DisplayWidth.sanitized(newValue, keepingNewlines: false))
      if let maxLength, clean.count > maxLength {
        clean.removeLast(clean.count - maxLength)
      }
      characters = clean
      cursor = characters.count
      keepCursorVisible()
    }
  }

  /// Whether the text is empty.
  package var isEmpty: Bool { characters.isEmpty }

  /// The cursor's column from the start of the text as displayed: a wide character before it
  /// counts two, a masked one counts one.
  package var cursorColumn: Int {
    displayed.prefix(cursor).reduce(0) { $0 + DisplayWidth.of($1) }
  }

  /// Edits or moves for the keys the field owns; returns whether the key was one of them.
  @discardableResult
  package mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let character):
      _ = insert(character)
    case .left:
      cursor = max(0, cursor - 1)
    case .right:
      cursor = min(characters.count, cursor + 1)
    case .home:
      cursor = 0
    case .end:
      cursor = characters.count
    case .backspace:
      if cursor > 0 {
        characters.remove(at: cursor - 1)
        cursor -= 1
      }
    case .delete:
      if cursor < characters.count {
        characters.remove(at: cursor)
      }
    case .control("u"):
      characters = []
      cursor = 0
    default:
      return false
    }
    keepCursorVisible()
    return true
  }

  /// Inserts pasted text at the cursor, line breaks becoming spaces; returns whether
  /// anything was inserted.
  @discardableResult
  package mutating func insert(_ pasted: String) -> Bool {
    var changed = false
    for character in DisplayWidth.sanitized(pasted, keepingNewlines: false) {
      changed = insert(character) || changed
    }
    keepCursorVisible()
    return changed
  }

  /// Draws the field on the first row of `rect` and, when focused, places the canvas cursor.
  ///
  /// The whole width is filled with `style` (the input role by default) so the field's extent
  /// shows even while it is empty.
  package func render(
    into canvas: inout Canvas, in rect: Rect, isFocused: Bool, style: Style = .input
  ) {
    let line = rect.top(1)
    canvas.fill(line, style: style)
    guard !line.isEmpty else { return }
    let shown = displayed
    let column = cursorColumn
    let scroll = Self.adjustedScroll(
      scrollColumn, cursorColumn: column, textWidth: DisplayWidth.of(String(shown)),
      width: line.width)
    var start = 0
    for character in shown {
      let characterWidth = DisplayWidth.of(character)
      defer { start += characterWidth }
      // Clusters cut by either edge are left blank rather than drawn in half.
      guard start >= scroll, start + characterWidth <= scroll + line.width else { continue }
      canvas.put(
        String(character), row: line.row, column: line.column + start - scroll, style: style)
    }
    if isFocused {
      canvas.cursor = Position(row: line.row, column: line.column + column - scroll)
    }
  }

  /// The clusters as drawn: the text, or one mask character per cluster.
  private var displayed: [Character] {
    isMasked ? Array(repeating: maskCharacter, count: characters.count) : characters
  }

  /// Inserts one typed cluster, merging it with its neighbours as Unicode says.
  private mutating func insert(_ character: Character) -> Bool {
    guard isTypeable(character) else { return false }
    let prefix = Array(String(characters[..<cursor]) + String(character))
    let updated = Array(String(prefix) + String(characters[cursor...]))
    // A zero-width mark with nothing to attach to would be an invisible cluster.
    if prefix.count == cursor + 1, let last = prefix.last, DisplayWidth.of(last) == 0 {
      return false
    }
    if let maxLength, updated.count > maxLength, updated.count > characters.count {
      return false
    }
    characters = updated
    cursor = min(prefix.count, updated.count)
    return true
  }

  private func isTypeable(_ character: Character) -> Bool {
    if character.isNewline || DisplayWidth.sanitized(String(character)) != String(character) {
      return false
    }
    switch filter {
    case .any: return true
    case .digits: return character.isASCII && character.isNumber
    }
  }

  private mutating func keepCursorVisible() {
    cursor = min(max(0, cursor), characters.count)
    scrollColumn = Self.adjustedScroll(
      scrollColumn, cursorColumn: cursorColumn, textWidth: DisplayWidth.of(String(displayed)),
      width: width)
  }

  /// The horizontal scroll that keeps the cursor inside a field `width` columns wide, moving as
  /// little as possible from `scroll`, and never leaving empty space after scrolled text.
  private static func adjustedScroll(_ scroll: Int, cursorColumn: Int, textWidth: Int, width: Int)
    -> Int
  {
    let width = max(1, width)
    var result = scroll
    if cursorColumn < result {
      result = cursorColumn
    } else if cursorColumn >= result + width {
      result = cursorColumn - width + 1
    }
    // One column after the text is kept for the cursor at the end.
    result = min(result, max(0, textWidth + 1 - width))
    return max(0, result)
  }
}
