/// Appends little-endian integers, LEB128 varints and strings to a growing byte buffer.
struct SearchByteWriter {
  /// The bytes written so far.
  var bytes: [UInt8] = []

  /// Creates an empty writer, reserving `capacity` bytes.
  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Appends `value` as 7-bit groups, low first, so small numbers take one byte.
  @inline(__always)
  mutating func appendVarint(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  /// Appends a varint of an `Int` that is known to be non-negative.
  @inline(__always)
  mutating func appendVarint(_ value: Int) {
    appendVarint(UInt64(max(0, value)))
  }

  /// Appends a fixed-width little-endian 32-bit integer.
  mutating func appendUInt32(_ value: UInt32) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// Appends a fixed-width little-endian 64-bit integer.
  mutating func appendUInt64(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// Appends a string as a varint byte count and its UTF-8.
  mutating func appendString(_ value: String) {
    var copy = value
    copy.withUTF8 { utf8 in
      appendVarint(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  /// Overwrites four bytes at `offset` with a little-endian 32-bit integer.
  mutating func setUInt32(_ value: UInt32, at offset: Int) {
    withUnsafeBytes(of: value.littleEndian) { raw in
      for index in 0..<4 { bytes[offset + index] = raw[index] }
    }
  }

  /// Overwrites eight bytes at `offset` with a little-endian 64-bit integer.
  mutating func setUInt64(_ value: UInt64, at offset: Int) {
    withUnsafeBytes(of: value.littleEndian) { raw in
      for index in 0..<8 { bytes[offset + index] = raw[index] }
    }
  }
}
