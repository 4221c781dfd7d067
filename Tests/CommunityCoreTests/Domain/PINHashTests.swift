import CommunityCore
import Foundation
import Testing

struct PINHashTests {
  @Test("a PIN hash verifies the PIN it was made from and nothing else")
  func verifies() throws {
    let hash = try PINHash.make(pin: "2580", rounds: 1_000)
    #expect(hash.matches("2580"))
    for wrong in ["2581", "0852", "25800", "", "2580 "] {
      #expect(!hash.matches(wrong), "\(wrong)")
    }
    #expect(hash.algorithm == "pbkdf2-sha256")
    #expect(hash.rounds == 1_000)
  }

  @Test("two hashes of the same PIN have different salts and different hashes")
  func salted() throws {
    let first = try PINHash.make(pin: "1111", rounds: 1_000)
    let second = try PINHash.make(pin: "1111", rounds: 1_000)
    #expect(first.salt != second.salt)
    #expect(first.hash != second.hash)
    #expect(Data(base64Encoded: first.salt)?.count == 16)
    #expect(Data(base64Encoded: first.hash)?.count == 32)
  }

  @Test("the stored form never holds the PIN")
  func storedForm() throws {
    let hash = try PINHash.make(pin: "271828", rounds: 1_000)
    let json = String(decoding: try JSONCoding.encoder().encode(hash), as: UTF8.self)
    #expect(!json.contains("271828"))
  }

  @Test("the rounds a hash was made with are the rounds it is checked with")
  func roundsMatter() throws {
    var hash = try PINHash.make(pin: "1234", rounds: 1_000)
    hash.rounds = 1_001
    #expect(!hash.matches("1234"))
  }

  @Test("a hash of an unknown algorithm or with a damaged salt matches nothing")
  func damagedHash() throws {
    var unknown = try PINHash.make(pin: "1234", rounds: 1_000)
    unknown.algorithm = "md5"
    #expect(!unknown.matches("1234"))
    var damaged = try PINHash.make(pin: "1234", rounds: 1_000)
    damaged.salt = "not base64!"
    #expect(!damaged.matches("1234"))
  }

  @Test("PINs are 4 to 12 ASCII digits", arguments: ["1234", "000000", "123456789012"])
  func goodFormats(pin: String) throws {
    try PINHash.validate(pin: pin)
  }

  @Test(
    "other PINs are refused",
    arguments: [
      "", "123", "1234567890123", "12a4", "12 34", " 1234", "-123", "١٢٣٤", "１２３４", "12.5",
    ])
  func badFormats(pin: String) {
    #expect(throws: PINError.badFormat) { try PINHash.make(pin: pin, rounds: 1_000) }
  }
}
