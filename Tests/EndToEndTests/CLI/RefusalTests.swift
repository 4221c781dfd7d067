import Foundation
import Testing

/// Who may do what holds on the command line too: a refusal exits 1 with a message on standard
/// error and changes nothing.
struct RefusalTests {
  private let addNews = ["news", "add", "--title", "Не має з'явитися", "--body", "Текст"]

  @Test("a wrong PIN is refused, counted, and publishes nothing")
  func wrongPIN() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      let before = try TreeSnapshot(of: folder.dataPath)
      let result = try HromadaCLI.run(
        addNews + ["--as", "olena"] + folder.data, environment: ["HROMADA_PIN": "0000"])
      #expect(result.status == 1)
      #expect(
        result.standardError.contains("wrong PIN for 'olena' (2 more tries"),
        "\(result.standardError)")
      #expect(result.standardOutput.isEmpty)
      // Only the account's count of wrong PINs changed.
      let changed = try TreeSnapshot(of: folder.dataPath).changes(since: before)
      #expect(!changed.isEmpty)
      #expect(changed.allSatisfy { $0.hasPrefix("accounts/") }, "\(changed)")
    }
  }

  @Test("three wrong PINs lock the account; then even the right PIN is refused")
  func lockout() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      var last = CLIResult(status: 0, standardOutput: "", standardError: "")
      for _ in 0..<3 {
        last = try HromadaCLI.run(
          ["news", "list", "--as", "taras"] + folder.data, environment: ["HROMADA_PIN": "1111"])
        #expect(last.status == 1)
      }
      #expect(
        last.standardError.contains("the account is locked for 5 minutes"), "\(last.standardError)")
      let before = try TreeSnapshot(of: folder.dataPath)
      let right = try HromadaCLI.run(
        ["news", "list", "--as", "taras"] + folder.data, environment: ["HROMADA_PIN": "4821"])
      #expect(right.status == 1)
      #expect(
        right.standardError.contains("account 'taras' is locked after 3 wrong PINs"),
        "\(right.standardError)")
      #expect(try TreeSnapshot(of: folder.dataPath) == before)
    }
  }

  @Test("an unknown account is refused and nothing changes")
  func unknownAccount() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      let before = try TreeSnapshot(of: folder.dataPath)
      let result = try HromadaCLI.run(
        addNews + ["--as", "nobody"] + folder.data, environment: ["HROMADA_PIN": "1111"])
      #expect(result.status == 1)
      #expect(
        result.standardError.contains("no account 'nobody' in this community"),
        "\(result.standardError)")
      #expect(try TreeSnapshot(of: folder.dataPath) == before)
    }
  }

  @Test(
    "a resident is refused official actions and nothing changes",
    arguments: [
      (
        ["news", "add", "--title", "Т", "--body", "Т"],
        "a resident may not publish news (officials only)"
      ),
      (["accounts", "list"], "a resident may not list accounts (officials only)"),
      (
        ["accounts", "add", "--id", "mole", "--name", "Кріт", "--role", "official"],
        "a resident may not add accounts (officials only)"
      ),
    ])
  func residentRefused(arguments: [String], message: String) throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      let before = try TreeSnapshot(of: folder.dataPath)
      let result = try HromadaCLI.run(
        arguments + ["--as", "taras"] + folder.data,
        environment: ["HROMADA_PIN": "4821", "HROMADA_NEW_PIN": "1234"])
      #expect(result.status == 1)
      #expect(result.standardError.contains(message), "\(result.standardError)")
      #expect(result.standardOutput.isEmpty)
      let after = try TreeSnapshot(of: folder.dataPath)
      #expect(after == before, "changed: \(after.changes(since: before))")
    }
  }

  @Test("a guest is asked to sign in before writing, and nothing changes")
  func guestRefused() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      let before = try TreeSnapshot(of: folder.dataPath)
      let result = try HromadaCLI.run(addNews + folder.data)
      #expect(result.status == 1)
      #expect(
        result.standardError.contains("sign in to publish news (guests may only read)"),
        "\(result.standardError)")
      #expect(try TreeSnapshot(of: folder.dataPath) == before)
    }
  }
}
