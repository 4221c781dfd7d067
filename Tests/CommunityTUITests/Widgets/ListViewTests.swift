import Testing

@testable import CommunityTUI

struct ListViewTests {
  let items = (1...20).map { "Новина \($0)" }

  func render(_ list: ListView, height: Int = 5, width: Int = 14) -> Canvas {
    var canvas = Canvas(width: width, height: height)
    list.render(into: &canvas, in: canvas.bounds) { index, _, _ in [Segment(items[index])] }
    return canvas
  }

  @Test("moving down past the page scrolls just enough to keep the selection visible")
  func scrollDown() {
    var list = ListView(count: 20, pageSize: 5)
    for _ in 0..<6 {
      list.handle(.down)
    }
    #expect(list.selection == 6)
    #expect(list.scrollOffset == 2)
    #expect(list.visibleRange(height: 5) == 2..<7)
    list.handle(.character("k"))
    list.handle(.up)
    #expect(list.selection == 4)
    #expect(list.scrollOffset == 2)
  }

  @Test("the selection stops at the top and the bottom without wrapping")
  func edges() {
    var list = ListView(count: 3, pageSize: 5)
    let handled = list.handle(.up)
    #expect(handled)
    #expect(list.selection == 0)
    list.handle(.end)
    #expect(list.selection == 2)
    let handledAtBottom = list.handle(.down)
    #expect(handledAtBottom)
    #expect(list.selection == 2)
    list.handle(.character("g"))
    #expect(list.selection == 0)
    list.handle(.character("G"))
    #expect(list.selection == 2)
  }

  @Test("page keys move by a page and clamp")
  func paging() {
    var list = ListView(count: 20, pageSize: 5)
    list.handle(.pageDown)
    #expect(list.selection == 5)
    list.handle(.pageDown)
    list.handle(.pageDown)
    list.handle(.pageDown)
    #expect(list.selection == 19)
    #expect(list.scrollOffset == 15)
    list.handle(.pageUp)
    #expect(list.selection == 14)
    list.handle(.home)
    #expect(list.selection == 0)
    #expect(list.scrollOffset == 0)
  }

  @Test("an empty list has no selection and takes every key without crashing")
  func empty() {
    var list = ListView(count: 0)
    for key in [Key.up, .down, .pageUp, .pageDown, .home, .end, .character("G")] {
      let handled = list.handle(key)
      #expect(handled)
    }
    #expect(list.selection == nil)
    #expect(render(list).text == "\n\n\n\n")
  }

  @Test("a one-item list keeps its only item selected")
  func oneItem() {
    var list = ListView(count: 1)
    list.handle(.down)
    list.handle(.pageDown)
    #expect(list.selection == 0)
    list.handle(.up)
    #expect(list.selection == 0)
  }

  @Test("shrinking the count clamps the selection and the offset")
  func shrink() {
    var list = ListView(count: 20, pageSize: 5)
    list.handle(.end)
    #expect(list.scrollOffset == 15)
    list.count = 7
    #expect(list.selection == 6)
    #expect(list.scrollOffset == 2)
    list.count = 0
    #expect(list.selection == nil)
    #expect(list.scrollOffset == 0)
    list.count = 4
    #expect(list.selection == 0)
  }

  @Test("keys the list does not own are left to the screen")
  func unownedKeys() {
    var list = ListView(count: 3)
    let handled = list.handle(.enter)
    #expect(!handled)
    let handledSlash = list.handle(.character("/"))
    #expect(!handledSlash)
  }

  @Test("render highlights the selection and draws a scroll bar")
  func renderRows() {
    var list = ListView(count: 20, pageSize: 5)
    list.select(6)
    let canvas = render(list)
    #expect(
      canvas.text == """
        Новина 3     │
        Новина 4     █
        Новина 5     │
        Новина 6     │
        Новина 7     │
        """)
    #expect(canvas[4, 0].style == .selection)
    #expect(canvas[4, 12].style == .selection)
    #expect(canvas[3, 0].style == .normal)
  }

  @Test("render keeps the selection visible in a smaller area than the page size")
  func renderSmallerArea() {
    var list = ListView(count: 20, pageSize: 10)
    list.select(8)
    let canvas = render(list, height: 3)
    #expect(canvas.line(2).hasPrefix("Новина 9"))
  }

  @Test("a short list has no scroll bar and leaves unused rows blank")
  func shortList() {
    let list = ListView(count: 2)
    #expect(render(list, height: 4).text == "Новина 1\nНовина 2\n\n")
  }

  @Test("the row closure gets the width without the scroll bar and styled segments keep style")
  func rowWidth() {
    var widths: [Int] = []
    var canvas = Canvas(width: 10, height: 2)
    ListView(count: 5).render(into: &canvas, in: canvas.bounds) { index, isSelected, width in
      widths.append(width)
      return [Segment(isSelected ? "▸" : " "), Segment("\(index)", style: .muted)]
    }
    #expect(widths == [9, 9])
    #expect(canvas.text.hasPrefix("▸0"))
    #expect(canvas[0, 1].style == .muted)
  }
}
