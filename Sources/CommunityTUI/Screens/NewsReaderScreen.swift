import CommunityCore
import Foundation

/// Reads one news item: wrapped, scrolling text; `n`/`p` move to the next or previous item.
final class NewsReaderScreen: Screen {
  enum Action {
    case next, previous, markUnread, edit, pin, delete
  }

  private weak var list: NewsListScreen?
  private var items: [NewsItem]
  private var index: Int
  private var text = TextView()
  private let keymap: Keymap<Action>

  convenience init(list: NewsListScreen, index: Int, context: AppContext) {
    self.init(items: list.items, index: index, list: list, context: context)
  }

  /// One item on its own, as a search result opens it: `n` and `p` have nowhere to go.
  convenience init(item: NewsItem, context: AppContext) {
    self.init(items: [item], index: 0, list: nil, context: context)
  }

  private init(items: [NewsItem], index: Int, list: NewsListScreen?, context: AppContext) {
    self.list = list
    self.items = items
    self.index = index
    let strings = context.strings
    var keymap = Keymap<Action>([
      .init(
        [.character("n")], .next, hint: strings["hint.next"], help: strings["help.reader.next"]),
      .init(
        [.character("p")], .previous, hint: strings["hint.previous"],
        help: strings["help.reader.previous"]),
    ])
    if context.viewer.account != nil {
      keymap.bind([.character("u")], to: .markUnread, help: strings["help.news.unread"])
    }
    if context.viewer.isOfficial {
      keymap.bind(
        [.character("e")], to: .edit, hint: strings["hint.edit"], help: strings["help.news.edit"])
      keymap.bind([.character("P")], to: .pin, help: strings["help.news.pin"])
      keymap.bind([.character("d")], to: .delete, help: strings["help.news.delete"])
    }
    self.keymap = keymap
    show(index, context: context)
  }

  var title: String { items.indices.contains(index) ? items[index].title : "" }
  var hints: [KeyHint] { keymap.hints }
  var helpLines: [KeyHint] { keymap.helpLines }

  private func show(_ newIndex: Int, context: AppContext) {
    guard items.indices.contains(newIndex) else { return }
    index = newIndex
    let item = items[index]
    text = TextView(text: item.body, viewport: text.viewport)
    try? context.community.setRead(
      true, newsID: item.id, viewer: context.viewer, now: context.now())
    list?.markRead(item.id)
  }

  func refresh(context: AppContext) {
    guard items.indices.contains(index) else { return }
    if let fresh = try? context.community.newsItem(
      id: items[index].id, viewer: context.viewer, now: context.now())
    {
      items[index] = fresh
      text = TextView(text: fresh.body, viewport: text.viewport)
    }
  }

  func handle(_ key: Key, context: AppContext) -> Navigation {
    guard let action = keymap.action(for: key) else {
      text.handle(key)
      return .stay
    }
    let item = items[index]
    switch action {
    case .next: show(index + 1, context: context)
    case .previous: show(index - 1, context: context)
    case .markUnread:
      try? context.community.setRead(
        false, newsID: item.id, viewer: context.viewer, now: context.now())
      list?.reload(context: context)
      return .status(context.strings["news.markedUnread"])
    case .edit: return .push(NewsComposeScreen(editing: item, context: context))
    case .pin:
      return NewsActions.togglePin(item, context: context) { self.refresh(context: context) }
    case .delete:
      return NewsActions.confirmDelete(item, context: context) {
        self.list?.reload(context: context)
        return .pop
      }
    }
    return .stay
  }

  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    guard items.indices.contains(index) else { return }
    let item = items[index]
    let strings = context.strings
    let inner = rect.inset(left: 2, right: 1)
    var row = inner.row
    for line in DisplayWidth.wrap(item.title, width: inner.width).prefix(2) {
      canvas.put(line, row: row, column: inner.column, style: .title.adding(.bold))
      row += 1
    }
    var meta =
      context.dateText(item.publishedAt, withTime: true) + " · " + item.category + " · "
      + item.author
    if item.pinned { meta += " · ★ " + strings["news.pinned"] }
    canvas.put(meta, row: row, column: inner.column, style: .muted, maxWidth: inner.width)
    row += 1
    canvas.horizontalLine(row: row, column: inner.column, width: inner.width)
    let body = Rect(
      row: row + 1, column: inner.column, width: inner.width, height: rect.bottom - row - 2)
    if text.viewport != Size(width: body.width, height: body.height) {
      text.viewport = Size(width: body.width, height: body.height)
    }
    text.render(into: &canvas, in: body)
    let position = "\(index + 1)/\(items.count) · " + text.positionLabel
    canvas.put(
      position, row: rect.bottom - 1, column: max(0, rect.right - DisplayWidth.of(position) - 1),
      style: .muted)
  }
}

/// Official actions shared by the news list and the reader.
enum NewsActions {
  static func togglePin(
    _ item: NewsItem, context: AppContext, then: () -> Void
  ) -> Navigation {
    do {
      try context.community.updateNews(id: item.id, viewer: context.viewer, now: context.now()) {
        $0.pinned.toggle()
      }
      then()
      return .status(context.strings[item.pinned ? "news.unpinned" : "news.pinnedNow"])
    } catch {
      return .error(context.describe(error))
    }
  }

  static func confirmDelete(
    _ item: NewsItem, context: AppContext, then: @escaping () -> Navigation
  ) -> Navigation {
    let strings = context.strings
    let dialog = ConfirmDialog(
      title: strings["news.deleteTitle"],
      message: strings.format("news.deleteQuestion", item.title),
      confirmLabel: strings["dialog.yes"], cancelLabel: strings["dialog.no"],
      confirmCharacters: ["y", "Y", "т", "Т"], cancelCharacters: ["n", "N", "н", "Н"],
      isConfirmFocused: false, isDestructive: true)
    return .confirm(dialog) {
      do {
        try context.community.deleteNews(id: item.id, viewer: context.viewer)
        return then()
      } catch {
        return .error(context.describe(error))
      }
    }
  }

  static func confirmDelete(
    _ item: NewsItem, context: AppContext, then: @escaping () -> Void
  ) -> Navigation {
    confirmDelete(item, context: context) { () -> Navigation in
      then()
      return .status(context.strings["news.deleted"])
    }
  }
}
