import CommunityCore
import Foundation
import Testing

struct AccessTests {
  /// A whole second, so that it survives the store's ISO 8601 round trip exactly.
  private static let start = Date(timeIntervalSince1970: 1_767_225_600)

  @Test("the right PIN signs in")
  func signsIn() throws {
    try TemporaryDirectory.with { folder in
      let community = try TestCommunity.empty(at: folder.dataPath)
      let account = try community.signIn(id: "olena", pin: "1111", now: Self.start)
      #expect(account.id == "olena")
      #expect(account.role == .official)
    }
  }

  @Test(
    "wrong PINs count down; the third locks the account; a locked account refuses the right PIN")
  func lockout() throws {
    try TemporaryDirectory.with { folder in
      let community = try TestCommunity.empty(at: folder.dataPath)
      for left in [2, 1, 0] {
        #expect(throws: AccessError.wrongPIN(account: "olena", attemptsLeft: left)) {
          try community.signIn(id: "olena", pin: "0000", now: Self.start)
        }
      }
      let until = Self.start.addingTimeInterval(Community.lockDuration)
      #expect(try community.accounts.get("olena")?.lockedUntil == until)
      for pin in ["1111", "0000"] {
        #expect(throws: AccessError.locked(account: "olena", until: until)) {
          try community.signIn(id: "olena", pin: pin, now: until.addingTimeInterval(-1))
        }
      }
      // A try while locked is not counted as another wrong PIN.
      #expect(try community.accounts.get("olena")?.failedPINAttempts == 0)
      let account = try community.signIn(id: "olena", pin: "1111", now: until)
      #expect(account.id == "olena")
      let stored = try #require(try community.accounts.get("olena"))
      #expect(stored.lockedUntil == nil)
      #expect(stored.failedPINAttempts == 0)
    }
  }

  @Test("the right PIN resets the count of wrong ones")
  func rightPINResets() throws {
    try TemporaryDirectory.with { folder in
      let community = try TestCommunity.empty(at: folder.dataPath)
      for _ in 0..<2 {
        #expect(throws: AccessError.self) {
          try community.signIn(id: "taras", pin: "1234", now: Self.start)
        }
      }
      #expect(try community.accounts.get("taras")?.failedPINAttempts == 2)
      _ = try community.signIn(id: "taras", pin: "4821", now: Self.start)
      #expect(try community.accounts.get("taras")?.failedPINAttempts == 0)
      #expect(throws: AccessError.wrongPIN(account: "taras", attemptsLeft: 2)) {
        try community.signIn(id: "taras", pin: "1234", now: Self.start)
      }
    }
  }

  @Test("an unknown account is refused and nothing is written")
  func unknownAccount() throws {
    try TemporaryDirectory.with { folder in
      let community = try TestCommunity.empty(at: folder.dataPath)
      let before = try FileSnapshot(of: folder.dataPath)
      #expect(throws: AccessError.unknownAccount("nobody")) {
        try community.signIn(id: "nobody", pin: "1111")
      }
      #expect(try FileSnapshot(of: folder.dataPath) == before)
    }
  }

  @Test("a resident is refused official actions and nothing changes")
  func residentRefused() throws {
    try TemporaryDirectory.with { folder in
      let community = try TestCommunity.empty(at: folder.dataPath)
      let resident = try TestCommunity.resident(community)
      let before = try FileSnapshot(of: folder.dataPath)
      #expect(throws: AccessError.forbidden(action: "publish news", role: .resident)) {
        try community.publishNews(
          title: "Заголовок", body: "Текст", category: "Новини", viewer: resident)
      }
      #expect(throws: AccessError.forbidden(action: "list accounts", role: .resident)) {
        try community.listAccounts(viewer: resident)
      }
      #expect(throws: AccessError.forbidden(action: "add accounts", role: .resident)) {
        try community.addAccount(
          id: "intruder", name: "Хтось", role: .official, pin: "1234", viewer: resident,
          pinRounds: TestCommunity.pinRounds)
      }
      #expect(try FileSnapshot(of: folder.dataPath) == before)
      #expect(try community.accounts.get("intruder") == nil)
    }
  }

  @Test("a guest may read but not write")
  func guestRefused() throws {
    try TemporaryDirectory.with { folder in
      let community = try TestCommunity.empty(at: folder.dataPath)
      let before = try FileSnapshot(of: folder.dataPath)
      #expect(throws: AccessError.signInRequired(action: "publish news")) {
        try community.publishNews(
          title: "Заголовок", body: "Текст", category: "Новини", viewer: .guest)
      }
      #expect(throws: AccessError.signInRequired(action: "list accounts")) {
        try community.listAccounts(viewer: .guest)
      }
      #expect(try community.listNews(viewer: .guest).isEmpty)
      #expect(try FileSnapshot(of: folder.dataPath) == before)
    }
  }

  @Test("an official may list and add accounts; a duplicate id is refused")
  func officialManagesAccounts() throws {
    try TemporaryDirectory.with { folder in
      let community = try TestCommunity.empty(at: folder.dataPath)
      let official = try TestCommunity.official(community)
      try community.addAccount(
        id: "iryna", name: "Ірина Бойко", role: .resident, pin: "5930", viewer: official,
        pinRounds: TestCommunity.pinRounds)
      #expect(
        try community.listAccounts(viewer: official).map(\.id) == ["iryna", "olena", "taras"])
      #expect(throws: ValidationError(field: "id", rule: "an account 'iryna' already exists")) {
        try community.addAccount(
          id: "iryna", name: "Інша Ірина", role: .resident, pin: "1234", viewer: official,
          pinRounds: TestCommunity.pinRounds)
      }
      #expect(try community.signIn(id: "iryna", pin: "5930").name == "Ірина Бойко")
    }
  }
}
