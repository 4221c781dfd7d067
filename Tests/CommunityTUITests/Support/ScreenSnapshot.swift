import CommunityCore
import CommunityTUI
import Foundation
import HromadaResources
import Testing

/// A demo community seeded at a fixed moment, so that every render is the same.
struct TestCommunity {
  /// 2026-11-25 10:00 UTC, a Wednesday.
  static let fixedNow = Date(timeIntervalSince1970: 1_795_600_800)

  let community: Community
  let directory: URL

  init() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("hromada-tui-\(UUID().uuidString)")
    community = try Community.create(
      at: directory.path, demoFolder: HromadaResources.demoDirectory, pinRounds: 1_000,
      now: TestCommunity.fixedNow)
  }

  func remove() {
    try? FileManager.default.removeItem(at: directory)
  }

  /// A context for `viewer` ("guest" or an account id) in `language`.
  func context(_ viewer: String, language: String = "uk") throws -> AppContext {
    let strings = try Strings.load(language: language, from: HromadaResources.stringsDirectory)
    let who: Viewer
    if viewer == "guest" {
      who = .guest
    } else {
      let account = try #require(try community.allAccounts().first { $0.id == viewer })
      who = .account(account)
    }
    return AppContext(
      community: community, viewer: who, strings: strings, now: { TestCommunity.fixedNow })
  }
}

/// Compares rendered screens with golden text files in `Golden/`; with RECORD_SNAPSHOTS=1 in
/// the environment it writes them instead (into the source tree, to be committed).
enum ScreenSnapshot {
  static func render(_ app: App, width: Int, height: Int) -> Canvas {
    var canvas = Canvas(width: width, height: height)
    app.render(into: &canvas)
    return canvas
  }

  static func assertMatches(
    _ canvas: Canvas, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let goldenFolder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Golden")
    let file = goldenFolder.appendingPathComponent(name + ".txt")
    let text = canvas.text + "\n"
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try Data(text.utf8).write(to: file)
      return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(
      text == expected, "screen \(name) differs from Golden/\(name).txt",
      sourceLocation: sourceLocation)
  }
}

extension App {
  /// Feeds keys as a person would type them; text is sent one character at a time.
  ///
  /// Announced work is done at once, as the driver does after drawing its message.
  func type(_ keys: Key...) {
    for key in keys { press(key) }
  }

  func type(text: String) {
    for character in text { press(.character(character)) }
  }

  private func press(_ key: Key) {
    var effect = handle(key)
    while case .work = effect { effect = finishWork() }
  }
}
