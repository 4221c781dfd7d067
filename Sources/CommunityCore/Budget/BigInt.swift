/// A signed integer of any size, with just the operations exact Equal Shares bookkeeping needs.
///
/// Equal Shares prices are rationals whose denominators multiply round after round, so they
/// outgrow `Int128` on real elections; the hot path works in `Double` and asks this type only
/// to settle near-ties, which keeps the simple schoolbook algorithms fast enough.
package struct BigInt: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The magnitude, least significant limb first, with no high zero limbs (zero is empty).
  package private(set) var limbs: [UInt64]
  /// Whether the value is below zero; always `false` for zero.
  package private(set) var isNegative: Bool

  package init(_ value: Int) {
    isNegative = value < 0
    limbs = value == 0 ? [] : [value.magnitude.toUInt64]
  }

  package init(_ value: Int128) {
    isNegative = value < 0
    let magnitude = value.magnitude
    limbs = [UInt64(truncatingIfNeeded: magnitude), UInt64(truncatingIfNeeded: magnitude >> 64)]
    normalize()
  }

  init(limbs: [UInt64], isNegative: Bool) {
    self.limbs = limbs
    self.isNegative = isNegative
    normalize()
  }

  package static let zero = BigInt(0)
  package static let one = BigInt(1)

  package var isZero: Bool { limbs.isEmpty }

  /// -1, 0 or 1.
  package var signum: Int { isZero ? 0 : (isNegative ? -1 : 1) }

  package var magnitude: BigInt { BigInt(limbs: limbs, isNegative: false) }

  /// The nearest `Double`, good to about 53 bits; used only for display and screening.
  package var doubleValue: Double {
    var result = 0.0
    for limb in limbs.reversed() { result = result * 18_446_744_073_709_551_616.0 + Double(limb) }
    return isNegative ? -result : result
  }

  /// Whether the value is even; zero is even.
  package var isEven: Bool { limbs.first.map { $0 & 1 == 0 } ?? true }

  private mutating func normalize() {
    while let last = limbs.last, last == 0 { limbs.removeLast() }
    if limbs.isEmpty { isNegative = false }
  }

  // MARK: Arithmetic

  package static func + (lhs: BigInt, rhs: BigInt) -> BigInt {
    if lhs.isNegative == rhs.isNegative {
      return BigInt(limbs: Magnitude.add(lhs.limbs, rhs.limbs), isNegative: lhs.isNegative)
    }
    switch Magnitude.compare(lhs.limbs, rhs.limbs) {
    case 0: return .zero
    case 1:
      return BigInt(limbs: Magnitude.subtract(lhs.limbs, rhs.limbs), isNegative: lhs.isNegative)
    default:
      return BigInt(limbs: Magnitude.subtract(rhs.limbs, lhs.limbs), isNegative: rhs.isNegative)
    }
  }

  package static prefix func - (value: BigInt) -> BigInt {
    BigInt(limbs: value.limbs, isNegative: !value.isNegative)
  }

  package static func - (lhs: BigInt, rhs: BigInt) -> BigInt { lhs + (-rhs) }

  package static func * (lhs: BigInt, rhs: BigInt) -> BigInt {
    if lhs.isZero || rhs.isZero { return .zero }
    return BigInt(
      limbs: Magnitude.multiply(lhs.limbs, rhs.limbs), isNegative: lhs.isNegative != rhs.isNegative)
  }

  /// The product with a machine integer, without building a second `BigInt`.
  package func multiplied(by factor: Int) -> BigInt {
    if factor == 0 || isZero { return .zero }
    return BigInt(
      limbs: Magnitude.multiply(limbs, factor.magnitude.toUInt64),
      isNegative: isNegative != (factor < 0))
  }

  package static func += (lhs: inout BigInt, rhs: BigInt) { lhs = lhs + rhs }
  package static func -= (lhs: inout BigInt, rhs: BigInt) { lhs = lhs - rhs }

  /// Truncating division, like `Int`'s: the remainder takes the sign of the dividend.
  ///
  /// Binary long division: slow for huge operands, but only explanations and printing use it.
  package func quotientAndRemainder(dividingBy divisor: BigInt) -> (
    quotient: BigInt, remainder: BigInt
  ) {
    precondition(!divisor.isZero, "division by zero")
    if Magnitude.compare(limbs, divisor.limbs) < 0 { return (.zero, self) }
    if divisor.limbs.count == 1 {
      let (quotient, remainder) = Magnitude.divide(limbs, by: divisor.limbs[0])
      return (
        BigInt(limbs: quotient, isNegative: isNegative != divisor.isNegative),
        BigInt(limbs: remainder == 0 ? [] : [remainder], isNegative: isNegative)
      )
    }
    var quotient = [UInt64](repeating: 0, count: limbs.count)
    var remainder: [UInt64] = []
    for bit in stride(from: limbs.count * 64 - 1, through: 0, by: -1) {
      remainder = Magnitude.shiftedLeftByOne(
        remainder, carryIn: (limbs[bit / 64] >> (bit % 64)) & 1)
      if Magnitude.compare(remainder, divisor.limbs) >= 0 {
        remainder = Magnitude.subtract(remainder, divisor.limbs)
        quotient[bit / 64] |= 1 << (bit % 64)
      }
    }
    return (
      BigInt(limbs: quotient, isNegative: isNegative != divisor.isNegative),
      BigInt(limbs: remainder, isNegative: isNegative)
    )
  }

  /// The greatest common divisor of the magnitudes (binary GCD: shifts and subtractions only).
  package static func gcd(_ lhs: BigInt, _ rhs: BigInt) -> BigInt {
    var a = lhs.limbs
    var b = rhs.limbs
    if a.isEmpty { return BigInt(limbs: b, isNegative: false) }
    if b.isEmpty { return BigInt(limbs: a, isNegative: false) }
    let shift = min(Magnitude.trailingZeroBits(a), Magnitude.trailingZeroBits(b))
    a = Magnitude.shiftedRight(a, by: Magnitude.trailingZeroBits(a))
    while !b.isEmpty {
      b = Magnitude.shiftedRight(b, by: Magnitude.trailingZeroBits(b))
      if Magnitude.compare(a, b) > 0 { swap(&a, &b) }
      b = Magnitude.subtract(b, a)
    }
    return BigInt(limbs: Magnitude.shiftedLeft(a, by: shift), isNegative: false)
  }

  // MARK: Comparison and text

  package static func < (lhs: BigInt, rhs: BigInt) -> Bool {
    if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
    let order = Magnitude.compare(lhs.limbs, rhs.limbs)
    return lhs.isNegative ? order > 0 : order < 0
  }

  /// Decimal digits, with a leading minus sign when negative.
  package var description: String {
    if isZero { return "0" }
    let chunk: UInt64 = 10_000_000_000_000_000_000
    var chunks: [UInt64] = []
    var rest = limbs
    while !rest.isEmpty {
      let (quotient, remainder) = Magnitude.divide(rest, by: chunk)
      chunks.append(remainder)
      rest = quotient
      while let last = rest.last, last == 0 { rest.removeLast() }
    }
    var text = isNegative ? "-" : ""
    text += String(chunks.removeLast())
    for part in chunks.reversed() {
      let digits = String(part)
      text += String(repeating: "0", count: 19 - digits.count) + digits
    }
    return text
  }

  /// Parses optional minus sign and decimal digits; `nil` for anything else.
  package init?(_ text: some StringProtocol) {
    var digits = Substring(text)
    let negative = digits.first == "-"
    if negative { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    var value = BigInt.zero
    for character in digits {
      value = value.multiplied(by: 10) + BigInt(Int(character.asciiValue ?? 48) - 48)
    }
    self = negative ? -value : value
  }
}

