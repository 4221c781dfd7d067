/// Stores Ukrainian text in about one byte a letter instead of UTF-8's two.
///
/// Titles and bodies are most of an index's size, and Cyrillic letters take two bytes in
/// UTF-8. Here a byte below 0x80 is ASCII, 0x80–0xBF are А…я (U+0410–U+044F), 0xC0 and up
/// are the other frequent characters of Ukrainian text (і ї є ґ, apostrophes, quotes,
/// dashes), and 0xFF escapes any other character, followed by its UTF-8. Decoding goes
/// through a byte table back to UTF-8, so it costs about as much as copying.
enum SearchCompactText {
  /// The characters with a byte of their own from 0xC0 on; append only, never reorder.
  private static let extras: [UInt32] = [
    0x0456, 0x0457, 0x0454, 0x0491, 0x0406, 0x0407, 0x0404, 0x0490, 0x2019, 0x02BC, 0x00AB,
    0x00BB, 0x2014, 0x2013, 0x2026, 0x2116, 0x201C, 0x201D, 0x201E, 0x00A0, 0x00B0, 0x20B4,
    0x0301, 0x0451, 0x0401,
  ]
  private static let escape: UInt8 = 0xFF

  /// The UTF-8 of each byte value, packed into one integer.
  ///
  /// The length is in the top byte and the bytes below it, first byte lowest; zero marks the
  /// escape and unused values. Flat integers keep decoding free of reference counting.
  private static let utf8: [UInt32] = (0..<256).map { byte -> UInt32 in
    var output: [UInt8] = []
    switch byte {
    case 0..<0x80: output.append(UInt8(byte))
    case 0x80..<0xC0: SearchTokenScanner.append(UInt32(0x0410 + byte - 0x80), to: &output)
    case 0xC0..<(0xC0 + extras.count): SearchTokenScanner.append(extras[byte - 0xC0], to: &output)
    default: break
    }
    var packed = UInt32(output.count) << 24
    for (index, value) in output.enumerated() { packed |= UInt32(value) << (8 * UInt32(index)) }
    return packed
  }

  /// The byte of each extra character.
  private static let extraBytes: [UInt32: UInt8] = Dictionary(
    uniqueKeysWithValues: extras.enumerated().map { ($1, UInt8(0xC0 + $0)) })

  /// Appends `text` as a varint length and its compact bytes.
  static func append(_ text: String, to writer: inout SearchByteWriter) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        bytes.append(UInt8(value))
      } else if value >= 0x0410 && value <= 0x044F {
        bytes.append(UInt8(0x80 + value - 0x0410))
      } else if let byte = extraBytes[value] {
        bytes.append(byte)
      } else {
        bytes.append(escape)
        SearchTokenScanner.append(value, to: &bytes)
      }
    }
    writer.appendVarint(bytes.count)
    writer.bytes.append(contentsOf: bytes)
  }

  /// Reads text written by `append`, or returns nil for damaged bytes.
  static func read(from reader: inout SearchByteReader) -> String? {
    guard let length = reader.readInt(), let raw = reader.readBytes(length) else { return nil }
    var output: [UInt8] = []
    output.reserveCapacity(length * 2)
    var index = 0
    while index < raw.count {
      let byte = raw[index]
      index += 1
      if byte < 0x80 {
        output.append(byte)
      } else if byte == escape {
        guard index < raw.count else { return nil }
        let lead = raw[index]
        let count = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + count <= raw.count else { return nil }
        output.append(contentsOf: raw[index..<(index + count)])
        index += count
      } else {
        let packed = utf8[Int(byte)]
        let length = packed >> 24
        guard length > 0 else { return nil }
        output.append(UInt8(truncatingIfNeeded: packed))
        if length > 1 { output.append(UInt8(truncatingIfNeeded: packed >> 8)) }
        if length > 2 { output.append(UInt8(truncatingIfNeeded: packed >> 16)) }
      }
    }
    return String(validating: output, as: UTF8.self)
  }
}
