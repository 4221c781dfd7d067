/// A form screen with a long `body` text that may be written in `$EDITOR` (news, practices):
/// Esc leaves, Ctrl-E hands the body to the editor, Ctrl-S (the form's submit) saves.
protocol LongTextFormScreen: Screen {
  var form: Form { get set }
  var strings: Strings { get }
  func submit(context: AppContext) -> Navigation
}

extension LongTextFormScreen {
  /// The status-bar hints, with `saveHint` for what Ctrl-S does.
  func formHints(saveHint: String) -> [KeyHint] {
    [
      KeyHint(keys: "Ctrl-S", text: saveHint),
      KeyHint(keys: "Ctrl-E", text: strings["hint.editor"]),
      KeyHint(keys: "Tab", text: strings["hint.nextField"]),
      KeyHint(keys: "Esc", text: strings["hint.cancel"]),
    ]
  }

  var isEditingText: Bool { true }

  func handle(_ key: Key, context: AppContext) -> Navigation {
    switch key {
    case .escape: return .pop
    case .control("e"):
      return .editExternally(text: form.value(of: "body")) { edited in
        self.form.setText(edited, of: "body")
        return .stay
      }
    default:
      if form.handle(key) == .submit { return submit(context: context) }
      return .stay
    }
  }
}
