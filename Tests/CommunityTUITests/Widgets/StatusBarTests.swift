import Testing

@testable import CommunityTUI

struct StatusBarTests {
  let keymap = Keymap<Int>([
    .init([.enter], 1, hint: "Відкрити", help: "Відкрити новину"),
    .init([.character("/")], 2, hint: "Пошук", help: "Шукати"),
    .init([.down], 3, help: "Далі"),
    .init([.character("q")], 4, hint: "Вийти", help: "Вийти"),
  ])

  func render(_ bar: StatusBar, width: Int) -> Canvas {
    var canvas = Canvas(width: width, height: 1)
    bar.render(into: &canvas, in: canvas.bounds)
    return canvas
  }

  @Test("the message is on the left and the keymap's hints on the right")
  func layout() {
    let canvas = render(StatusBar(message: "Збережено", keymap: keymap), width: 50)
    #expect(canvas.text == " Збережено       Enter Відкрити  / Пошук  q Вийти")
    #expect(canvas[0, 0].style == .statusBar)
    #expect(canvas[0, 17].style == Style(.statusBar, attributes: .bold))
    #expect(canvas[0, 22].style == .statusBar)
  }

  @Test("hints are dropped from the end before the message is clipped")
  func dropsHints() {
    let canvas = render(StatusBar(message: "Збережено", keymap: keymap), width: 30)
    #expect(canvas.text == " Збережено     Enter Відкрити")
  }

  @Test("a message too long for the bar is clipped with an ellipsis")
  func clipsMessage() {
    let message = "Файл news.json пошкоджено у рядку 3"
    let canvas = render(
      StatusBar(message: message, messageStyle: .danger, keymap: keymap), width: 20)
    #expect(canvas.text == " Файл news.json по…")
    #expect(canvas[0, 1].style == .danger)
    #expect(canvas[0, 19].style == .statusBar)
  }

  @Test("without a message the hints take the bar and control characters are not shown")
  func noMessage() {
    #expect(
      render(StatusBar(hints: keymap.hints), width: 44).text
        == "           Enter Відкрити  / Пошук  q Вийти")
    #expect(render(StatusBar(message: "a\u{1B}[2Jb\nc"), width: 10).text == " ab c")
  }
}
