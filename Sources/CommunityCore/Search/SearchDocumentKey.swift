/// The identity of a document in the index: its kind and id together.
package struct SearchDocumentKey: Hashable, Sendable {
  /// The kind of the document.
  package let kind: SearchKind
  /// The id of the document within its kind.
  package let id: String

  /// Creates the key of a document.
  package init(kind: SearchKind, id: String) {
    self.kind = kind
    self.id = id
  }

  /// Creates the key of `document`.
  init(_ document: SearchDocument) {
    self.init(kind: document.kind, id: document.id)
  }

  /// Orders keys the way segment files store them: by kind byte, then id bytes.
  static func precedes(_ lhs: SearchDocumentKey, _ rhs: SearchDocumentKey) -> Bool {
    if lhs.kind.code != rhs.kind.code { return lhs.kind.code < rhs.kind.code }
    return lhs.id.utf8.lexicographicallyPrecedes(rhs.id.utf8)
  }
}
