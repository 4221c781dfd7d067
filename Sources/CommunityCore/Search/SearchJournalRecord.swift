/// One write recorded in the journal: a document added or replaced, or one removed.
enum SearchJournalRecord: Sendable, Equatable {
  /// The document was added or replaced.
  case upsert(SearchDocument)
  /// The document with this key was removed.
  case remove(SearchDocumentKey)

  /// The document this record is about.
  var key: SearchDocumentKey {
    switch self {
    case .upsert(let document): SearchDocumentKey(document)
    case .remove(let key): key
    }
  }

  /// Encodes the record as a journal payload: an operation byte, then the document or key.
  func encoded() -> [UInt8] {
    var writer = SearchByteWriter()
    switch self {
    case .upsert(let document):
      writer.bytes.append(1)
      SearchDocumentCodec.encode(document, into: &writer)
    case .remove(let key):
      writer.bytes.append(2)
      writer.bytes.append(key.kind.code)
      writer.appendString(key.id)
    }
    return writer.bytes
  }

  /// Decodes a payload written by `encoded()`, or returns nil for damaged bytes.
  init?(payload: UnsafeRawBufferPointer) {
    var reader = SearchByteReader(payload)
    switch reader.readByte() {
    case 1:
      guard let document = SearchDocumentCodec.decode(from: &reader) else { return nil }
      self = .upsert(document)
    case 2:
      guard let code = reader.readByte(), let kind = SearchKind(code: code),
        let id = reader.readString()
      else { return nil }
      self = .remove(SearchDocumentKey(kind: kind, id: id))
    default:
      return nil
    }
  }
}
