/// An exact, non-negative decimal amount of money as written in a Pabulib file ("100000.0").
///
/// Stored as an integer count of `10^-scale` currency units with trailing zeros removed, so two
/// amounts with the same value are equal whatever way the file wrote them.
package struct DecimalAmount: Sendable, Hashable, Comparable, DecimalTextCoding {
  /// The value times `10^scale`.
  package private(set) var units: Int
  /// How many decimal digits `units` carries; 0 for whole amounts.
  package private(set) var scale: Int

  /// The largest scale accepted; more digits than this do not occur in budgets.
  package static let maximumScale = 9

  package init(units: Int, scale: Int = 0) {
    precondition(units >= 0 && (0...Self.maximumScale).contains(scale), "invalid amount")
    self.units = units
    self.scale = scale
    while self.scale > 0 && self.units % 10 == 0 {
      self.units /= 10
      self.scale -= 1
    }
  }

  package static let zero = DecimalAmount(units: 0)

  /// Parses "100", "100000.0" or "12,5" (a decimal comma, as Pabulib allows) without exponents;
  /// `nil` for anything else, including negative numbers and values that overflow.
  package init?(parsing text: some StringProtocol) {
    let trimmed = text.trimmingSpaces
    let parts = trimmed.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
    guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
      whole.allSatisfy(\.isASCIIDigit)
    else { return nil }
    let fraction = parts.count == 2 ? parts[1] : ""
    guard fraction.allSatisfy(\.isASCIIDigit) else { return nil }
    // Trailing zeros add nothing but could push the scale past the maximum.
    let digits = fraction.reversed().drop(while: { $0 == "0" }).reversed()
    guard digits.count <= Self.maximumScale else { return nil }
    var units = 0
    for character in whole + String(digits) {
      let (shifted, overflow1) = units.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = shifted.addingReportingOverflow(Int(character.asciiValue ?? 48) - 48)
      guard !overflow1, !overflow2 else { return nil }
      units = sum
    }
    self.init(units: units, scale: digits.count)
  }

  /// The value in units of `10^-scale`, or `nil` when that overflows `Int`.
  package func units(atScale target: Int) -> Int? {
    guard target >= scale else { return nil }
    var value = units
    for _ in scale..<target {
      let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
      guard !overflow else { return nil }
      value = shifted
    }
    return value
  }

  /// Plain decimal text with no exponent and no trailing zeros ("100000", "12.5").
  package var description: String {
    guard scale > 0 else { return String(units) }
    var divisor = 1
    for _ in 0..<scale { divisor *= 10 }
    let fraction = String(units % divisor)
    return "\(units / divisor).\(String(repeating: "0", count: scale - fraction.count))\(fraction)"
  }

  package static func < (lhs: DecimalAmount, rhs: DecimalAmount) -> Bool {
    let scale = max(lhs.scale, rhs.scale)
    if let left = lhs.units(atScale: scale), let right = rhs.units(atScale: scale) {
      return left < right
    }
    return lhs.exact < rhs.exact
  }

  /// The same value as an exact rational.
  package var exact: ExactAmount {
    var denominator = BigInt.one
    for _ in 0..<scale { denominator = denominator.multiplied(by: 10) }
    return ExactAmount(numerator: BigInt(units), denominator: denominator)
  }

  package init?(decimalText text: String) { self.init(parsing: text) }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
  /// The text without leading and trailing spaces, tabs and line breaks.
  ///
  /// Works on UTF-8 bytes, not characters: the parser calls this for every field of files with
  /// hundreds of thousands of them, and grapheme breaking would dominate.
  var trimmingSpaces: SubSequence {
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
    let bytes = utf8
    var first: String.Index?
    var end = startIndex
    var index = bytes.startIndex
    while index != bytes.endIndex {
      let next = bytes.index(after: index)
      if !isSpace(bytes[index]) {
        if first == nil { first = index }
        end = next
      }
      index = next
    }
    guard let first else { return self[endIndex..<endIndex] }
    return self[first..<end]
  }
}
