/// A choice of one option from a short list, edited in place: a category, a district, a
/// service's department.
///
/// ←/→ and Space step through the options (wrapping, since the list is short and always
/// visible one at a time), Home/End jump to the first and last, and typing a letter jumps to
/// the next option that starts with it. Nothing is chosen until the user picks something,
/// unless the caller gives a selection.
package struct Choice: Hashable, Sendable {
  /// The options as shown, from the caller's strings.
  package var options: [String] {
    didSet {
      if let selection, selection >= options.count {
        self.selection = options.isEmpty ? nil : options.count - 1
      }
    }
  }
  /// The chosen option's index, or `nil` when nothing is chosen yet.
  package var selection: Int?
  /// What to show while nothing is chosen, from the caller's strings.
  package var placeholder: String

  package init(options: [String], selection: Int? = nil, placeholder: String = "") {
    self.options = options
    self.selection = selection.flatMap { options.indices.contains($0) ? $0 : nil }
    self.placeholder = placeholder
  }

  /// The chosen option's text, if any.
  package var selectedOption: String? {
    selection.map { options[$0] }
  }

  /// Steps, jumps or searches for the keys the choice owns; returns whether it owns the key.
  @discardableResult
  package mutating func handle(_ key: Key) -> Bool {
    guard !options.isEmpty else { return false }
    let count = options.count
    switch key {
    case .right, .character(" "):
      selection = selection.map { ($0 + 1) % count } ?? 0
    case .left:
      selection = selection.map { ($0 + count - 1) % count } ?? count - 1
    case .home:
      selection = 0
    case .end:
      selection = count - 1
    case .character(let typed):
      selectNext(startingWith: typed)
    default:
      return false
    }
    return true
  }

  /// Selects the next option after the current one whose first letter matches, ignoring case.
  private mutating func selectNext(startingWith typed: Character) {
    let wanted = typed.lowercased()
    let start = (selection ?? -1) + 1
    for step in 0..<options.count {
      let index = (start + step) % options.count
      if options[index].first?.lowercased() == wanted {
        selection = index
        return
      }
    }
  }

  /// Draws "‹ option ›" on the first row of `rect`, in the selection style when focused.
  package func render(
    into canvas: inout Canvas, in rect: Rect, isFocused: Bool, style: Style = .input
  ) {
    let line = rect.top(1)
    let fieldStyle = isFocused ? Style.selection : style
    canvas.fill(line, style: fieldStyle)
    guard line.width >= 4 else { return }
    let text = selectedOption ?? placeholder
    let shown = DisplayWidth.clip(text, to: line.width - 4, ellipsis: true)
    canvas.put(
      "‹ " + shown + " ›", row: line.row, column: line.column,
      style: selectedOption == nil ? fieldStyle.adding(.dim) : fieldStyle)
  }
}
