/// An ordered set of labelled fields with focus, validation messages and a submit action.
///
/// Focus moves with Tab and Shift-Tab (wrapping), and with ↓/↑ from single-line fields and
/// from the last and first row of a text area. Enter in a single-line field moves to the next
/// field. The form is submitted by any of ``submitKeys`` (Ctrl-S by default) from any field,
/// and, when ``submitsOnEnterInLastField`` is true (the default), by Enter in the last field
/// if it is single-line; in a text area Enter always starts a new line, so a form ending in a
/// text area submits with Ctrl-S only. Esc is not handled: the screen decides what cancelling
/// means.
///
/// The form does not validate: on ``Event/submit`` the caller reads the values, sets a
/// ``FormField/message`` on each field that is wrong (they show in place under the field),
/// and may call ``focusFirstMessage()``.
package struct Form: Hashable, Sendable {
  /// What a key did to the form.
  package enum Event: Hashable, Sendable {
    /// The form used the key.
    case handled
    /// The form has no use for the key; the screen may.
    case ignored
    /// The user asked to submit the form.
    case submit
  }

  /// The fields in focus order; changing them keeps the focus inside and lays them out.
  package var fields: [FormField] {
    didSet {
      focus = min(focus, max(0, fields.count - 1))
      // Inside its own observer `fields` is written directly, so this cannot recurse.
      Self.setEditorWidths(of: &fields, to: layout(width: viewport.width).editorWidth)
      keepFocusVisible()
    }
  }
  /// The index of the focused field.
  package private(set) var focus = 0 {
    didSet { keepFocusVisible() }
  }
  /// Keys that submit from any field.
  package var submitKeys: [Key] = [.control("s")]
  /// Whether Enter in the last field submits when that field is single-line.
  package var submitsOnEnterInLastField = true
  /// Blank rows between fields.
  package var rowSpacing = 1
  /// The size the form is shown at; set it from the layout so editors scroll with the screen.
  package var viewport: Size {
    didSet { applyLayout() }
  }
  /// The first visible row of the laid-out form, when it is taller than its area.
  package internal(set) var scrollRow = 0

  package init(_ fields: [FormField], viewport: Size = Size(width: 80, height: 20)) {
    self.fields = fields
    self.viewport = viewport
    applyLayout()
  }

  /// The focused field's id, or `nil` for a form without fields.
  package var focusedID: String? {
    fields.indices.contains(focus) ? fields[focus].id : nil
  }

  /// The field with an id.
  package subscript(id: String) -> FormField? {
    get { fields.first { $0.id == id } }
    set {
      guard let index = fields.firstIndex(where: { $0.id == id }), let newValue else { return }
      fields[index] = newValue
      applyLayout()
    }
  }

  /// Replaces what a text area holds (text edited in `$EDITOR`), keeping its label, size and
  /// limit; other fields are left alone.
  package mutating func setText(_ text: String, of id: String) {
    guard let index = fields.firstIndex(where: { $0.id == id }),
      case .area(var area) = fields[index].editor
    else { return }
    area.text = text
    fields[index].editor = .area(area)
  }

  /// A field's value as text ("" for an unknown id).
  package func value(of id: String) -> String {
    self[id]?.value ?? ""
  }

  /// Sets or clears (`nil`) the validation message under a field.
  package mutating func setMessage(_ message: String?, for id: String) {
    guard let index = fields.firstIndex(where: { $0.id == id }) else { return }
    fields[index].message = message
  }

  /// Removes every validation message, before validating again.
  package mutating func clearMessages() {
    for index in fields.indices {
      fields[index].message = nil
    }
  }

  /// Moves focus to the field with an id.
  package mutating func focus(_ id: String) {
    if let index = fields.firstIndex(where: { $0.id == id }) {
      focus = index
    }
  }

  /// Moves focus to the first field with a validation message; returns whether there was one.
  @discardableResult
  package mutating func focusFirstMessage() -> Bool {
    guard let index = fields.firstIndex(where: { $0.message != nil }) else { return false }
    focus = index
    return true
  }

  /// Routes a key to focus movement, submission or the focused editor.
  package mutating func handle(_ key: Key) -> Event {
    guard fields.indices.contains(focus) else { return .ignored }
    if submitKeys.contains(key) {
      return .submit
    }
    switch key {
    case .tab:
      focus = (focus + 1) % fields.count
      return .handled
    case .backTab:
      focus = (focus + fields.count - 1) % fields.count
      return .handled
    default:
      break
    }
    // Focus may move while the key is handled; the edited field goes back where it came from.
    let index = focus
    var field = fields[index]
    defer {
      fields[index] = field
      keepFocusVisible()
    }
    switch field.editor {
    case .line(var editor):
      defer { field.editor = .line(editor) }
      return handleSingleLine(key) { editor.handle($0) }
    case .choice(var editor):
      defer { field.editor = .choice(editor) }
      return handleSingleLine(key) { editor.handle($0) }
    case .area(var editor):
      defer { field.editor = .area(editor) }
      if editor.handle(key) {
        return .handled
      }
      return moveFocus(for: key) ? .handled : .ignored
    }
  }

  /// Enter and ↑/↓ move between single-line fields; other keys go to the editor.
  private mutating func handleSingleLine(_ key: Key, editor: (Key) -> Bool) -> Event {
    if key == .enter {
      if focus == fields.count - 1 {
        return submitsOnEnterInLastField ? .submit : .ignored
      }
      focus += 1
      return .handled
    }
    if moveFocus(for: key) {
      return .handled
    }
    if key == .up || key == .down {
      return .ignored
    }
    return editor(key) ? .handled : .ignored
  }

  /// Moves focus one field for ↑/↓, without wrapping; returns whether it moved.
  private mutating func moveFocus(for key: Key) -> Bool {
    switch key {
    case .up where focus > 0:
      focus -= 1
    case .down where focus + 1 < fields.count:
      focus += 1
    default:
      return false
    }
    return true
  }
}
