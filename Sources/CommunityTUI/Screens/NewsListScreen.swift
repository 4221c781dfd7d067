import CommunityCore
import Foundation

/// The news section: pinned items first, then the newest; unread items marked; a category
/// filter; `/` searches titles and bodies; officials compose, edit, pin, delete and import.
package final class NewsListScreen: Screen {
  enum Action {
    case open, search, nextMatch, previousMatch, category, toggleRead, reload
    case compose, edit, pin, delete, importFeed
  }

  private(set) var items: [NewsItem] = []
  private var read: Set<String> = []
  private var list = ListView()
  private var category: String?
  private var hasMore = true
  private var search = ListSearch()
  private let keymap: Keymap<Action>
  private let helpContext: AppContext
  private static let pageSize = 100

  package init(context: AppContext) {
    keymap = NewsListScreen.keymap(context)
    helpContext = context
    reload(context: context)
  }

  static func keymap(_ context: AppContext) -> Keymap<Action> {
    let text = context.strings
    var keymap = Keymap<Action>([
      .init([.enter], .open, hint: text["hint.open"], help: text["help.news.open"]),
      .init([.character("/")], .search, hint: text["hint.search"], help: text["help.news.search"]),
      .init([.character("n")], .nextMatch, help: text["help.search.next"]),
      .init([.character("N")], .previousMatch, help: text["help.search.previous"]),
      .init(
        [.character("c")], .category, hint: text["hint.category"], help: text["help.news.category"]),
    ])
    if context.viewer.account != nil {
      keymap.bind([.character("u")], to: .toggleRead, help: text["help.news.unread"])
    }
    keymap.bind([.character("r")], to: .reload, help: text["help.reload"])
    if context.viewer.isOfficial {
      keymap.bind(
        [.character("a")], to: .compose, hint: text["hint.compose"], help: text["help.news.compose"]
      )
      keymap.bind([.character("e")], to: .edit, help: text["help.news.edit"])
      keymap.bind([.character("p")], to: .pin, help: text["help.news.pin"])
      keymap.bind([.character("d")], to: .delete, help: text["help.news.delete"])
      keymap.bind([.character("i")], to: .importFeed, help: text["help.news.import"])
    }
    return keymap
  }

  package var title: String { "" }
  package var hints: [KeyHint] { search.isTyping ? search.hints : keymap.hints }
  package var helpLines: [KeyHint] {
    keymap.helpLines + ListSearch.navigationHelp(context: helpContext)
  }
  package var isEditingText: Bool { search.isTyping }

  package func refresh(context: AppContext) { reload(context: context) }

  func reload(context: AppContext) {
    let selectedID = list.selection.flatMap { $0 < items.count ? items[$0].id : nil }
    items = []
    hasMore = true
    loadMore(context: context)
    list = ListView(
      count: items.count, selection: items.firstIndex { $0.id == selectedID } ?? 0,
      pageSize: list.pageSize)
    search.update(matches(search.query))
  }

  private func loadMore(context: AppContext) {
    guard hasMore else { return }
    let query = NewsQuery(limit: NewsListScreen.pageSize, offset: items.count, category: category)
    let page =
      (try? context.community.listNews(query, viewer: context.viewer, now: context.now())) ?? []
    hasMore = page.count == NewsListScreen.pageSize
    items += page
    read.formUnion(
      (try? context.community.readNewsIDs(page.map(\.id), viewer: context.viewer)) ?? [])
  }

  private func matches(_ query: String) -> [Int] {
    guard !query.isEmpty else { return [] }
    return items.indices.filter {
      ListSearch.contains(items[$0].title, query) || ListSearch.contains(items[$0].body, query)
    }
  }

  package func handle(_ key: Key, context: AppContext) -> Navigation {
    if search.isTyping {
      if let query = search.handle(key) {
        search.update(matches(query))
        if let first = search.current { list.select(first) }
      }
      return .stay
    }
    guard let action = keymap.action(for: key) else {
      list.handle(key)
      if let selection = list.selection, selection >= items.count - 10, hasMore {
        loadMore(context: context)
        list = ListView(count: items.count, selection: selection, pageSize: list.pageSize)
      }
      return .stay
    }
    return perform(action, context: context)
  }

  private func perform(_ action: Action, context: AppContext) -> Navigation {
    let strings = context.strings
    let selected = list.selection.flatMap { $0 < items.count ? items[$0] : nil }
    switch action {
    case .open:
      guard let index = list.selection, index < items.count else { return .stay }
      return .push(NewsReaderScreen(list: self, index: index, context: context))
    case .search:
      search.begin()
    case .nextMatch, .previousMatch:
      if let index = search.step(forward: action == .nextMatch) { list.select(index) }
    case .category:
      // Read when the filter is used, not for every frame: it scans index lines that the
      // list itself does not need.
      let known =
        (try? context.community.newsCategories(viewer: context.viewer, now: context.now())) ?? []
      let all: [String?] = [nil] + known.map { Optional($0) }
      let position = all.firstIndex(of: category) ?? 0
      category = all[(position + 1) % all.count]
      reload(context: context)
      return .status(strings.format("news.filter", category ?? strings["news.allCategories"]))
    case .toggleRead:
      guard let item = selected else { return .stay }
      let isRead = read.contains(item.id)
      do {
        try context.community.setRead(
          !isRead, newsID: item.id, viewer: context.viewer, now: context.now())
      } catch {
        return .error(context.describe(error))
      }
      if isRead { read.remove(item.id) } else { read.insert(item.id) }
    case .reload:
      reload(context: context)
    case .compose:
      return .push(NewsComposeScreen(editing: nil, context: context))
    case .edit:
      guard let item = selected else { return .stay }
      return .push(NewsComposeScreen(editing: item, context: context))
    case .pin:
      guard let item = selected else { return .stay }
      return NewsActions.togglePin(item, context: context) { self.reload(context: context) }
    case .delete:
      guard let item = selected else { return .stay }
      return NewsActions.confirmDelete(item, context: context) { self.reload(context: context) }
    case .importFeed:
      return .push(FeedImportScreen(context: context))
    }
    return .stay
  }

  func markRead(_ id: String) { read.insert(id) }
  func isRead(_ id: String) -> Bool { read.contains(id) }

  package func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    let strings = context.strings
    let header = rect.top(1)
    canvas.fill(header, style: .title)
    let filter = category ?? strings["news.allCategories"]
    canvas.put(
      " " + strings["news.heading"] + " · " + filter, row: header.row, column: 0, style: .title,
      maxWidth: rect.width)
    var body = rect.droppingTop(1)
    if search.isActive {
      search.render(into: &canvas, row: body.bottom - 1, width: rect.width, strings: strings)
      body = body.droppingBottom(1)
    }
    if items.isEmpty {
      canvas.put(" " + strings["news.empty"], row: body.row + 1, column: 0, style: .muted)
      return
    }
    list.pageSize = body.height
    let categoryWidth = rect.width >= 100 ? 18 : 15
    let showMarks = context.viewer.account != nil
    let highlighted = Set(search.matches)
    let now = context.now()
    list.render(into: &canvas, in: body) { index, isSelected, width in
      let item = self.items[index]
      let pin = item.pinned ? "★" : " "
      let unread = showMarks && !self.read.contains(item.id) ? "•" : " "
      let scheduled = item.publishedAt > now ? strings["news.scheduled"] + " " : ""
      let titleStyle: Style =
        highlighted.contains(index) ? .accent : (unread == "•" ? .normal.adding(.bold) : .normal)
      return [
        Segment(" " + pin + unread + " ", style: .accent),
        Segment(context.dateText(item.publishedAt) + "  ", style: .muted),
        Segment(
          DisplayWidth.pad(
            DisplayWidth.clip(item.category, to: categoryWidth - 1, ellipsis: true),
            to: categoryWidth)),
        Segment(scheduled, style: .warning),
        Segment(item.title, style: titleStyle),
      ]
    }
  }
}
