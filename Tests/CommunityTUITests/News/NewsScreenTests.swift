import CommunityCore
import CommunityTUI
import Foundation
import Testing

/// Screens of the news section and the sign-in, rendered into canvases and compared with
/// golden text files.
@Suite("News screens")
struct NewsScreenTests {
  @Test(
    "the sign-in screen lists the accounts and a guest entry", arguments: [(80, 24), (120, 40)])
  func signIn(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("guest"), signedIn: false)
    let canvas = ScreenSnapshot.render(app, width: size.0, height: size.1)
    #expect(canvas.text.contains("Продовжити як гість"))
    try ScreenSnapshot.assertMatches(canvas, named: "signin-\(size.0)x\(size.1)")
  }

  @Test(
    "the news list for each role",
    arguments: ["guest", "taras", "olena"], [(80, 24), (120, 40)])
  func newsList(viewer: String, size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context(viewer), signedIn: true)
    let canvas = ScreenSnapshot.render(app, width: size.0, height: size.1)
    try ScreenSnapshot.assertMatches(canvas, named: "news-\(viewer)-\(size.0)x\(size.1)")
    // The scheduled item is shown to officials only.
    #expect(canvas.text.contains("[заплановано]") == (viewer == "olena"))
    // Officials see the compose hint; residents and guests never do.
    #expect(canvas.text.contains("a написати") == (viewer == "olena"))
  }

  @Test(
    "the reader shows the item's Ukrainian text and marks it read",
    arguments: [(80, 24), (120, 40)])
  func reader(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let context = try demo.context("taras")
    let app = App(context: context, signedIn: true)
    app.type(.down, .down, .enter)
    let canvas = ScreenSnapshot.render(app, width: size.0, height: size.1)
    try ScreenSnapshot.assertMatches(canvas, named: "news-reader-\(size.0)x\(size.1)")
    let items = try demo.community.listNews(viewer: context.viewer, now: TestCommunity.fixedNow)
    let read = try demo.community.readNewsIDs(items.map(\.id), viewer: context.viewer)
    #expect(read == [items[2].id])
  }

  @Test("the compose form for officials", arguments: [(80, 24), (120, 40)])
  func compose(size: (Int, Int)) throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("olena"), signedIn: true)
    app.type(.character("a"))
    let canvas = ScreenSnapshot.render(app, width: size.0, height: size.1)
    try ScreenSnapshot.assertMatches(canvas, named: "news-compose-\(size.0)x\(size.1)")
  }

  @Test("the help overlay lists the keys of the current screen")
  func help() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("olena"), signedIn: true)
    app.type(.character("?"))
    let canvas = ScreenSnapshot.render(app, width: 80, height: 24)
    try ScreenSnapshot.assertMatches(canvas, named: "news-help-80x24")
    #expect(canvas.text.contains("закріпити / відкріпити"))
    app.type(.escape)
    #expect(
      !ScreenSnapshot.render(app, width: 80, height: 24).text.contains("закріпити / відкріпити"))
  }

  @Test("English when asked")
  func english() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("taras", language: "en"), signedIn: true)
    let canvas = ScreenSnapshot.render(app, width: 80, height: 24)
    try ScreenSnapshot.assertMatches(canvas, named: "news-taras-en-80x24")
    #expect(canvas.text.contains("1 News"))
  }

  @Test("below 80×24 a too-small message, and the screen comes back when the window grows")
  func tooSmall() throws {
    let demo = try TestCommunity()
    defer { demo.remove() }
    let app = App(context: try demo.context("guest"), signedIn: true)
    let small = ScreenSnapshot.render(app, width: 60, height: 20)
    #expect(small.text.contains("Термінал замалий"))
    #expect(small.text.contains("80×24, зараз 60×20"))
    _ = app.handle(.resize)
    let normal = ScreenSnapshot.render(app, width: 80, height: 24)
    #expect(normal.text.contains("Новини громади"))
    for width in [1, 2, 10, 79] {
      #expect(ScreenSnapshot.render(app, width: width, height: 3).width == width)
    }
  }
}
