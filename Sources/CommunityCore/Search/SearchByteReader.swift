/// Reads what `SearchByteWriter` wrote from raw memory, refusing to read past the end.
///
/// Index files are mapped, not validated whole at open, so every read is bounds-checked:
/// a damaged file makes a read return nil instead of crashing the process.
struct SearchByteReader {
  private let base: UnsafeRawBufferPointer
  /// The number of readable bytes.
  let count: Int
  /// The next byte to read.
  var offset: Int

  /// Creates a reader over a buffer, which must outlive the reader.
  init(_ buffer: UnsafeRawBufferPointer, offset: Int = 0) {
    self.base = buffer
    self.count = buffer.count
    self.offset = offset
  }

  /// True when every byte has been read.
  var isAtEnd: Bool { offset >= count }

  /// Reads a varint, or returns nil when it runs past the end or is too long.
  @inline(__always)
  mutating func readVarint() -> UInt64? {
    // Most numbers in postings are below 128: one byte, one branch.
    if offset < count {
      let first = base.load(fromByteOffset: offset, as: UInt8.self)
      if first < 0x80 {
        offset += 1
        return UInt64(first)
      }
    }
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while offset < count {
      let byte = base.load(fromByteOffset: offset, as: UInt8.self)
      offset += 1
      result |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return result }
      shift += 7
      if shift > 63 { return nil }
    }
    return nil
  }

  /// Reads a varint that must fit an `Int` no larger than `limit`.
  @inline(__always)
  mutating func readInt(limit: Int = Int(Int32.max)) -> Int? {
    guard let value = readVarint(), value <= UInt64(limit) else { return nil }
    return Int(value)
  }

  /// Skips `length` bytes; returns false, reading nothing, when fewer are left.
  @inline(__always)
  mutating func skip(_ length: Int) -> Bool {
    guard length >= 0, length <= count - offset else { return false }
    offset += length
    return true
  }

  /// Reads one byte.
  mutating func readByte() -> UInt8? {
    guard offset < count else { return nil }
    defer { offset += 1 }
    return base.load(fromByteOffset: offset, as: UInt8.self)
  }

  /// Reads a little-endian 32-bit integer.
  mutating func readUInt32() -> UInt32? {
    guard offset + 4 <= count else { return nil }
    defer { offset += 4 }
    return UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
  }

  /// Reads a little-endian 64-bit integer.
  mutating func readUInt64() -> UInt64? {
    guard offset + 8 <= count else { return nil }
    defer { offset += 8 }
    return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  /// Reads `length` bytes as a buffer into the same memory.
  mutating func readBytes(_ length: Int) -> UnsafeRawBufferPointer? {
    guard length >= 0, offset + length <= count else { return nil }
    defer { offset += length }
    return UnsafeRawBufferPointer(rebasing: base[offset..<(offset + length)])
  }

  /// Reads a string written by `SearchByteWriter.appendString`, or nil when it is not valid UTF-8.
  mutating func readString() -> String? {
    guard let length = readInt(), let raw = readBytes(length) else { return nil }
    return String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self)
  }
}
