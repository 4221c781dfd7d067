import CommunityCore
import Foundation
import Testing

/// The fifth storage promise: personal data files are readable by their owner only.
struct FileModeTests {
  private func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return try #require(attributes[.posixPermissions] as? Int)
  }

  /// Every file and folder under `folder` (the folder itself included), with its mode.
  private func modes(under folder: String) throws -> [(path: String, mode: Int, isFolder: Bool)] {
    var result = [(folder, try mode(folder), true)]
    let walker = try #require(FileManager.default.enumerator(atPath: folder))
    while let name = walker.nextObject() as? String {
      let path = folder + "/" + name
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      result.append((path, try mode(path), isFolder.boolValue))
    }
    return result
  }

  @Test("accounts, requests, ballots and read marks are owner-only; so is the data directory")
  func personalData() throws {
    try TemporaryDirectory.with { folder in
      let community = try TestCommunity.demo(at: folder.dataPath)
      let resident = try TestCommunity.resident(community)
      let news = try #require(try community.listNews(viewer: resident).first)
      try community.setRead(true, newsID: news.id, viewer: resident)
      try community.addAccount(
        id: "iryna2", name: "Ірина", role: .resident, pin: "1234",
        viewer: TestCommunity.official(community), pinRounds: TestCommunity.pinRounds)

      #expect(try mode(folder.dataPath) == 0o700)
      #expect(try mode(folder.dataPath + "/.lock") == 0o600)
      for collection in ["accounts", "requests", "ballots", "read-marks"] {
        let entries = try modes(under: folder.dataPath + "/" + collection)
        #expect(entries.count > 3, "\(collection) has its journal, state and index files")
        for entry in entries {
          #expect(
            entry.mode == (entry.isFolder ? 0o700 : 0o600),
            "\(entry.path): \(String(entry.mode, radix: 8))")
        }
      }
    }
  }
}
