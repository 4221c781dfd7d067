/// Encodes the deleted documents of one segment as an immutable file.
///
/// Layout: magic "HRMDDEL1", document count u32, the bitset words u64, CRC-32 of all before.
/// A segment's deletions change by writing a new file under a new name and committing it in
/// the manifest, so the segment file itself is never rewritten.
enum SearchDeletionFile {
  private static let magic: [UInt8] = Array("HRMDDEL1".utf8)

  /// Encodes `deleted`.
  static func encode(_ deleted: SearchDocumentBitset) -> [UInt8] {
    var writer = SearchByteWriter(capacity: 16 + deleted.words.count * 8)
    writer.bytes.append(contentsOf: magic)
    writer.appendUInt32(UInt32(deleted.capacity))
    for word in deleted.words { writer.appendUInt64(word) }
    writer.appendUInt32(SearchCRC32.checksum(writer.bytes))
    return writer.bytes
  }

  /// Decodes a file written by `encode`, checking it belongs to a segment of `documentCount`.
  static func decode(
    _ bytes: [UInt8], documentCount: Int, file: String
  ) throws(SearchError) -> SearchDocumentBitset {
    guard bytes.count >= 16, Array(bytes[0..<8]) == magic else {
      throw .corrupt(file, "not a deletion file")
    }
    let bitset = bytes.withUnsafeBytes { raw -> SearchDocumentBitset? in
      var reader = SearchByteReader(raw, offset: 8)
      guard let count = reader.readUInt32(), Int(count) == documentCount else { return nil }
      var words: [UInt64] = []
      for _ in 0..<((documentCount + 63) / 64) {
        guard let word = reader.readUInt64() else { return nil }
        words.append(word)
      }
      let end = reader.offset
      guard
        reader.readUInt32() == SearchCRC32.checksum(UnsafeRawBufferPointer(rebasing: raw[0..<end]))
      else { return nil }
      return SearchDocumentBitset(capacity: documentCount, words: words)
    }
    guard let bitset else { throw .corrupt(file, "damaged or for another segment") }
    return bitset
  }
}
