import CommunityCore
import Foundation

/// The library of practices: browse by topic (`t`), search with `/`, read with Enter;
/// officials add (`a`) and edit (`e`) practices.
package final class PracticesScreen: Screen {
  enum Action {
    case open, topic, search, nextMatch, previousMatch, add, edit
  }

  private var practices: [Practice] = []
  private var topic: PracticeTopic?
  private var list = ListView()
  private var search = ListSearch()
  private let keymap: Keymap<Action>
  private let strings: Strings
  /// The practice just saved in the form, selected when the list is shown again.
  private var justSaved: Practice?

  package init(context: AppContext) {
    strings = context.strings
    var keymap = Keymap<Action>([
      .init([.enter], .open, hint: strings["hint.open"], help: strings["help.practices.open"]),
      .init(
        [.character("t")], .topic, hint: strings["hint.topic"],
        help: strings["help.practices.topic"]),
      .init(
        [.character("/")], .search, hint: strings["hint.search"],
        help: strings["help.practices.search"]),
      .init([.character("n")], .nextMatch, help: strings["help.search.next"]),
      .init([.character("N")], .previousMatch, help: strings["help.search.previous"]),
    ])
    if context.viewer.isOfficial {
      keymap.bind(
        [.character("a")], to: .add, hint: strings["hint.add"], help: strings["help.practices.add"])
      keymap.bind([.character("e")], to: .edit, help: strings["help.practices.edit"])
    }
    self.keymap = keymap
    refresh(context: context)
  }

  package var title: String { strings["section.practices"] }
  package var hints: [KeyHint] { search.isTyping ? search.hints : keymap.hints }
  package var helpLines: [KeyHint] { keymap.helpLines }
  package var isEditingText: Bool { search.isTyping }

  package func refresh(context: AppContext) {
    if let saved = justSaved, let topic, saved.topic != topic {
      // A practice saved under another topic would vanish behind the filter.
      self.topic = nil
    }
    practices = (try? context.community.listPractices(topic: topic)) ?? []
    let savedIndex = justSaved.flatMap { saved in practices.firstIndex { $0.id == saved.id } }
    justSaved = nil
    list = ListView(
      count: practices.count,
      selection: savedIndex ?? min(list.selection ?? 0, max(0, practices.count - 1)))
  }

  package func handle(_ key: Key, context: AppContext) -> Navigation {
    if search.isTyping {
      if let query = search.handle(key) {
        search.update(
          practices.indices.filter {
            ListSearch.contains(practices[$0].title, query)
              || ListSearch.contains(practices[$0].body, query)
          })
        if let first = search.current { list.select(first) }
      }
      return .stay
    }
    switch keymap.action(for: key) {
    case .open?:
      guard let index = list.selection else { return .stay }
      return .push(PracticeReaderScreen(practice: practices[index], context: context))
    case .add?:
      return .push(
        PracticeFormScreen(editing: nil, topic: topic, context: context) { self.justSaved = $0 })
    case .edit?:
      guard let index = list.selection else { return .stay }
      return .push(
        PracticeFormScreen(editing: practices[index], topic: nil, context: context) {
          self.justSaved = $0
        })
    case .topic?:
      let all: [PracticeTopic?] = [nil] + PracticeTopic.allCases.map { Optional($0) }
      topic = all[((all.firstIndex(of: topic) ?? 0) + 1) % all.count]
      refresh(context: context)
      return .status(
        strings.format(
          "practices.filter",
          topic.map { strings["topic.\($0.rawValue)"] } ?? strings["practices.allTopics"]))
    case .search?: search.begin()
    case .nextMatch?, .previousMatch?:
      if let index = search.step(forward: keymap.action(for: key) == .nextMatch) {
        list.select(index)
      }
    case nil: list.handle(key)
    }
    return .stay
  }

  package func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    canvas.fill(rect.top(1), style: .title)
    let filter = topic.map { strings["topic.\($0.rawValue)"] } ?? strings["practices.allTopics"]
    canvas.put(
      " " + strings["practices.heading"] + " · " + filter, row: rect.row, column: 0, style: .title)
    var body = rect.droppingTop(1)
    if search.isActive {
      search.render(into: &canvas, row: body.bottom - 1, width: rect.width, strings: strings)
      body = body.droppingBottom(1)
    }
    list.pageSize = body.height
    let highlighted = Set(search.matches)
    list.render(into: &canvas, in: body) { index, _, _ in
      let practice = self.practices[index]
      return [
        Segment(
          " " + DisplayWidth.pad(self.strings["topic.\(practice.topic.rawValue)"], to: 22),
          style: .muted),
        Segment(String(practice.year) + "  ", style: .muted),
        Segment(practice.title, style: highlighted.contains(index) ? .accent : .normal),
      ]
    }
  }
}
