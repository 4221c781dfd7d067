import Testing

@testable import CommunityTUI

struct TabBarTests {
  let titles = ["Новини", "Послуги", "Бюджет", "Практики"]

  func render(_ bar: TabBar, width: Int) -> Canvas {
    var canvas = Canvas(width: width, height: 1)
    bar.render(into: &canvas, in: canvas.bounds)
    return canvas
  }

  @Test("tabs are numbered and separated, and the active one is highlighted")
  func rendering() {
    let canvas = render(TabBar(titles: titles, active: 1), width: 50)
    #expect(canvas.text == " 1 Новини │ 2 Послуги │ 3 Бюджет │ 4 Практики")
    #expect(canvas[0, 11].style == .selection)
    #expect(canvas[0, 21].style == .selection)
    #expect(canvas[0, 1].style == .normal)
    #expect(canvas[0, 10].style == .border)
  }

  @Test("tabs that do not fit end in an ellipsis")
  func clipped() {
    let canvas = render(TabBar(titles: titles), width: 30)
    #expect(canvas.text == " 1 Новини │ 2 Послуги │ 3 Бюд…")
  }

  @Test("tabs before the active one scroll away so it stays visible")
  func activeStaysVisible() {
    let canvas = render(TabBar(titles: titles, active: 3), width: 26)
    #expect(canvas.text == " 3 Бюджет │ 4 Практики")
    #expect(canvas.line(0).displayWidth <= 26)
  }

  @Test("digits pick tabs, and next and previous wrap around")
  func selection() {
    var bar = TabBar(titles: titles)
    let handled1 = bar.handle(.character("3"))
    #expect(handled1)
    #expect(bar.active == 2)
    let handled2 = bar.handle(.character("9"))
    #expect(!handled2)
    let handled3 = bar.handle(.character("0"))
    #expect(!handled3)
    let handled4 = bar.handle(.character("x"))
    #expect(!handled4)
    bar.next()
    bar.next()
    #expect(bar.active == 0)
    bar.previous()
    #expect(bar.active == 3)
    var empty = TabBar(titles: [])
    let handled5 = empty.handle(.character("1"))
    #expect(!handled5)
    empty.next()
    #expect(render(empty, width: 10).text.isEmpty)
  }
}
