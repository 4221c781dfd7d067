import CommunityCore
import Foundation
import Testing

struct MoneyTests {
  @Test(
    "amounts in hryvnias parse exactly into kopiyky",
    arguments: [
      ("45.42", 4_542), ("45,42", 4_542), ("45", 4_500), ("45.4", 4_540), ("0.05", 5),
      (" 7.05 ", 705), ("0", 0), ("1000000", 100_000_000),
    ])
  func parses(text: String, kopiyky: Int) throws {
    let money = try #require(Money(text))
    #expect(money.kopiyky == kopiyky)
  }

  @Test(
    "anything else is refused",
    arguments: ["", "-1", "1.234", "1.", ".5", "abc", "1.2.3", "12,5,0", "1 000", "1.x"])
  func refuses(text: String) {
    #expect(Money(text) == nil)
  }

  @Test("printed with two decimals")
  func description() {
    #expect(Money(kopiyky: 4_542).description == "45.42")
    #expect(Money(kopiyky: 705).description == "7.05")
    #expect(Money(kopiyky: 5).description == "0.05")
    #expect(Money(kopiyky: 0).description == "0.00")
  }

  @Test("stored in JSON as a decimal string, and a bad one is refused")
  func coding() throws {
    let data = try JSONCoding.encoder().encode([Money(kopiyky: 4_542)])
    #expect(String(decoding: data, as: UTF8.self) == #"["45.42"]"#)
    let back = try JSONCoding.decoder().decode([Money].self, from: Data(#"["17,50"]"#.utf8))
    #expect(back == [Money(kopiyky: 1_750)])
    #expect(throws: DecodingError.self) {
      try JSONCoding.decoder().decode([Money].self, from: Data(#"["сто"]"#.utf8))
    }
  }

  @Test("amounts compare by value")
  func ordering() throws {
    #expect(try #require(Money("9.99")) < #require(Money("10")))
  }
}

extension MoneyTests {
  @Test("a negative amount written as -0.50 is refused")
  func negativeZero() {
    // Int("-0") is 0: a check of the whole part's sign alone would let this through.
    #expect(Money("-0.50") == nil)
    #expect(Money("+5") == nil)
    #expect(Money("1.-5") == nil)
  }
}
