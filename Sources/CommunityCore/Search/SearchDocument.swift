/// One searchable record: a news item, service, proposal, practice or request.
///
/// The pair (`kind`, `id`) identifies a document; upserting the same pair replaces it.
package struct SearchDocument: Sendable, Hashable {
  /// What the document is; also decides who may see it (see `SearchViewer`).
  package var kind: SearchKind
  /// The identifier of the record in its own collection.
  package var id: String
  /// The title, which weighs more than the body in ranking.
  package var title: String
  /// The body text.
  package var body: String
  /// Extra filterable values such as a category or topic; matched whole, ignoring case.
  package var fields: [String: String]
  /// The account that owns the record; a request is shown only to officials and its owner.
  package var ownerID: String?

  /// Creates a document.
  package init(
    kind: SearchKind,
    id: String,
    title: String,
    body: String,
    fields: [String: String] = [:],
    ownerID: String? = nil
  ) {
    self.kind = kind
    self.id = id
    self.title = title
    self.body = body
    self.fields = fields
    self.ownerID = ownerID
  }
}