extension UInt {
  fileprivate var toUInt64: UInt64 { UInt64(self) }
}

/// Unsigned little-endian limb arithmetic behind `BigInt`.
private enum Magnitude {
  static func compare(_ lhs: [UInt64], _ rhs: [UInt64]) -> Int {
    if lhs.count != rhs.count { return lhs.count < rhs.count ? -1 : 1 }
    for index in stride(from: lhs.count - 1, through: 0, by: -1) where lhs[index] != rhs[index] {
      return lhs[index] < rhs[index] ? -1 : 1
    }
    return 0
  }

  static func add(_ lhs: [UInt64], _ rhs: [UInt64]) -> [UInt64] {
    let (long, short) = lhs.count >= rhs.count ? (lhs, rhs) : (rhs, lhs)
    var result = long
    var carry: UInt64 = 0
    for index in 0..<long.count {
      let addend = index < short.count ? short[index] : 0
      if addend == 0 && carry == 0 && index >= short.count { break }
      let (partial, overflow1) = result[index].addingReportingOverflow(addend)
      let (sum, overflow2) = partial.addingReportingOverflow(carry)
      result[index] = sum
      carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
    }
    if carry > 0 { result.append(carry) }
    return result
  }

  /// `lhs - rhs`, which must not be negative.
  static func subtract(_ lhs: [UInt64], _ rhs: [UInt64]) -> [UInt64] {
    var result = lhs
    var borrow: UInt64 = 0
    for index in 0..<lhs.count {
      let subtrahend = index < rhs.count ? rhs[index] : 0
      if subtrahend == 0 && borrow == 0 && index >= rhs.count { break }
      let (partial, overflow1) = result[index].subtractingReportingOverflow(subtrahend)
      let (difference, overflow2) = partial.subtractingReportingOverflow(borrow)
      result[index] = difference
      borrow = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
    }
    while let last = result.last, last == 0 { result.removeLast() }
    return result
  }

