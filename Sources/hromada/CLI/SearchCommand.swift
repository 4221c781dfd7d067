import ArgumentParser
import CommunityCore
import CommunityTUI
import Foundation
import HromadaResources

#if canImport(Glibc)
import Glibc
#endif

/// `hromada search QUERY`: one search over news, services, proposals, practices and requests.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search everything the community holds, best matches first.",
    discussion: """
      Every word must match, in any inflected form (громада finds громади, громадою); \
      "words in quotes" match as a phrase, -word excludes. Requests are found by officials \
      and by their applicant only.
      """)

  /// The `--kind` values, plural like the other commands' names.
  enum Kind: String, CaseIterable, ExpressibleByArgument {
    case news, services, proposals, practices, requests

    var searchKind: SearchKind {
      switch self {
      case .news: .news
      case .services: .service
      case .proposals: .proposal
      case .practices: .practice
      case .requests: .request
      }
    }
  }

  @OptionGroup var global: GlobalOptions
  @Argument(help: "What to look for.") var query: String
  @Option(help: "Only this kind; repeat for several.") var kind: [Kind] = []
  @Option(help: "How many results.") var limit = 20
  @Flag(help: "Print JSON.") var json = false

  func run() throws {
    try runReporting {
      let community = try global.openCommunity()
      let viewer = try global.viewer(in: community)
      // A rebuild reads every indexed record: say so (on standard error, which keeps --json
      // clean) before the wait.
      if community.searchIndexNeedsRebuild() {
        let note = "hromada: " + (try global.strings())["search.rebuilding"] + "\n"
        FileHandle.standardError.write(Data(note.utf8))
      }
      let results = try community.search(
        query, viewer: viewer, kinds: kind.isEmpty ? nil : Set(kind.map(\.searchKind)),
        limit: max(0, limit))
      if json { return try Output.json(results.hits.map(SearchHitJSON.init)) }
      let strings = try global.strings()
      print(SearchResultText(strings: strings, emphasis: .forStandardOutput).render(results))
    }
  }
}

/// One result as `--json` prints it.
struct SearchHitJSON: Encodable {
  var kind: String
  var id: String
  var title: String
  var score: Double
  var snippet: String
  /// The words of the title and snippet that matched, as they are written there.
  var matched: [String]

  init(_ hit: SearchResult) {
    kind = hit.kind.rawValue
    id = hit.id
    title = hit.title
    score = (hit.score * 1000).rounded() / 1000
    snippet = hit.snippet.text
    var words: [String] = []
    for range in hit.titleHighlights { words.append(String(hit.title[range])) }
    for range in hit.snippet.highlights { words.append(String(hit.snippet.text[range])) }
    var seen = Set<String>()
    matched = words.filter { seen.insert($0.lowercased()).inserted }
  }
}
