/// Encodes a document as the bytes the journal and the segments store.
///
/// Layout: kind byte, id, owner flag byte and owner, field count and key/value pairs, title,
/// body; strings are a varint length and UTF-8, except title and body, which are a varint
/// length and `SearchCompactText`. The identity and owner come first so that
/// privacy checks read only the start of a record.
enum SearchDocumentCodec {
  /// Appends `document` to `writer`.
  static func encode(_ document: SearchDocument, into writer: inout SearchByteWriter) {
    writer.bytes.append(document.kind.code)
    writer.appendString(document.id)
    if let owner = document.ownerID {
      writer.bytes.append(1)
      writer.appendString(owner)
    } else {
      writer.bytes.append(0)
    }
    writer.appendVarint(document.fields.count)
    for (key, value) in document.fields.sorted(by: { $0.key < $1.key }) {
      writer.appendString(key)
      writer.appendString(value)
    }
    SearchCompactText.append(document.title, to: &writer)
    SearchCompactText.append(document.body, to: &writer)
  }

  /// Reads the kind, id and owner at the start of a record.
  static func decodeIdentity(
    from reader: inout SearchByteReader
  ) -> (kind: SearchKind, id: String, ownerID: String?)? {
    guard let code = reader.readByte(), let kind = SearchKind(code: code),
      let id = reader.readString(), let hasOwner = reader.readByte()
    else { return nil }
    var owner: String?
    if hasOwner == 1 {
      guard let value = reader.readString() else { return nil }
      owner = value
    }
    return (kind, id, owner)
  }

  /// Reads a whole record, or returns nil when its bytes are damaged.
  static func decode(from reader: inout SearchByteReader) -> SearchDocument? {
    guard let identity = decodeIdentity(from: &reader), let fieldCount = reader.readInt()
    else { return nil }
    var fields: [String: String] = [:]
    for _ in 0..<fieldCount {
      guard let key = reader.readString(), let value = reader.readString() else { return nil }
      fields[key] = value
    }
    guard let title = SearchCompactText.read(from: &reader),
      let body = SearchCompactText.read(from: &reader)
    else { return nil }
    return SearchDocument(
      kind: identity.kind, id: identity.id, title: title, body: body, fields: fields,
      ownerID: identity.ownerID)
  }
}
