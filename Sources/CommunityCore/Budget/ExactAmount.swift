/// An exact rational amount of money, as Equal Shares payments are (a third of a hryvnia stays a
/// third).
///
/// Always reduced, with a positive denominator. Encoded as text: "12.5" when the value is a
/// finite decimal, otherwise "37/3", so nothing is lost on the way to the interface.
package struct ExactAmount: Sendable, Hashable, Comparable, DecimalTextCoding {
  package private(set) var numerator: BigInt
  package private(set) var denominator: BigInt

  package init(numerator: BigInt, denominator: BigInt) {
    precondition(!denominator.isZero, "zero denominator")
    let divisor = BigInt.gcd(numerator, denominator)
    var top = numerator.quotientAndRemainder(dividingBy: divisor).quotient
    var bottom = denominator.quotientAndRemainder(dividingBy: divisor).quotient
    if bottom.isNegative {
      top = -top
      bottom = -bottom
    }
    self.numerator = top
    self.denominator = bottom
  }

  package init(_ value: Int) {
    numerator = BigInt(value)
    denominator = .one
  }

  package static let zero = ExactAmount(0)

  package var isZero: Bool { numerator.isZero }

  /// The nearest `Double`, for sorting on screen and rough display only.
  package var doubleValue: Double {
    let top = numerator.doubleValue
    let bottom = denominator.doubleValue
    if top.isFinite && bottom.isFinite { return top / bottom }
    // Both ends overflowed a Double: drop the same number of low limbs from each.
    let drop = max(numerator.limbs.count, denominator.limbs.count) - 8
    let scale = BigInt(limbs: [UInt64](repeating: 0, count: drop) + [1], isNegative: false)
    return numerator.quotientAndRemainder(dividingBy: scale).quotient.doubleValue
      / denominator.quotientAndRemainder(dividingBy: scale).quotient.doubleValue
  }

  package static func + (lhs: ExactAmount, rhs: ExactAmount) -> ExactAmount {
    ExactAmount(
      numerator: lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator,
      denominator: lhs.denominator * rhs.denominator)
  }

  package static func - (lhs: ExactAmount, rhs: ExactAmount) -> ExactAmount {
    ExactAmount(
      numerator: lhs.numerator * rhs.denominator - rhs.numerator * lhs.denominator,
      denominator: lhs.denominator * rhs.denominator)
  }

  package static func < (lhs: ExactAmount, rhs: ExactAmount) -> Bool {
    lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
  }

  /// The amount rounded half up to `scale` decimal digits (2 gives kopiyky or cents).
  package func rounded(toScale scale: Int) -> (units: BigInt, scale: Int) {
    var factor = BigInt.one
    for _ in 0..<scale { factor = factor.multiplied(by: 10) }
    let doubled = (numerator * factor).multiplied(by: 2) + denominator
    let units = doubled.quotientAndRemainder(dividingBy: denominator.multiplied(by: 2)).quotient
    return (units, scale)
  }

  /// Decimal text when exact ("12.5"), otherwise "numerator/denominator".
  package var description: String {
    if let digits = finiteDecimalDigits {
      let (units, _) = rounded(toScale: digits)
      return Self.decimalText(units: units, scale: digits)
    }
    return "\(numerator)/\(denominator)"
  }

  /// A rounded rendering for people, such as "≈ 33.33", or the exact decimal when it has at
  /// most `scale` digits.
  package func approximateText(scale: Int = 2) -> String {
    if let digits = finiteDecimalDigits, digits <= scale { return description }
    let (units, _) = rounded(toScale: scale)
    return "≈ " + Self.decimalText(units: units, scale: scale)
  }

  /// The number of decimal digits the value needs, when the denominator has no prime factor but
  /// 2 and 5; `nil` otherwise.
  private var finiteDecimalDigits: Int? {
    var rest = denominator
    var twos = 0
    var fives = 0
    while !rest.isZero && rest.isEven {
      rest = rest.quotientAndRemainder(dividingBy: BigInt(2)).quotient
      twos += 1
    }
    while true {
      let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: BigInt(5))
      guard remainder.isZero else { break }
      rest = quotient
      fives += 1
    }
    return rest == .one ? max(twos, fives) : nil
  }

  private static func decimalText(units: BigInt, scale: Int) -> String {
    let digits = units.magnitude.description
    let sign = units.isNegative ? "-" : ""
    guard scale > 0 else { return sign + digits }
    let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
    return sign + padded.dropLast(scale) + "." + padded.suffix(scale)
  }

  package init?(decimalText text: String) { self.init(parsing: text) }

  /// Parses what `description` writes: "12", "-12.5" or "37/3".
  package init?(parsing text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    if parts.count == 2 {
      guard let top = BigInt(parts[0]), let bottom = BigInt(parts[1]), !bottom.isZero else {
        return nil
      }
      self.init(numerator: top, denominator: bottom)
      return
    }
    let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 1, (1...2).contains(pieces.count), let whole = BigInt(pieces[0]) else {
      return nil
    }
    guard pieces.count == 2 else {
      self.init(numerator: whole, denominator: .one)
      return
    }
    guard !pieces[1].isEmpty, let fraction = BigInt(pieces[1]), !fraction.isNegative else {
      return nil
    }
    var factor = BigInt.one
    for _ in 0..<pieces[1].count { factor = factor.multiplied(by: 10) }
    let magnitude = whole.magnitude * factor + fraction
    let negative = pieces[0].hasPrefix("-")
    self.init(numerator: negative ? -magnitude : magnitude, denominator: factor)
  }
}
