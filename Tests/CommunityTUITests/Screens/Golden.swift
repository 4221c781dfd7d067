import CommunityTUI
import Foundation
import Testing

/// Golden text files for screen tests: `canvas.text` is compared with `Golden/<name>.txt`;
/// with `RECORD_SNAPSHOTS=1` in the environment the file is (re)written in the source tree
/// instead, to be reviewed and committed.
enum Golden {
  /// The `Golden` folder of the sources, found from this file's path.
  static func sourceFolder(filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Golden")
  }

  /// The expected text: from the sources, where recording writes (the test bundle's copy is
  /// only refreshed by a build), else from the bundle when the sources are not at hand.
  static func expected(_ name: String) throws -> String {
    let source = sourceFolder().appendingPathComponent(name + ".txt")
    if let text = try? String(contentsOf: source, encoding: .utf8) { return text }
    let bundled = Bundle.module.url(forResource: "Golden", withExtension: nil)?
      .appendingPathComponent(name + ".txt")
    return try String(contentsOf: bundled ?? source, encoding: .utf8)
  }

  /// Compares the canvas's text with `Golden/<name>.txt`, or records it.
  static func check(
    _ canvas: Canvas, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let text = canvas.text + "\n"
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      let folder = sourceFolder()
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: folder.appendingPathComponent(name + ".txt"))
      return
    }
    let expected = try Golden.expected(name)
    #expect(
      text == expected,
      "the screen differs from Golden/\(name).txt (RECORD_SNAPSHOTS=1 re-records it):\n\(text)",
      sourceLocation: sourceLocation)
  }

  /// Renders the app into a canvas of a fixed size, as the driver would.
  static func render(_ app: App, _ size: (Int, Int) = (80, 24)) -> Canvas {
    var canvas = Canvas(width: size.0, height: size.1)
    app.render(into: &canvas)
    return canvas
  }
}
