import Foundation

/// The fixed numbers of the immutable segment file format.
///
/// A segment is one file: a 160-byte header, then the stored documents, the document table
/// (16 bytes a document: stored offset u64, body tokens u32, title tokens u16, kind u8, flags
/// u8), the key index (u32 numbers of the newest document of each key, sorted by kind and
/// id), the tail table (the inflectional endings the stemmer stripped, numbered), the term
/// dictionary (24 bytes a term, sorted by term bytes so a lookup is a binary search), the term
/// bytes, and the postings. The postings of a term list, per document: the gap from the
/// previous document number, the number of distinct tails, per tail its number and its title
/// and body counts, then the byte length of the positions block and the block (gaps between
/// positions), all varints; scoring reads the counts and skips the block, phrases read it.
/// Title positions come first; body positions start after a gap of one so a phrase never spans
/// title and body. Integers are little-endian.
enum SegmentLayout {
  /// The first eight bytes of every segment file.
  static let magic: [UInt8] = Array("HRMDSEG1".utf8)
  /// The header size in bytes.
  static let headerSize = 160
  /// Bytes per document-table entry.
  static let docEntrySize = 16
  /// Bytes per term-dictionary entry.
  static let termEntrySize = 24
  /// Most title tokens counted, so the count fits 16 bits.
  static let maxTitleTokens = 60_000
  /// Marks field terms ("category=освіта") apart from words; no word starts with this byte.
  static let fieldTermMarker: UInt8 = 0x01

  /// Header byte offsets.
  enum Header {
    static let docCount = 8
    static let termCount = 12
    static let tailCount = 16
    static let keyCount = 20
    static let totalTitleTokens = 24
    static let totalBodyTokens = 32
    static let storedOffset = 40
    static let storedLength = 48
    static let docTableOffset = 56
    static let keyIndexOffset = 64
    static let tailTableOffset = 72
    static let tailTableLength = 80
    static let termDictOffset = 88
    static let termBlobOffset = 96
    static let termBlobLength = 104
    static let postingsOffset = 112
    static let postingsLength = 120
    static let checksum = 152
  }

  /// The term a field filter is stored under: marker, folded key, "=", folded value.
  static func fieldTerm(key: String, value: String) -> [UInt8] {
    let folded = "\(fold(key))=\(fold(value))"
    return [fieldTermMarker] + Array(folded.utf8)
  }

  /// Folds a field key or value: composed, lowercased, trimmed.
  private static func fold(_ text: String) -> String {
    text.precomposedStringWithCanonicalMapping.lowercased()
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
