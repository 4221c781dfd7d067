import CommunityCore
import Foundation

/// The global search: one query over news, services, proposals, practices and the requests
/// the viewer may see, ranked by CommunityCore; Enter opens a result in its own section.
///
/// The screen has two places for the keys. On the query line every key types (so `q`, digits
/// and Tab do not leave), the results follow each change, and Enter, ↓ or Tab step down into
/// the results; Esc leaves the line so Tab and the digits switch sections again. In the
/// results the list keys move, Enter opens, and `/` goes back to the line; Ctrl-F from anywhere
/// in the app comes back here with the line focused.
package final class SearchScreen: Screen {
  enum ResultsAction {
    case open, editQuery
  }

  enum QueryAction {
    case toResults, leave
  }

  /// How many results one query shows; the count above them says how many matched in all.
  static let limit = 50

  private(set) var query = ""
  private(set) var results: SearchResults?
  /// Why the search could not run (the store could not be read), shown in place of results.
  private(set) var failure: String?
  private(set) var isTyping = true
  var field = TextField(maxLength: 200, width: 40)
  var list = ListView()
  private let resultsKeymap: Keymap<ResultsAction>
  private let queryKeymap: Keymap<QueryAction>
  private let navigationHelp: [KeyHint]
  let strings: Strings

  package init(context: AppContext) {
    strings = context.strings
    navigationHelp = ListSearch.navigationHelp(context: context)
    resultsKeymap = Keymap([
      .init([.enter], .open, hint: strings["hint.open"], help: strings["help.search.open"]),
      .init(
        [.character("/")], .editQuery, hint: strings["hint.query"],
        help: strings["help.search.query"]),
    ])
    queryKeymap = Keymap([
      .init(
        [.enter, .down, .tab], .toResults, hint: strings["hint.toResults"],
        help: strings["help.search.toResults"]),
      .init(
        [.escape], .leave, hint: strings["hint.leaveQuery"], help: strings["help.search.leave"]),
    ])
  }

  package var title: String { strings["section.search"] }
  package var isEditingText: Bool { isTyping }
  package var hints: [KeyHint] {
    guard isTyping else { return resultsKeymap.hints }
    // "To the results" only when there are some to go to.
    return list.selection == nil ? Array(queryKeymap.hints.dropFirst()) : queryKeymap.hints
  }
  package var helpLines: [KeyHint] {
    queryKeymap.helpLines + resultsKeymap.helpLines + navigationHelp
      + [
        KeyHint(keys: "\"…\"", text: strings["help.search.phrase"]),
        KeyHint(keys: strings["help.search.excludeKey"], text: strings["help.search.exclude"]),
      ]
  }

  /// Puts the cursor back on the query line (Ctrl-F), keeping what was typed.
  func focusQuery() {
    isTyping = true
  }

  /// Runs the query again: the data may have changed while another section was shown.
  package func refresh(context: AppContext) {
    run(context: context, keepingSelection: true)
  }

  package func handle(_ key: Key, context: AppContext) -> Navigation {
    isTyping ? handleQuery(key, context: context) : handleResults(key, context: context)
  }

  private func handleQuery(_ key: Key, context: AppContext) -> Navigation {
    switch queryKeymap.action(for: key) {
    case .toResults?:
      if list.selection != nil { isTyping = false }
    case .leave?:
      isTyping = false
    case nil:
      if field.handle(key), field.text != query {
        query = field.text
        // A rebuild after a crash reads every indexed record: say so before the wait.
        if context.community.searchIndexNeedsRebuild() {
          return .work(message: strings["search.rebuilding"]) {
            self.run(context: context, keepingSelection: false)
            return .stay
          }
        }
        run(context: context, keepingSelection: false)
      }
    }
    return .stay
  }

  private func handleResults(_ key: Key, context: AppContext) -> Navigation {
    switch resultsKeymap.action(for: key) {
    case .open?:
      guard let index = list.selection, let hit = results?.hits[index] else { return .stay }
      return SearchResultOpener.open(hit, context: context)
    case .editQuery?:
      isTyping = true
    case nil:
      // ↑ on the first result goes back up to the query line, as in a form.
      if key == .up, list.selection == 0 || list.selection == nil {
        isTyping = true
      } else {
        list.handle(key)
      }
    }
    return .stay
  }

  /// Asks CommunityCore, with the viewer's rights; requests are filtered there, not here.
  ///
  /// Coming back to the same query keeps the chosen result, if it is still found; a changed
  /// query starts from its best result.
  private func run(context: AppContext, keepingSelection: Bool) {
    failure = nil
    let trimmed = query.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else {
      results = nil
      list = ListView()
      return
    }
    var chosen: SearchResult?
    if keepingSelection, let index = list.selection, let hits = results?.hits,
      hits.indices.contains(index)
    {
      chosen = hits[index]
    }
    do {
      let found = try context.community.search(
        trimmed, viewer: context.viewer, limit: SearchScreen.limit, now: context.now())
      results = found
      let kept = chosen.flatMap { old in
        found.hits.firstIndex { $0.kind == old.kind && $0.id == old.id }
      }
      list = ListView(count: found.hits.count, selection: kept ?? 0)
    } catch {
      results = nil
      list = ListView()
      failure = context.describe(error)
    }
    if list.selection == nil { isTyping = true }
  }
}
