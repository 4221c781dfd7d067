/// One document found by a search, with what the interface needs to show it.
package struct SearchResult: Sendable, Hashable {
  /// The kind of the document.
  package let kind: SearchKind
  /// The identifier of the document.
  package let id: String
  /// The title as plain one-line text.
  package let title: String
  /// The words of `title` that matched the query.
  package let titleHighlights: [Range<String.Index>]
  /// The relevance (BM25F); only the order matters, not the scale.
  package let score: Double
  /// An excerpt around the first match in the body, or the body's start when only the title
  /// matched.
  package let snippet: SearchSnippet

  /// Creates a result.
  package init(
    kind: SearchKind,
    id: String,
    title: String,
    titleHighlights: [Range<String.Index>],
    score: Double,
    snippet: SearchSnippet
  ) {
    self.kind = kind
    self.id = id
    self.title = title
    self.titleHighlights = titleHighlights
    self.score = score
    self.snippet = snippet
  }
}
