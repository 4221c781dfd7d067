import CommunityCore
import Foundation

/// Reads one practice: where and when it happened, its topic, then the summary, the full text
/// and the contacts, wrapped and scrolling; officials edit it with `e`.
final class PracticeReaderScreen: Screen {
  enum Action {
    case edit
  }

  private var practice: Practice
  private var page: TextDetailScreen
  private let keymap: Keymap<Action>
  private let strings: Strings

  init(practice: Practice, context: AppContext) {
    self.practice = practice
    strings = context.strings
    page = PracticeReaderScreen.page(practice, context: context)
    var keymap = Keymap<Action>()
    if context.viewer.isOfficial {
      keymap.bind(
        [.character("e")], to: .edit, hint: strings["hint.edit"],
        help: strings["help.practices.edit"])
    }
    self.keymap = keymap
  }

  /// The practice as a page: where, when and its topic, then the text with blank lines between
  /// the parts (empty parts are left out rather than shown as gaps).
  static func page(_ practice: Practice, context: AppContext) -> TextDetailScreen {
    let strings = context.strings
    // Where on one line and when and what on the next: a community's full name is long.
    let place = [practice.community, practice.region].filter { !$0.isEmpty }
    let when = String(practice.year) + " · " + strings["topic.\(practice.topic.rawValue)"]
    var parts = [practice.summary, practice.body].filter { !$0.isEmpty }
    if !practice.contacts.isEmpty {
      parts.append(strings["practices.contacts"] + "\n" + practice.contacts)
    }
    return TextDetailScreen(
      heading: practice.title,
      facts: (place.isEmpty ? [] : [place.joined(separator: ", ")]) + [when],
      body: parts.joined(separator: "\n\n"), context: context)
  }

  var title: String { page.title }
  var hints: [KeyHint] { keymap.hints + page.hints }
  var helpLines: [KeyHint] { keymap.helpLines + page.helpLines }

  func refresh(context: AppContext) {
    guard let fresh = try? context.community.practice(id: practice.id), fresh != practice else {
      return
    }
    practice = fresh
    page = PracticeReaderScreen.page(fresh, context: context)
  }

  func handle(_ key: Key, context: AppContext) -> Navigation {
    switch keymap.action(for: key) {
    case .edit?:
      return .push(PracticeFormScreen(editing: practice, topic: nil, context: context))
    case nil:
      return page.handle(key, context: context)
    }
  }

  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    page.render(into: &canvas, in: rect, context: context)
  }
}
