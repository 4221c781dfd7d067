/// Hryvnia amounts written the one way Hromada shows them everywhere: "1 250 000 ₴".
///
/// Groups of three digits and the sign are joined by no-break spaces, so that a wrapped line
/// never splits an amount; kopiyky, where an amount has them, follow a decimal comma, as
/// Ukrainians write them.
package enum Hryvnias {
  /// The no-break space between digit groups and before the sign.
  package static let space: Character = "\u{00A0}"

  /// A whole amount: "1 250 000 ₴".
  package static func text(_ amount: Int) -> String {
    (amount < 0 ? "−" : "") + grouped(String(amount.magnitude)) + "\(space)₴"
  }

  /// An exact amount from a count; a fraction is rounded to kopiyky.
  package static func text(_ amount: DecimalAmount) -> String {
    text(amount.exact)
  }

  /// An amount that may be a fraction (an Equal Shares payment): rounded half up to kopiyky,
  /// marked "≈" when the rounding changed it, and shown without kopiyky when it is whole.
  package static func text(_ amount: ExactAmount) -> String {
    let (units, _) = amount.rounded(toScale: 2)
    let isExact = ExactAmount(numerator: units, denominator: BigInt(100)) == amount
    let (whole, kopiyky) = units.magnitude.quotientAndRemainder(dividingBy: BigInt(100))
    var text = grouped(whole.description)
    if !kopiyky.isZero {
      let digits = kopiyky.description
      text += "," + (digits.count == 1 ? "0" + digits : digits)
    }
    return (isExact ? "" : "≈\(space)") + (units.isNegative ? "−" : "") + text + "\(space)₴"
  }

  /// "1250000" → "1 250 000".
  private static func grouped(_ digits: String) -> String {
    var groups: [Substring] = []
    var end = digits.endIndex
    while end > digits.startIndex {
      let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
      groups.insert(digits[start..<end], at: 0)
      end = start
    }
    return groups.joined(separator: String(space))
  }
}
