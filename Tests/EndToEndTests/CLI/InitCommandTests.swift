import Foundation
import Testing

struct InitCommandTests {
  @Test("init --empty with an official creates a community that official can sign in to")
  func emptyWithOfficial() throws {
    try ScratchFolder.with { folder in
      let created = try HromadaCLI.run(
        [
          "init", "--empty", "--name", "Тестова громада", "--official-id", "olena",
          "--official-name",
          "Олена Коваленко",
        ] + folder.data,
        environment: ["HROMADA_NEW_PIN": "1234"])
      #expect(created.status == 0, "\(created.standardError)")
      #expect(created.standardOutput.contains("Created an empty community"))

      let accounts = try HromadaCLI.run(
        ["accounts", "list", "--json", "--as", "olena"] + folder.data,
        environment: ["HROMADA_PIN": "1234"])
      #expect(accounts.status == 0, "\(accounts.standardError)")
      let list = try accounts.objects()
      #expect(list.count == 1)
      #expect(list.first?["id"] as? String == "olena")
      #expect(list.first?["role"] as? String == "official")
      #expect(list.first?["name"] as? String == "Олена Коваленко")

      let news = try HromadaCLI.run(["news", "list", "--json"] + folder.data)
      #expect(news.status == 0)
      #expect(try news.objects().isEmpty)
      let doctor = try HromadaCLI.run(["doctor"] + folder.data)
      #expect(doctor.status == 0, "\(doctor.standardOutput)")
    }
  }

  @Test("init refuses a directory that already holds a community, changing nothing")
  func alreadyInitialized() throws {
    try ScratchFolder.with { folder in
      try folder.seedEmpty()
      let before = try TreeSnapshot(of: folder.dataPath)
      let again = try HromadaCLI.run(["init", "--empty"] + folder.data)
      #expect(again.status == 1)
      #expect(
        again.standardError.contains("a community already exists here"), "\(again.standardError)")
      #expect(try TreeSnapshot(of: folder.dataPath) == before)
    }
  }

  @Test("init with a malformed PIN for the official is refused")
  func badPIN() throws {
    try ScratchFolder.with { folder in
      let result = try HromadaCLI.run(
        ["init", "--empty", "--official-id", "olena", "--official-name", "Олена"] + folder.data,
        environment: ["HROMADA_NEW_PIN": "12"])
      #expect(result.status == 1)
      #expect(result.standardError.contains("a PIN is 4 to 12 digits"), "\(result.standardError)")
      #expect(!FileManager.default.fileExists(atPath: folder.dataPath + "/hromada.json"))
    }
  }

  @Test("--official-id and --official-name go together")
  func officialOptionsTogether() throws {
    try ScratchFolder.with { folder in
      let result = try HromadaCLI.run(["init", "--empty", "--official-id", "olena"] + folder.data)
      #expect(result.status != 0)
      #expect(result.standardError.contains("--official-id and --official-name go together"))
      #expect(!FileManager.default.fileExists(atPath: folder.dataPath + "/hromada.json"))
    }
  }
}
