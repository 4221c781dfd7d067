import CommunityCore
import Foundation
import Testing

/// The one way amounts are written, in the interface, the command line and the refusals.
struct HryvniasTests {
  /// The no-break space the formatter puts between groups and before the sign.
  static let space = "\u{00A0}"

  @Test(
    "whole amounts in groups of three",
    arguments: [
      (0, "0 ₴"), (95, "95 ₴"), (1_000, "1 000 ₴"), (95_000, "95 000 ₴"),
      (1_250_000, "1 250 000 ₴"), (-420_000, "−420 000 ₴"),
    ])
  func whole(amount: Int, text: String) {
    #expect(Hryvnias.text(amount) == text.replacingOccurrences(of: " ", with: Self.space))
  }

  @Test("kopiyky after a comma; a rounded fraction is marked ≈")
  func fractions() throws {
    let halfHryvnia = try #require(DecimalAmount(parsing: "100000.5"))
    #expect(
      Hryvnias.text(halfHryvnia) == "100 000,50 ₴".replacingOccurrences(of: " ", with: Self.space))
    #expect(Hryvnias.text(DecimalAmount(units: 600_000)) == Hryvnias.text(600_000))
    let third = ExactAmount(numerator: BigInt(200_000), denominator: BigInt(3))
    #expect(Hryvnias.text(third) == "≈ 66 666,67 ₴".replacingOccurrences(of: " ", with: Self.space))
    let exact = ExactAmount(numerator: BigInt(101), denominator: BigInt(4))
    #expect(Hryvnias.text(exact) == "25,25 ₴".replacingOccurrences(of: " ", with: Self.space))
  }
}
