/// Reads one immutable segment file in place, without decoding it at open.
///
/// Opening checks the header and section bounds and reads the small tail table; everything
/// else (terms, postings, stored documents) is looked up on demand in the mapped bytes, which
/// is why start-up time does not grow with the number of documents.
final class SegmentReader: Sendable {
  /// Where a term's postings are.
  struct TermInfo: Sendable {
    /// In how many documents of this segment the term occurs.
    let documentFrequency: Int
    /// The postings' offset from the start of the postings section.
    let offset: Int
    /// The postings' length in bytes.
    let length: Int
  }

  /// The per-document numbers scoring needs.
  struct DocumentInfo {
    /// The kind byte.
    let kindCode: UInt8
    /// Tokens in the title; body positions start at this plus one.
    let titleTokens: Int
    /// Tokens in the body.
    let bodyTokens: Int
  }

  /// The file name, for error messages.
  let name: String
  /// How many documents the segment holds, replaced and deleted ones included.
  let documentCount: Int
  /// Sum of title tokens over all documents, for the average length in BM25.
  let totalTitleTokens: UInt64
  /// Sum of body tokens over all documents.
  let totalBodyTokens: UInt64

  private let region: SearchMappedRegion
  private let termCount: Int
  private let storedRange: Range<Int>
  private let docTableOffset: Int
  private let keyIndexOffset: Int
  private let keyCount: Int
  private let termDictOffset: Int
  private let termBlobRange: Range<Int>
  private let postingsRange: Range<Int>
  private let tailIDs: [[UInt8]: UInt32]

  /// Opens the segment held in `region`, checking its header and section bounds.
  init(region: SearchMappedRegion, name: String) throws(SearchError) {
    self.region = region
    self.name = name
    var header = SearchByteReader(region.bytes)
    typealias Field = SegmentLayout.Header
    guard region.bytes.count >= SegmentLayout.headerSize,
      Array(region.bytes[0..<8]) == SegmentLayout.magic
    else { throw .corrupt(name, "not a segment file (bad magic)") }
    let stamped = SearchCRC32.checksum(
      UnsafeRawBufferPointer(rebasing: region.bytes[0..<Field.checksum]))
    header.offset = Field.checksum
    guard header.readUInt32() == stamped else { throw .corrupt(name, "header checksum mismatch") }

    func field(_ offset: Int) -> Int {
      header.offset = offset
      return Int(clamping: header.readUInt64() ?? UInt64.max)
    }
    func count(_ offset: Int) -> Int {
      header.offset = offset
      return Int(header.readUInt32() ?? 0)
    }
    documentCount = count(Field.docCount)
    termCount = count(Field.termCount)
    totalTitleTokens = UInt64(field(Field.totalTitleTokens))
    totalBodyTokens = UInt64(field(Field.totalBodyTokens))
    let size = region.bytes.count
    func range(_ start: Int, _ length: Int) throws(SearchError) -> Range<Int> {
      guard start >= SegmentLayout.headerSize, length >= 0, start <= size - length else {
        throw .corrupt(name, "a section lies outside the file")
      }
      return start..<(start + length)
    }
    storedRange = try range(field(Field.storedOffset), field(Field.storedLength))
    docTableOffset =
      try range(field(Field.docTableOffset), documentCount * SegmentLayout.docEntrySize)
      .lowerBound
    keyCount = min(count(Field.keyCount), documentCount)
    keyIndexOffset = try range(field(Field.keyIndexOffset), keyCount * 4).lowerBound
    termDictOffset =
      try range(field(Field.termDictOffset), termCount * SegmentLayout.termEntrySize).lowerBound
    termBlobRange = try range(field(Field.termBlobOffset), field(Field.termBlobLength))
    postingsRange = try range(field(Field.postingsOffset), field(Field.postingsLength))
    let tailRange = try range(field(Field.tailTableOffset), field(Field.tailTableLength))
    let tailCount = count(Field.tailCount)

    var tails = SearchByteReader(UnsafeRawBufferPointer(rebasing: region.bytes[tailRange]))
    var ids: [[UInt8]: UInt32] = [:]
    for id in 0..<tailCount {
      guard let length = tails.readInt(limit: 1024), let raw = tails.readBytes(length) else {
        throw .corrupt(name, "the tail table is cut short")
      }
      ids[Array(raw)] = UInt32(id)
    }
    tailIDs = ids
  }

  /// Returns the number of a stripped ending in this segment, or nil when no word has it.
  func tailID(_ tail: ArraySlice<UInt8>) -> UInt32? {
    tailIDs[Array(tail)]
  }

  /// Looks a term up by binary search in the sorted dictionary.
  func term(_ term: [UInt8]) -> TermInfo? {
    let index = lowerBound(term)
    guard index < termCount, compareTerm(at: index, with: term) == 0 else { return nil }
    return info(at: index)
  }

