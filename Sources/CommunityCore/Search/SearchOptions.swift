/// Narrows and sizes a search beyond the query text.
package struct SearchOptions: Sendable, Hashable {
  /// The most results to return, best first.
  package var limit: Int
  /// Only these kinds, or every kind when nil.
  package var kinds: Set<SearchKind>?
  /// Extra fields every result must have, compared whole and ignoring case.
  package var fields: [String: String]
  /// Whether to cut snippets and mark titles; counting or listing ids needs neither.
  package var includesSnippets: Bool
  /// Documents left out, whatever they match.
  ///
  /// For documents whose visibility depends on the moment or on a status the index does not
  /// store (scheduled news, proposals not on the ballot). Each key costs one lookup per
  /// segment, so keep the set to the few that are hidden.
  package var hidden: Set<SearchDocumentKey>

  /// Creates options; the defaults return the best 20 results of every kind.
  package init(
    limit: Int = 20, kinds: Set<SearchKind>? = nil, fields: [String: String] = [:],
    includesSnippets: Bool = true, hidden: Set<SearchDocumentKey> = []
  ) {
    self.limit = limit
    self.kinds = kinds
    self.fields = fields
    self.includesSnippets = includesSnippets
    self.hidden = hidden
  }
}
