import Foundation

extension Community {
  /// How long three wrong PINs in a row lock an account.
  package static let lockDuration: TimeInterval = 5 * 60

  /// Checks `pin` for account `id`; three wrong PINs in a row lock the account for a while.
  package func signIn(id: String, pin: String, now: Date = Date()) throws -> Account {
    guard let account = try directory.read({ try accounts.get(id) }) else {
      throw AccessError.unknownAccount(id)
    }
    if let until = account.lockedUntil, until > now {
      throw AccessError.locked(account: id, until: until)
    }
    if account.pin.matches(pin) {
      if account.failedPINAttempts > 0 || account.lockedUntil != nil {
        try directory.write { transaction in
          guard var fresh = try accounts.get(id, in: transaction) else { return }
          fresh.failedPINAttempts = 0
          fresh.lockedUntil = nil
          try accounts.put(fresh, in: transaction)
        }
      }
      return account
    }
    let failure: AccessError = try directory.write { transaction in
      guard var fresh = try accounts.get(id, in: transaction) else {
        return AccessError.unknownAccount(id)
      }
      fresh.failedPINAttempts += 1
      let left = 3 - fresh.failedPINAttempts
      if left <= 0 {
        fresh.failedPINAttempts = 0
        fresh.lockedUntil = now.addingTimeInterval(Community.lockDuration)
      }
      try accounts.put(fresh, in: transaction)
      return AccessError.wrongPIN(account: id, attemptsLeft: max(0, left))
    }
    throw failure
  }

  /// Every account, by id (officials only: it is personal data).
  package func listAccounts(viewer: Viewer) throws -> [Account] {
    _ = try viewer.requireOfficial("list accounts")
    return try allAccounts()
  }

  /// Every account, for the sign-in screen's chooser (names and roles only are shown there).
  package func allAccounts() throws -> [Account] {
    try directory.read {
      try accounts.records(at: accounts.entries(view: "all", bucket: "all").compactMap(\.pointer))
    }
  }

  /// Creates an account (officials only, or anyone while the community has no official yet).
  @discardableResult
  package func addAccount(
    id: String, name: String, role: Account.Role, pin: String, title: String? = nil,
    viewer: Viewer, pinRounds: Int = PINHash.defaultRounds
  ) throws -> Account {
    _ = try viewer.requireOfficial("add accounts")
    return try createAccount(
      id: id, name: name, role: role, pin: pin, title: title, pinRounds: pinRounds)
  }

  /// Creates an account without checking who asks: for `init` and the demo seed.
  @discardableResult
  package func createAccount(
    id: String, name: String, nameEn: String? = nil, role: Account.Role, pin: String,
    title: String? = nil, pinRounds: Int = PINHash.defaultRounds
  ) throws -> Account {
    let account = Account(
      id: id, name: name, nameEn: nameEn, role: role, title: title,
      pin: try PINHash.make(pin: pin, rounds: pinRounds))
    try add(account)
    return account
  }

  /// Stores an account made (its PIN hashed) beforehand, when its id is still free.
  package func add(_ account: Account) throws {
    try account.validate()
    try directory.write { transaction in
      if try accounts.get(account.id, in: transaction) != nil {
        throw ValidationError(field: "id", rule: "an account '\(account.id)' already exists")
      }
      try accounts.put(account, in: transaction)
    }
  }
}
