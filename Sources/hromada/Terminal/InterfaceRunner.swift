import CommunityCore
import CommunityTUI
import Foundation
import HromadaResources

#if canImport(Glibc)
import Glibc
#endif

/// Runs the interactive interface: the ncurses driver feeding keys to the `App`.
enum InterfaceRunner {
  static func run(community: Community, viewer: Viewer?, language: String) throws {
    let strings = try Strings.load(language: language, from: HromadaResources.stringsDirectory)
    let context = AppContext(
      community: community, viewer: viewer ?? .guest, strings: strings, now: { Date() })
    let app = App(context: context, signedIn: viewer != nil)
    let environment = ProcessInfo.processInfo.environment
    let driver = NcursesDriver(noColor: !(environment["NO_COLOR"] ?? "").isEmpty)
    driver.start()
    defer { driver.stop() }
    var frame = Canvas(width: driver.size.width, height: driver.size.height)
    app.render(into: &frame)
    driver.draw(frame)
    while !driver.terminationRequested {
      let key: Key
      switch driver.read() {
      case .key(let pressed): key = pressed
      case .interrupted: continue
      case .closed: return
      }
      var effect = app.handle(key)
      while case .work = effect {
        // The frame says what is being done before the work starts.
        frame = Canvas(width: driver.size.width, height: driver.size.height)
        app.render(into: &frame)
        driver.draw(frame)
        effect = app.finishWork()
      }
      switch effect {
      case .quit: return
      case .none, .work: break
      case .editExternally(let text):
        var edited = text
        driver.suspend { edited = ExternalEditor.edit(text) ?? text }
        app.finishExternalEdit(edited)
      }
      frame = Canvas(width: driver.size.width, height: driver.size.height)
      app.render(into: &frame)
      driver.draw(frame)
    }
  }
}

/// Edits text in `$VISUAL` or `$EDITOR` (else `vi`), the way git and mutt do.
enum ExternalEditor {
  static func edit(_ text: String) -> String? {
    let environment = ProcessInfo.processInfo.environment
    let editor =
      environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["EDITOR"] ?? "vi"
    let path =
      NSTemporaryDirectory() + "hromada-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt"
    guard
      FileManager.default.createFile(
        atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
    else { return nil }
    defer { try? FileManager.default.removeItem(atPath: path) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    // The editor command may carry arguments ("code --wait"), so the shell splits it.
    process.arguments = ["-c", editor + " \"$1\"", "hromada-editor", path]
    do {
      try process.run()
      process.waitUntilExit()
    } catch {
      return nil
    }
    guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: path)
    else {
      return nil
    }
    var edited = String(decoding: data, as: UTF8.self)
    while edited.hasSuffix("\n") { edited.removeLast() }
    return edited
  }
}
