import CommunityCore
import CommunityTUI
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// How the command line marks the words that matched.
enum SearchEmphasis {
  /// «guillemets», for pipes, files and terminals without colour.
  case guillemets
  /// Bold, for a terminal.
  case bold

  var open: String { self == .bold ? "\u{1B}[1m" : "«" }
  var close: String { self == .bold ? "\u{1B}[22m" : "»" }

  /// Bold on a terminal unless `NO_COLOR` is set or the terminal is dumb; guillemets otherwise.
  static var forStandardOutput: SearchEmphasis {
    let environment = ProcessInfo.processInfo.environment
    guard isatty(STDOUT_FILENO) == 1, environment["NO_COLOR"] == nil,
      environment["TERM"] != "dumb"
    else { return .guillemets }
    return .bold
  }
}

/// Search results as people read them: a count, then each result's kind, id and title on one
/// line and its snippet indented below, the matched words marked.
struct SearchResultText {
  let strings: Strings
  let emphasis: SearchEmphasis

  func render(_ results: SearchResults) -> String {
    guard !results.hits.isEmpty else { return strings["search.cli.none"] }
    var lines: [String] = []
    if !results.matchedAllWords { lines.append(strings["search.cli.anyWord"]) }
    lines.append(
      results.totalCount > results.hits.count
        ? strings.format("search.cli.shown", results.totalCount, results.hits.count)
        : strings.format("search.cli.found", results.totalCount))
    for hit in results.hits {
      lines.append("")
      let label = strings["search.kind." + hit.kind.rawValue]
      let title = marked(hit.title, hit.titleHighlights)
      lines.append("[\(label) \(TextRules.sanitized(hit.id))] \(title)")
      if !hit.snippet.text.isEmpty {
        lines.append("    " + marked(hit.snippet.text, hit.snippet.highlights))
      }
    }
    return lines.joined(separator: "\n")
  }

  /// `text` with `highlights` wrapped in the emphasis marks; each piece is sanitised on its
  /// own, because the text comes from stored data and the marks must survive.
  func marked(_ text: String, _ highlights: [Range<String.Index>]) -> String {
    var result = ""
    var cursor = text.startIndex
    for range in highlights where range.lowerBound >= cursor {
      result += TextRules.sanitized(String(text[cursor..<range.lowerBound]))
      result += emphasis.open + TextRules.sanitized(String(text[range])) + emphasis.close
      cursor = range.upperBound
    }
    return result + TextRules.sanitized(String(text[cursor...]))
  }
}
