import CommunityCore
import Foundation
import HromadaResources

/// Communities for tests, with PIN hashing turned down so that signing in takes microseconds.
enum TestCommunity {
  /// Few PBKDF2 rounds: the hashing is the same code, only faster.
  static let pinRounds = 1_000

  /// The demo community (officials `olena` 1111 and `andrii` 2580, resident `taras` 4821…).
  static func demo(at path: String, now: Date = Date()) throws -> Community {
    try Community.create(
      at: path, demoFolder: HromadaResources.demoDirectory, pinRounds: pinRounds, now: now)
  }

  /// An empty community with one official (`olena`, PIN 1111) and one resident (`taras`, 4821).
  static func empty(at path: String, now: Date = Date()) throws -> Community {
    let community = try Community.create(
      at: path, demoFolder: nil, meta: CommunityMeta(name: "Тестова громада", createdAt: now),
      pinRounds: pinRounds, now: now)
    try community.createAccount(
      id: "olena", name: "Олена Коваленко", role: .official, pin: "1111", pinRounds: pinRounds)
    try community.createAccount(
      id: "taras", name: "Тарас Гнатюк", role: .resident, pin: "4821", pinRounds: pinRounds)
    return community
  }

  static func official(_ community: Community) throws -> Viewer {
    .account(try community.signIn(id: "olena", pin: "1111"))
  }

  static func resident(_ community: Community) throws -> Viewer {
    .account(try community.signIn(id: "taras", pin: "4821"))
  }
}
