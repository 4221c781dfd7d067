/// A parsed query: the words and phrases a document must have, and those it must not.
///
/// Syntax: words separated by spaces must all match (AND); `"two words"` must match as a
/// phrase, word forms free; `-word` or `-"a phrase"` excludes documents. A word that splits
/// into several tokens ("Івано-Франківськ") is matched as a phrase.
struct SearchQuery: Sendable, Hashable {
  /// A word (one entry) or a phrase (several, adjacent in this order).
  struct Clause: Sendable, Hashable {
    /// The words, in order.
    var words: [QueryWord]
  }

  /// Most positive clauses used; more are ignored so the match mask fits 32 bits.
  static let maxClauses = 24

  /// Clauses every result must match (or, in the OR fallback, at least one).
  var required: [Clause] = []
  /// Clauses no result may match.
  var excluded: [Clause] = []

  /// Parses `text`.
  init(parsing text: String) {
    var chunk = ""
    var negated = false
    var inQuotes = false
    func finish(phrase: Bool) {
      defer {
        chunk = ""
        negated = false
      }
      let words = Self.words(in: chunk)
      guard !words.isEmpty else { return }
      if negated {
        excluded.append(Clause(words: words))
      } else if required.count < Self.maxClauses {
        required.append(Clause(words: words))
      }
    }
    for character in text {
      if inQuotes {
        if character == "\"" || character == "“" || character == "”" || character == "«"
          || character == "»"
        {
          inQuotes = false
          finish(phrase: true)
        } else {
          chunk.append(character)
        }
      } else if character == "\"" || character == "“" || character == "«" {
        if !chunk.isEmpty { finish(phrase: false) }
        inQuotes = true
      } else if character.isWhitespace {
        finish(phrase: false)
      } else if character == "-" && chunk.isEmpty && !negated {
        negated = true
      } else {
        chunk.append(character)
      }
    }
    finish(phrase: inQuotes)
  }

  /// True when nothing is required, so nothing can match.
  var isEmpty: Bool { required.isEmpty }

  /// Every word of the required clauses, for highlighting.
  var highlightWords: [QueryWord] { required.flatMap(\.words) }

  /// Splits a chunk of query text into analysed words.
  private static func words(in text: String) -> [QueryWord] {
    var copy = text
    var result: [QueryWord] = []
    copy.withUTF8 { utf8 in
      var scanner = SearchTokenScanner(utf8)
      var folded: [UInt8] = []
      while scanner.next(into: &folded) != nil { result.append(QueryWord(form: folded)) }
    }
    return result
  }
}
