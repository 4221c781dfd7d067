import Testing

@testable import CommunityTUI

struct TextViewTests {
  let text = (1...10).map { "Рядок номер \($0)." }.joined(separator: "\n")

  @Test("scrolling stops at the top and at the last page")
  func scrolling() {
    var view = TextView(text: text, viewport: Size(width: 20, height: 4))
    #expect(view.lines.count == 10)
    view.handle(.up)
    #expect(view.offset == 0)
    view.handle(.down)
    view.handle(.character("j"))
    #expect(view.offset == 2)
    view.handle(.end)
    #expect(view.offset == 6)
    view.handle(.pageDown)
    #expect(view.offset == 6)
    view.handle(.pageUp)
    #expect(view.offset == 2)
    view.handle(.character("g"))
    #expect(view.offset == 0)
    view.handle(.character(" "))
    #expect(view.offset == 4)
  }

  @Test("the position shows how far the bottom of the view has got")
  func position() {
    var view = TextView(text: text, viewport: Size(width: 20, height: 4))
    #expect(view.positionLabel == "40%")
    view.handle(.end)
    #expect(view.positionLabel == "100%")
    #expect(TextView(text: "коротко", viewport: Size(width: 20, height: 4)).positionLabel == "100%")
  }

  @Test("text wraps by display width, leaving a column for the scroll bar")
  func render() {
    let view = TextView(
      text: "Найвідповідальніший крок громади\n\n中文字符", viewport: Size(width: 11, height: 6))
    var canvas = Canvas(width: 11, height: 6)
    view.render(into: &canvas, in: canvas.bounds)
    #expect(
      canvas.text == """
        Найвідпові
        дальніший
        крок
        громади

        中文字符
        """)
  }

  @Test("escape sequences in the text are not shown")
  func sanitizes() {
    let view = TextView(text: "\u{1B}[31mчервоний\u{1B}[0m", viewport: Size(width: 20, height: 1))
    #expect(view.lines == ["червоний"])
  }

  @Test("a long text draws a scroll bar in the last column")
  func scrollBar() {
    var view = TextView(text: text, viewport: Size(width: 20, height: 4))
    view.handle(.end)
    var canvas = Canvas(width: 20, height: 4)
    view.render(into: &canvas, in: canvas.bounds)
    #expect(canvas.line(0) == "Рядок номер 7.     │")
    #expect(canvas[3, 19].grapheme == "█")
  }
}
