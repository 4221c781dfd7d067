import Foundation
import Testing

/// The read-only commands and the accounts commands against a freshly seeded demo community.
struct DemoCommandTests {
  @Test("doctor finds a fresh demo healthy")
  func doctor() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      let result = try HromadaCLI.run(["doctor"] + folder.data)
      #expect(result.status == 0, "\(result.standardOutput)")
      #expect(result.standardOutput.contains("All is well."))
      #expect(result.standardOutput.contains("ok  news:"))
    }
  }

  @Test("the first command on an empty data directory seeds the demo")
  func seedsOnFirstUse() throws {
    try ScratchFolder.with { folder in
      let result = try HromadaCLI.run(["news", "list", "--json", "--limit", "5"] + folder.data)
      #expect(result.status == 0, "\(result.standardError)")
      let items = try result.objects()
      #expect(items.count == 5)
      #expect(items.first?["pinned"] as? Bool == true)
      #expect(FileManager.default.fileExists(atPath: folder.dataPath + "/hromada.json"))
    }
  }

  @Test("services list --json: code, name, fee and term of every card")
  func services() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      let result = try HromadaCLI.run(["services", "list", "--json"] + folder.data)
      #expect(result.status == 0, "\(result.standardError)")
      let services = try result.objects()
      #expect(services.count >= 5)
      let codes = services.compactMap { $0["code"] as? String }
      #expect(codes.count == services.count)
      #expect(codes == codes.sorted(), "by code")
      for service in services {
        #expect(!((service["name"] as? String) ?? "").isEmpty)
        let term = service["term"] as? [String: Any]
        #expect(
          ["sameDay", "workingDays", "calendarDays"].contains(term?["kind"] as? String ?? ""))
        if let fee = service["fee"] as? [String: Any] {
          #expect(
            (fee["amount"] as? String)?.contains(".") == true, "fee amounts are decimal strings")
        } else {
          #expect(service["fee"] == nil, "a free service has no fee")
        }
      }
      let registration = try #require(services.first { $0["code"] as? String == "00034" })
      #expect((registration["fee"] as? [String: Any])?["amount"] as? String == "45.42")
      #expect((registration["term"] as? [String: Any])?["kind"] as? String == "sameDay")

      let card = try HromadaCLI.run(["services", "show", "00034"] + folder.data)
      #expect(card.status == 0)
      #expect(card.standardOutput.hasPrefix("00034  Реєстрація місця проживання"))
      #expect(card.standardOutput.contains("Вартість: 45.42 ₴"))
      let missing = try HromadaCLI.run(["services", "show", "99999"] + folder.data)
      #expect(missing.status == 1)
      #expect(missing.standardError.contains("no service with code '99999'"))
    }
  }

  @Test("practices list --json, all and by topic")
  func practices() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      let all = try HromadaCLI.run(["practices", "list", "--json"] + folder.data)
      #expect(all.status == 0, "\(all.standardError)")
      let practices = try all.objects()
      #expect(practices.count >= 3)
      for practice in practices {
        #expect(practice["id"] is String)
        #expect(!((practice["title"] as? String) ?? "").isEmpty)
        #expect((1900...2100).contains(practice["year"] as? Int ?? 0))
      }
      let budget = try HromadaCLI.run(
        ["practices", "list", "--json", "--topic", "budget"] + folder.data)
      let shelf = try budget.objects()
      #expect(!shelf.isEmpty)
      #expect(shelf.allSatisfy { $0["topic"] as? String == "budget" })
      #expect(shelf.count < practices.count)
      let id = try #require(practices.first?["id"] as? String)
      let shown = try HromadaCLI.run(["practices", "show", id] + folder.data)
      #expect(shown.standardOutput.hasPrefix((practices.first?["title"] as? String ?? "?") + "\n"))
    }
  }

  @Test("accounts list --json shows who is who and never a PIN hash")
  func accountsList() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      let result = try HromadaCLI.run(
        ["accounts", "list", "--json", "--as", "olena"] + folder.data,
        environment: ["HROMADA_PIN": "1111"])
      #expect(result.status == 0, "\(result.standardError)")
      let accounts = try result.objects()
      #expect(accounts.count == 8)
      #expect(accounts.compactMap { $0["id"] as? String }.contains("taras"))
      #expect(Set(accounts.compactMap { $0["role"] as? String }) == ["official", "resident"])
      for account in accounts {
        #expect(
          Set(account.keys).isSubset(of: ["id", "name", "role", "title", "locked"]),
          "\(account.keys)")
      }
      for secret in ["pin", "salt", "hash", "pbkdf2", "rounds"] {
        #expect(!result.standardOutput.lowercased().contains(secret), "\(secret)")
      }
      let table = try HromadaCLI.run(
        ["accounts", "list", "--as", "olena"] + folder.data, environment: ["HROMADA_PIN": "1111"])
      #expect(!table.standardOutput.contains("pbkdf2"))
      #expect(table.standardOutput.contains("Тарас Гнатюк"))
    }
  }

  @Test("accounts add: the new resident can sign in; a duplicate id is refused")
  func accountsAdd() throws {
    try ScratchFolder.with { folder in
      try folder.seedDemo()
      let added = try HromadaCLI.run(
        [
          "accounts", "add", "--id", "oksana", "--name", "Оксана Литвин", "--role", "resident",
          "--as", "olena",
        ]
          + folder.data,
        environment: ["HROMADA_PIN": "1111", "HROMADA_NEW_PIN": "8642"])
      #expect(added.status == 0, "\(added.standardError)")
      #expect(added.standardOutput.contains("Added resident oksana"))
      let signedIn = try HromadaCLI.run(
        ["news", "list", "--limit", "1", "--as", "oksana"] + folder.data,
        environment: ["HROMADA_PIN": "8642"])
      #expect(signedIn.status == 0, "\(signedIn.standardError)")
      let refused = try HromadaCLI.run(
        ["news", "add", "--title", "Т", "--body", "Т", "--as", "oksana"] + folder.data,
        environment: ["HROMADA_PIN": "8642"])
      #expect(refused.status == 1)
      #expect(refused.standardError.contains("a resident may not publish news"))

      let before = try TreeSnapshot(of: folder.dataPath)
      let duplicate = try HromadaCLI.run(
        [
          "accounts", "add", "--id", "oksana", "--name", "Інша", "--role", "official", "--as",
          "olena",
        ]
          + folder.data,
        environment: ["HROMADA_PIN": "1111", "HROMADA_NEW_PIN": "1357"])
      #expect(duplicate.status == 1)
      #expect(duplicate.standardError.contains("an account 'oksana' already exists"))
      #expect(try TreeSnapshot(of: folder.dataPath) == before)
    }
  }
}
