import Crypto
import Foundation
import _CryptoExtras

/// A PIN stored only as a salted, deliberately slow hash (PBKDF2-HMAC-SHA256).
package struct PINHash: Codable, Sendable, Equatable {
  package var algorithm: String
  package var rounds: Int
  /// Base64 of 16 random bytes.
  package var salt: String
  /// Base64 of the 32-byte derived key.
  package var hash: String

  /// Enough rounds to make guessing slow (about a tenth of a second per try here), few enough
  /// that signing in does not feel slow.
  package static let defaultRounds = 300_000

  /// Hashes `pin` with a fresh random salt.
  package static func make(pin: String, rounds: Int = defaultRounds) throws(PINError) -> PINHash {
    try PINHash.validate(pin: pin)
    var generator = SystemRandomNumberGenerator()
    let salt = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let derived = try derive(pin: pin, salt: salt, rounds: rounds)
    return PINHash(
      algorithm: "pbkdf2-sha256", rounds: rounds, salt: Data(salt).base64EncodedString(),
      hash: Data(derived).base64EncodedString())
  }

  /// Whether `pin` is the one this hash was made from (compared in constant time).
  package func matches(_ pin: String) -> Bool {
    guard algorithm == "pbkdf2-sha256", let saltBytes = Data(base64Encoded: salt),
      let expected = Data(base64Encoded: hash),
      let derived = try? PINHash.derive(pin: pin, salt: Array(saltBytes), rounds: rounds),
      derived.count == expected.count
    else { return false }
    var difference: UInt8 = 0
    for (left, right) in zip(derived, expected) { difference |= left ^ right }
    return difference == 0
  }

  /// PINs are 4 to 12 digits.
  package static func validate(pin: String) throws(PINError) {
    guard (4...12).contains(pin.count), pin.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      throw .badFormat
    }
  }

  private static func derive(pin: String, salt: [UInt8], rounds: Int) throws(PINError) -> [UInt8] {
    do {
      let key = try KDF.Insecure.PBKDF2.deriveKey(
        from: Array(pin.utf8), salt: salt, using: .sha256, outputByteCount: 32,
        unsafeUncheckedRounds: rounds)
      return key.withUnsafeBytes { Array($0) }
    } catch {
      throw .hashingFailed("\(error)")
    }
  }
}

/// Why a PIN could not be set.
package enum PINError: Error, Sendable, Equatable, CustomStringConvertible {
  case badFormat
  case hashingFailed(String)

  package var description: String {
    switch self {
    case .badFormat: "a PIN is 4 to 12 digits"
    case .hashingFailed(let reason): "the PIN could not be hashed: \(reason)"
    }
  }
}
