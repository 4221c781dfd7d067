import Foundation

/// Splits UTF-8 text into folded search tokens, remembering the bytes each token came from.
///
/// Folding is what makes "Громада", "ГРОМАДА" and "громада" one word: letters are lowered
/// (Ґ, Є, І, Ї included), the apostrophe variants ' ’ ʼ ʹ ` inside a word become one "'",
/// a decomposed "й" or "ї" (NFD) becomes the composed letter, and other combining marks such
/// as stress accents are dropped. Working on bytes instead of `Character`s keeps indexing
/// fast; the slow path through Unicode properties is taken only outside Latin and Cyrillic.
struct SearchTokenScanner {
  /// Longest folded token kept, in bytes; longer words are cut so terms stay small.
  static let maxTokenBytes = 96

  private let bytes: UnsafeBufferPointer<UInt8>
  private var offset = 0

  /// Creates a scanner over `bytes`, which must stay valid while the scanner is used.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Finds the next token, writes its folded UTF-8 into `folded` and returns the source
  /// byte range it covers, or returns nil at the end of the text.
  mutating func next(into folded: inout [UInt8]) -> Range<Int>? {
    folded.removeAll(keepingCapacity: true)
    var start = -1
    var end = 0
    var lastScalar: UInt32 = 0
    var lastLength = 0
    while offset < bytes.count {
      let (value, length) = decode(at: offset)
      let kind = Self.classify(value)
      switch kind {
      case .word(let folded1):
        if start < 0 { start = offset }
        if folded.count + 4 <= Self.maxTokenBytes {
          lastLength = Self.append(folded1, to: &folded)
          lastScalar = folded1
        } else {
          lastLength = 0
        }
        offset += length
        end = offset
      case .combining(let mark):
        offset += length
        guard start >= 0 else { continue }
        end = offset
        if let composed = Self.compose(lastScalar, mark), lastLength > 0 {
          folded.removeLast(lastLength)
          lastLength = Self.append(composed, to: &folded)
          lastScalar = composed
        }
      case .ignorable:
        offset += length
        if start >= 0 { end = offset }
      case .apostrophe:
        guard start >= 0 else {
          offset += length
          continue
        }
        let after = offset + length
        if after < bytes.count, case .word = Self.classify(decode(at: after).0) {
          if folded.count + 1 <= Self.maxTokenBytes {
            folded.append(0x27)
            lastScalar = 0x27
            lastLength = 1
          }
          offset = after
        } else {
          offset = after
          return start..<end
        }
      case .separator:
        offset += length
        if start >= 0 { return start..<end }
      }
    }
    return start >= 0 ? start..<end : nil
  }

  /// Decodes the scalar at byte `index`; invalid or cut sequences read as U+FFFD.
  @inline(__always)
  private func decode(at index: Int) -> (UInt32, Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let length: Int
    var value: UInt32
    if lead >= 0xF0 {
      length = 4
      value = UInt32(lead & 0x07)
    } else if lead >= 0xE0 {
      length = 3
      value = UInt32(lead & 0x0F)
    } else if lead >= 0xC0 {
      length = 2
      value = UInt32(lead & 0x1F)
    } else {
      return (0xFFFD, 1)
    }
    guard index + length <= bytes.count else { return (0xFFFD, 1) }
    for next in 1..<length {
      value = value << 6 | UInt32(bytes[index + next] & 0x3F)
    }
    return (value, length)
  }

  /// What a scalar does to a token.
  private enum ScalarClass {
    /// A letter or digit, already folded.
    case word(UInt32)
    /// One of the apostrophe variants, a letter only between two word characters.
    case apostrophe
    /// A combining mark: composes with the previous letter or is dropped.
    case combining(UInt32)
    /// Invisible inside words (soft hyphen, zero-width joiners): skipped.
    case ignorable
    /// Anything that ends a token.
    case separator
  }

  /// Classifies and folds one scalar, with fast paths for ASCII and Cyrillic.
  @inline(__always)
  private static func classify(_ value: UInt32) -> ScalarClass {
    switch value {
    case 0x30...0x39, 0x61...0x7A: return .word(value)
    case 0x41...0x5A: return .word(value + 0x20)
    case 0x27, 0x60, 0x2019, 0x02BC, 0x02B9: return .apostrophe
    case 0x0483...0x0489, 0x0300...0x036F: return .combining(value)
    case 0x0400...0x04FF: return .word(foldCyrillic(value))
    case 0x00AD, 0x200C, 0x200D: return .ignorable
    case 0..<0x80: return .separator
    default: return classifySlowly(value)
    }
  }

  /// Lowers a Cyrillic capital; the block alternates capital (even) and small (odd) after Я.
  @inline(__always)
  private static func foldCyrillic(_ value: UInt32) -> UInt32 {
    switch value {
    case 0x0400...0x040F: return value + 0x50
    case 0x0410...0x042F: return value + 0x20
    case 0x0460...0x0481, 0x048A...0x04BF, 0x04D0...0x04FF: return value | 1
    case 0x04C0: return 0x04CF
    case 0x04C1...0x04CE: return value & 1 == 1 ? value + 1 : value
    default: return value
    }
  }

  /// Classifies a scalar outside ASCII and Cyrillic through its Unicode properties, folding a
  /// letter with diacritics to its base letter so NFC "é" and NFD "e◌́" match.
  private static func classifySlowly(_ value: UInt32) -> ScalarClass {
    guard let scalar = Unicode.Scalar(value) else { return .separator }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return .combining(value)
    case .format: return .ignorable
    default: break
    }
    guard properties.isAlphabetic || properties.numericType != nil else { return .separator }
    let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
    let lowered = base.properties.lowercaseMapping.unicodeScalars.first ?? base
    return .word(lowered.value)
  }

  /// Composes the Ukrainian letters that NFD splits: и + breve = й, і + diaeresis = ї.
  private static func compose(_ letter: UInt32, _ mark: UInt32) -> UInt32? {
    switch (letter, mark) {
    case (0x0438, 0x0306): return 0x0439
    case (0x0443, 0x0306): return 0x045E
    case (0x0456, 0x0308): return 0x0457
    case (0x0435, 0x0308): return 0x0451
    default: return nil
    }
  }

  /// Appends the UTF-8 of `value` and returns how many bytes that took.
  @inline(__always)
  @discardableResult
  static func append(_ value: UInt32, to output: inout [UInt8]) -> Int {
    switch value {
    case 0..<0x80:
      output.append(UInt8(value))
      return 1
    case 0x80..<0x800:
      output.append(UInt8(0xC0 | value >> 6))
      output.append(UInt8(0x80 | value & 0x3F))
      return 2
    case 0x800..<0x10000:
      output.append(UInt8(0xE0 | value >> 12))
      output.append(UInt8(0x80 | value >> 6 & 0x3F))
      output.append(UInt8(0x80 | value & 0x3F))
      return 3
    default:
      output.append(UInt8(0xF0 | value >> 18))
      output.append(UInt8(0x80 | value >> 12 & 0x3F))
      output.append(UInt8(0x80 | value >> 6 & 0x3F))
      output.append(UInt8(0x80 | value & 0x3F))
      return 4
    }
  }
}
