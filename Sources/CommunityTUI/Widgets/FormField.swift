/// One labelled field of a ``Form``: its editor, and a validation message under it.
package struct FormField: Hashable, Sendable {
  /// The editing widget a field holds.
  package enum Editor: Hashable, Sendable {
    /// A single-line text field, masked for a PIN.
    case line(TextField)
    /// A multi-line text area.
    case area(TextArea)
    /// A choice from a list of options.
    case choice(Choice)
  }

  /// The caller's name for the field, used to read values and set messages.
  package var id: String
  /// The label shown beside the field, from the caller's strings.
  package var label: String
  package var editor: Editor
  /// A validation message shown under the field; the caller sets it after validating.
  package var message: String?

  package init(id: String, label: String, editor: Editor, message: String? = nil) {
    self.id = id
    self.label = label
    self.editor = editor
    self.message = message
  }

  /// A single-line text field.
  package static func text(
    id: String, label: String, text: String = "", maxLength: Int? = nil
  ) -> FormField {
    FormField(id: id, label: label, editor: .line(TextField(text: text, maxLength: maxLength)))
  }

  /// A masked single-line field that shows "•" per character, such as a PIN.
  package static func masked(
    id: String, label: String, maxLength: Int? = nil, filter: TextField.Filter = .any
  ) -> FormField {
    FormField(
      id: id, label: label,
      editor: .line(TextField(maxLength: maxLength, isMasked: true, filter: filter)))
  }

  /// A multi-line text area `height` rows tall.
  package static func textArea(
    id: String, label: String, text: String = "", height: Int = 4, maxLength: Int? = nil
  ) -> FormField {
    FormField(
      id: id, label: label,
      editor: .area(
        TextArea(text: text, maxLength: maxLength, viewport: Size(width: 40, height: height))))
  }

  /// A choice from a list of options.
  package static func choice(
    id: String, label: String, options: [String], selection: Int? = nil,
    placeholder: String = ""
  ) -> FormField {
    FormField(
      id: id, label: label,
      editor: .choice(Choice(options: options, selection: selection, placeholder: placeholder)))
  }

  /// Whether the field is one row tall, so Enter and ↑/↓ move between fields.
  package var isSingleLine: Bool {
    if case .area = editor {
      return false
    }
    return true
  }

  /// How many rows the editor takes.
  package var editorHeight: Int {
    if case .area(let area) = editor {
      return max(1, area.viewport.height)
    }
    return 1
  }

  /// The field's value as text: what was typed, or the chosen option ("" if none).
  package var value: String {
    switch editor {
    case .line(let field): field.text
    case .area(let area): area.text
    case .choice(let choice): choice.selectedOption ?? ""
    }
  }

  /// Gives the editor the width it is shown at, so its scrolling follows the screen.
  mutating func setEditorWidth(_ width: Int) {
    switch editor {
    case .line(var field):
      field.width = max(1, width)
      editor = .line(field)
    case .area(var area):
      area.viewport = Size(width: width, height: area.viewport.height)
      editor = .area(area)
    case .choice:
      break
    }
  }
}
