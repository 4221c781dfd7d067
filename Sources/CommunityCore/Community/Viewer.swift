import Foundation

/// Who is acting: a guest, or a signed-in account.
package enum Viewer: Sendable, Equatable {
  case guest
  case account(Account)

  package var account: Account? {
    if case .account(let account) = self { return account }
    return nil
  }

  package var isOfficial: Bool { account?.role == .official }
  package var isResident: Bool { account?.role == .resident }
  package var id: String? { account?.id }

  /// Refuses unless the viewer is an official.
  package func requireOfficial(_ action: String) throws(AccessError) -> Account {
    guard let account else { throw .signInRequired(action: action) }
    guard account.role == .official else { throw .forbidden(action: action, role: account.role) }
    return account
  }

  /// Refuses unless the viewer is a resident.
  package func requireResident(_ action: String) throws(AccessError) -> Account {
    guard let account else { throw .signInRequired(action: action) }
    guard account.role == .resident else { throw .forbidden(action: action, role: account.role) }
    return account
  }

  /// Refuses guests.
  package func requireAccount(_ action: String) throws(AccessError) -> Account {
    guard let account else { throw .signInRequired(action: action) }
    return account
  }
}

/// Why an account may not do something.
package enum AccessError: Error, Sendable, Equatable, CustomStringConvertible {
  case unknownAccount(String)
  case wrongPIN(account: String, attemptsLeft: Int)
  case locked(account: String, until: Date)
  case signInRequired(action: String)
  case forbidden(action: String, role: Account.Role)
  case notYours(what: String)

  package var description: String {
    switch self {
    case .unknownAccount(let id): return "no account '\(id)' in this community"
    case .wrongPIN(let id, let left):
      return left > 0
        ? "wrong PIN for '\(id)' (\(left) more tries before the account is locked)"
        : "wrong PIN for '\(id)'; the account is locked for 5 minutes"
    case .locked(let id, let until):
      return "account '\(id)' is locked after 3 wrong PINs until "
        + until.formatted(.iso8601.time(includingFractionalSeconds: false))
    case .signInRequired(let action): return "sign in to \(action) (guests may only read)"
    case .forbidden(let action, let role):
      return "\(role == .official ? "an" : "a") \(role.rawValue) may not \(action)"
        + (role == .resident ? " (officials only)" : " (residents only)")
    case .notYours(let what): return "\(what) belongs to another resident"
    }
  }
}