  static func multiply(_ lhs: [UInt64], _ rhs: [UInt64]) -> [UInt64] {
    var result = [UInt64](repeating: 0, count: lhs.count + rhs.count)
    for (i, left) in lhs.enumerated() where left != 0 {
      var carry: UInt64 = 0
      for (j, right) in rhs.enumerated() {
        let product = left.multipliedFullWidth(by: right)
        let (low1, overflow1) = product.low.addingReportingOverflow(result[i + j])
        let (low2, overflow2) = low1.addingReportingOverflow(carry)
        result[i + j] = low2
        carry = product.high &+ (overflow1 ? 1 : 0) &+ (overflow2 ? 1 : 0)
      }
      result[i + rhs.count] = carry
    }
    while let last = result.last, last == 0 { result.removeLast() }
    return result
  }

  static func multiply(_ lhs: [UInt64], _ factor: UInt64) -> [UInt64] {
    var result: [UInt64] = []
    result.reserveCapacity(lhs.count + 1)
    var carry: UInt64 = 0
    for limb in lhs {
      let product = limb.multipliedFullWidth(by: factor)
      let (low, overflow) = product.low.addingReportingOverflow(carry)
      result.append(low)
      carry = product.high &+ (overflow ? 1 : 0)
    }
    if carry > 0 { result.append(carry) }
    return result
  }

  /// Division by one limb; the quotient may keep high zero limbs.
  static func divide(_ lhs: [UInt64], by divisor: UInt64) -> ([UInt64], UInt64) {
    var quotient = [UInt64](repeating: 0, count: lhs.count)
    var remainder: UInt64 = 0
    for index in stride(from: lhs.count - 1, through: 0, by: -1) {
      let (digit, rest) = divisor.dividingFullWidth((high: remainder, low: lhs[index]))
      quotient[index] = digit
      remainder = rest
    }
    return (quotient, remainder)
  }

  static func shiftedLeftByOne(_ value: [UInt64], carryIn: UInt64) -> [UInt64] {
    var result: [UInt64] = []
    result.reserveCapacity(value.count + 1)
    var carry = carryIn
    for limb in value {
      result.append(limb << 1 | carry)
      carry = limb >> 63
    }
    if carry > 0 { result.append(carry) }
    return result
  }

  static func trailingZeroBits(_ value: [UInt64]) -> Int {
    for (index, limb) in value.enumerated() where limb != 0 {
      return index * 64 + limb.trailingZeroBitCount
    }
    return 0
  }

  static func shiftedRight(_ value: [UInt64], by bits: Int) -> [UInt64] {
    let limbShift = bits / 64
    let bitShift = bits % 64
    guard limbShift < value.count else { return [] }
    var result = [UInt64](repeating: 0, count: value.count - limbShift)
    for index in 0..<result.count {
      let source = index + limbShift
      var limb = value[source] >> bitShift
      if bitShift > 0 && source + 1 < value.count { limb |= value[source + 1] << (64 - bitShift) }
      result[index] = limb
    }
    while let last = result.last, last == 0 { result.removeLast() }
    return result
  }

  static func shiftedLeft(_ value: [UInt64], by bits: Int) -> [UInt64] {
    if value.isEmpty { return [] }
    let limbShift = bits / 64
    let bitShift = bits % 64
    var result = [UInt64](repeating: 0, count: limbShift) + value + [0]
    if bitShift > 0 {
      for index in stride(from: result.count - 1, through: limbShift, by: -1) {
        let lower = index > limbShift ? result[index - 1] >> (64 - bitShift) : 0
        result[index] = result[index] << bitShift | lower
      }
    }
    while let last = result.last, last == 0 { result.removeLast() }
    return result
  }
}
