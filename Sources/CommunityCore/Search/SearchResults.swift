/// The answer to one search: the best documents and how the query was matched.
package struct SearchResults: Sendable, Hashable {
  /// The best documents, highest score first, at most `SearchOptions.limit` of them.
  package let hits: [SearchResult]
  /// How many visible documents matched in all, of which `hits` is the top.
  package let totalCount: Int
  /// False when no document had every word, so the results are those with any word (OR),
  /// ranked with documents having more of the words first; the interface can say so.
  package let matchedAllWords: Bool

  /// Creates results.
  package init(hits: [SearchResult], totalCount: Int, matchedAllWords: Bool) {
    self.hits = hits
    self.totalCount = totalCount
    self.matchedAllWords = matchedAllWords
  }
}