  /// Returns up to `limit` terms that start with `prefix` and are at most `extraBytes` longer,
  /// the prefix itself excluded.
  func terms(
    withPrefix prefix: [UInt8], extraBytes: Int, limit: Int
  ) -> [(term: [UInt8], info: TermInfo)] {
    var found: [(term: [UInt8], info: TermInfo)] = []
    var index = lowerBound(prefix)
    while index < termCount && found.count < limit {
      let bytes = termBytes(at: index)
      guard bytes.starts(with: prefix) else { break }
      if bytes.count > prefix.count && bytes.count <= prefix.count + extraBytes,
        let info = info(at: index)
      {
        found.append((Array(bytes), info))
      }
      index += 1
    }
    return found
  }

  /// Returns a reader over a term's postings.
  func postings(_ info: TermInfo) -> SearchByteReader {
    let start = postingsRange.lowerBound + info.offset
    return SearchByteReader(
      UnsafeRawBufferPointer(rebasing: region.bytes[start..<(start + info.length)]))
  }

  /// Returns the kind and token counts of document `number`.
  @inline(__always)
  func documentInfo(_ number: Int) -> DocumentInfo {
    let base = docTableOffset + number * SegmentLayout.docEntrySize
    let bytes = region.bytes
    let body = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: base + 8, as: UInt32.self))
    let title = Int(bytes[base + 12]) | Int(bytes[base + 13]) << 8
    return DocumentInfo(kindCode: bytes[base + 14], titleTokens: title, bodyTokens: Int(body))
  }

  /// Decodes the whole stored document `number`, or nil when its bytes are damaged.
  func document(_ number: Int) -> SearchDocument? {
    guard var reader = storedReader(number) else { return nil }
    return SearchDocumentCodec.decode(from: &reader)
  }

  /// Decodes just the kind, id and owner of document `number`.
  func identity(_ number: Int) -> (kind: SearchKind, id: String, ownerID: String?)? {
    guard var reader = storedReader(number) else { return nil }
    return SearchDocumentCodec.decodeIdentity(from: &reader)
  }

  /// Finds the number of the document with `key` by binary search in the key index.
  func find(_ key: SearchDocumentKey) -> Int? {
    var low = 0
    var high = keyCount
    while low < high {
      let middle = (low + high) / 2
      let number = keyIndexEntry(middle)
      guard let identity = identity(number) else { return nil }
      let current = SearchDocumentKey(kind: identity.kind, id: identity.id)
      if current == key { return number }
      if SearchDocumentKey.precedes(current, key) { low = middle + 1 } else { high = middle }
    }
    return nil
  }

  /// Returns the keys of every document in number order, for merging segments.
  func documentKey(_ number: Int) -> SearchDocumentKey? {
    identity(number).map { SearchDocumentKey(kind: $0.kind, id: $0.id) }
  }

  private func keyIndexEntry(_ index: Int) -> Int {
    let offset = keyIndexOffset + index * 4
    let raw = region.bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
    return min(Int(UInt32(littleEndian: raw)), max(0, documentCount - 1))
  }

  private func storedReader(_ number: Int) -> SearchByteReader? {
    guard number >= 0 && number < documentCount else { return nil }
    let base = docTableOffset + number * SegmentLayout.docEntrySize
    let raw = region.bytes.loadUnaligned(fromByteOffset: base, as: UInt64.self)
    let offset = Int(clamping: UInt64(littleEndian: raw))
    guard offset < storedRange.count else { return nil }
    return SearchByteReader(
      UnsafeRawBufferPointer(rebasing: region.bytes[storedRange]), offset: offset)
  }

  private func info(at index: Int) -> TermInfo? {
    var reader = SearchByteReader(region.bytes, offset: termDictOffset + index * 24 + 8)
    guard let frequency = reader.readUInt32(), let length = reader.readUInt32(),
      let offset = reader.readUInt64()
    else { return nil }
    let start = Int(clamping: offset)
    guard start <= postingsRange.count, Int(length) <= postingsRange.count - start else {
      return nil
    }
    return TermInfo(documentFrequency: Int(frequency), offset: start, length: Int(length))
  }

  private func termBytes(at index: Int) -> UnsafeRawBufferPointer {
    var reader = SearchByteReader(region.bytes, offset: termDictOffset + index * 24)
    let offset = Int(reader.readUInt32() ?? 0)
    let length = Int(reader.readUInt32() ?? 0)
    guard offset <= termBlobRange.count, length <= termBlobRange.count - offset else {
      return UnsafeRawBufferPointer(rebasing: region.bytes[0..<0])
    }
    let start = termBlobRange.lowerBound + offset
    return UnsafeRawBufferPointer(rebasing: region.bytes[start..<(start + length)])
  }

  /// Compares the term at `index` with `term` byte by byte: negative, zero or positive.
  private func compareTerm(at index: Int, with term: [UInt8]) -> Int {
    let bytes = termBytes(at: index)
    let shared = min(bytes.count, term.count)
    for offset in 0..<shared where bytes[offset] != term[offset] {
      return Int(bytes[offset]) - Int(term[offset])
    }
    return bytes.count - term.count
  }

  /// The index of the first term not less than `term`.
  private func lowerBound(_ term: [UInt8]) -> Int {
    var low = 0
    var high = termCount
    while low < high {
      let middle = (low + high) / 2
      if compareTerm(at: middle, with: term) < 0 { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
