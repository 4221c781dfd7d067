import CommunityCore
import Foundation

/// Imports an RSS or Atom file into the news (officials): type the path, press Enter.
final class FeedImportScreen: Screen {
  private var field = TextField(width: 60)
  private var message: String?
  private var messageStyle = Style.muted
  private let strings: Strings

  init(context: AppContext) {
    strings = context.strings
  }

  var title: String { strings["import.heading"] }
  var isEditingText: Bool { true }
  var hints: [KeyHint] {
    [
      KeyHint(keys: "Enter", text: strings["hint.import"]),
      KeyHint(keys: "Esc", text: strings["hint.back"]),
    ]
  }
  var helpLines: [KeyHint] { hints }

  func handle(_ key: Key, context: AppContext) -> Navigation {
    switch key {
    case .escape: return .pop
    case .enter:
      let path = (field.text as NSString).expandingTildeInPath
      do {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try context.community.importFeed(
          data, source: path, viewer: context.viewer, now: context.now())
        message = strings.format("import.done", result.added, result.skipped, result.feedTitle)
        messageStyle = .success
      } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
        message = strings.format("import.noFile", path)
        messageStyle = .danger
      } catch {
        message = context.describe(error)
        messageStyle = .danger
      }
    default:
      field.handle(key)
    }
    return .stay
  }

  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    canvas.put(" " + title, row: rect.row, column: 0, style: .title.adding(.bold))
    canvas.put(
      strings["import.prompt"], row: rect.row + 2, column: 2, style: .muted,
      maxWidth: rect.width - 4)
    field.width = min(70, rect.width - 4)
    field.render(
      into: &canvas, in: Rect(row: rect.row + 4, column: 2, width: field.width, height: 1),
      isFocused: true)
    canvas.cursor = Position(row: rect.row + 4, column: 2 + field.cursorColumn - field.scrollColumn)
    if let message {
      for (offset, line) in DisplayWidth.wrap(message, width: rect.width - 4).prefix(4).enumerated()
      {
        canvas.put(line, row: rect.row + 6 + offset, column: 2, style: messageStyle)
      }
    }
  }
}
