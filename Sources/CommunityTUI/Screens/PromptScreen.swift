import CommunityCore
import Foundation

/// Asks for one line of text (a reason, a file path) and hands it to `submit`; the screen
/// stays open with the message `submit` returns, or closes when it returns `nil`.
final class PromptScreen: Screen {
  private let heading: String
  private let prompt: String
  private var field = TextField(width: 60)
  private var message: String?
  private let submit: (String) -> String?
  private let strings: Strings

  init(heading: String, prompt: String, context: AppContext, submit: @escaping (String) -> String?)
  {
    self.heading = heading
    self.prompt = prompt
    self.submit = submit
    strings = context.strings
  }

  var title: String { heading }
  var isEditingText: Bool { true }
  var hints: [KeyHint] {
    [
      KeyHint(keys: "Enter", text: strings["hint.choose"]),
      KeyHint(keys: "Esc", text: strings["hint.cancel"]),
    ]
  }
  var helpLines: [KeyHint] { hints }

  func handle(_ key: Key, context: AppContext) -> Navigation {
    switch key {
    case .escape: return .pop
    case .enter:
      message = submit(field.text)
      return message == nil ? .pop : .stay
    default:
      field.handle(key)
      return .stay
    }
  }

  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    canvas.put(
      " " + heading, row: rect.row, column: 0, style: .title.adding(.bold), maxWidth: rect.width)
    canvas.put(prompt, row: rect.row + 2, column: 2, style: .muted, maxWidth: rect.width - 4)
    field.width = min(70, rect.width - 4)
    field.render(
      into: &canvas, in: Rect(row: rect.row + 4, column: 2, width: field.width, height: 1),
      isFocused: true)
    if let message {
      for (offset, line) in DisplayWidth.wrap(message, width: rect.width - 4).prefix(4).enumerated()
      {
        canvas.put(line, row: rect.row + 6 + offset, column: 2, style: .danger)
      }
    }
  }
}
