import Testing

@testable import CommunityTUI

struct CanvasTests {
  @Test("put writes text and returns the columns used, clipped at the edge")
  func put() {
    var canvas = Canvas(width: 10, height: 2)
    #expect(canvas.put("Громада", row: 0, column: 1) == 7)
    #expect(canvas.put("Громада", row: 1, column: 6) == 4)
    #expect(canvas.text == " Громада\n      Гром")
    #expect(canvas.put("x", row: 5, column: 0) == 0)
  }

  @Test("put stops at maxWidth")
  func maxWidth() {
    var canvas = Canvas(width: 10, height: 1)
    #expect(canvas.put("абвгд", row: 0, column: 0, maxWidth: 3) == 3)
    #expect(canvas.text == "абв")
  }

  @Test("a wide character takes two cells and is never split at the edge")
  func wideCharacters() {
    var canvas = Canvas(width: 5, height: 1)
    #expect(canvas.put("中文字", row: 0, column: 0) == 4)
    #expect(canvas.text == "中文")
    #expect(canvas[0, 0].grapheme == "中")
    #expect(canvas[0, 1].isContinuation)
    #expect(canvas[0, 4].grapheme == " ")
  }

  @Test("writing over half of a wide character blanks the other half")
  func overwriteWideHalves() {
    var canvas = Canvas(width: 6, height: 1)
    canvas.put("中文字", row: 0, column: 0)
    canvas.put("x", row: 0, column: 1)  // right half of 中
    #expect(canvas.text == " x文字")
    canvas.put("y", row: 0, column: 2)  // left half of 文
    #expect(canvas.text == " xy 字")
    canvas.put("🙂", row: 0, column: 3)  // straddles the blank and 字's left half
    #expect(canvas.text == " xy🙂")
    #expect(canvas[0, 5].grapheme == " ")
    #expect(!canvas[0, 5].isContinuation)
  }

  @Test("control characters are not drawn and a line break ends put")
  func controls() {
    var canvas = Canvas(width: 10, height: 1)
    #expect(canvas.put("a\u{1B}b\u{07}c\nd", row: 0, column: 0) == 3)
    #expect(canvas.text == "abc")
  }

  @Test("a decomposed letter stays in one cell")
  func combining() {
    var canvas = Canvas(width: 4, height: 1)
    #expect(canvas.put("и\u{0306}ти", row: 0, column: 0) == 3)
    #expect(canvas[0, 0].grapheme == "и\u{0306}")
  }

  @Test("text starting left of the canvas is clipped")
  func negativeColumn() {
    var canvas = Canvas(width: 4, height: 1)
    #expect(canvas.put("abcdef", row: 0, column: -2) == 4)
    #expect(canvas.text == "cdef")
  }

  @Test("box draws Unicode lines and a clipped title")
  func box() {
    var canvas = Canvas(width: 12, height: 3)
    canvas.box(canvas.bounds, title: "Заголовок довгий")
    #expect(
      canvas.text == """
        ┌─ Заголо… ┐
        │          │
        └──────────┘
        """)
  }

  @Test("fill sets style and text over a rectangle")
  func fill() {
    var canvas = Canvas(width: 4, height: 2)
    canvas.put("abcd", row: 0, column: 0)
    canvas.fill(Rect(row: 0, column: 1, width: 2, height: 2), style: .selection, with: "░")
    #expect(canvas.text == "a░░d\n ░░")
    #expect(canvas[1, 2].style == .selection)
    #expect(canvas[1, 3].style == .normal)
  }

  @Test("styled runs group cells by style and keep wide characters whole")
  func styledRuns() {
    var canvas = Canvas(width: 8, height: 1)
    canvas.put("ab", row: 0, column: 0)
    canvas.put("中x", row: 0, column: 2, style: .accent)
    let runs = canvas.styledRuns(0)
    #expect(
      runs == [
        Canvas.Run(column: 0, text: "ab", width: 2, style: .normal),
        Canvas.Run(column: 2, text: "中x", width: 3, style: .accent),
        Canvas.Run(column: 5, text: "   ", width: 3, style: .normal),
      ])
  }

  @Test("draw copies part of another canvas and blanks cut wide characters")
  func drawCanvas() {
    var source = Canvas(width: 6, height: 2)
    source.put("中文字", row: 0, column: 0)
    source.put("abcdef", row: 1, column: 0)
    var target = Canvas(width: 6, height: 2)
    target.draw(
      source, from: Rect(row: 0, column: 1, width: 4, height: 2), at: Position(row: 0, column: 1))
    #expect(target.text == "  文\n bcde")
  }

  @Test("each role has a fallback for terminals without colour")
  func noColor() {
    #expect(Style.selection.noColorAttributes == .reverse)
    #expect(Style.normal.noColorAttributes == [])
    #expect(Style(.muted, attributes: .bold).noColorAttributes == [.bold, .dim])
    #expect(Style.Role.allCases.filter { $0.noColorFallback.isEmpty }.count <= 3)
  }

  @Test("rect helpers clamp and centre")
  func rect() {
    let rect = Rect(row: 1, column: 2, width: 20, height: 10)
    #expect(rect.centered(width: 10, height: 4) == Rect(row: 4, column: 7, width: 10, height: 4))
    #expect(rect.inset(by: 1) == Rect(row: 2, column: 3, width: 18, height: 8))
    #expect(rect.bottom(2) == Rect(row: 9, column: 2, width: 20, height: 2))
    #expect(rect.droppingTop(3).height == 7)
    #expect(Rect(row: 0, column: 0, width: -3, height: 2).isEmpty)
    #expect(
      rect.intersection(Rect(row: 0, column: 0, width: 3, height: 3))
        == Rect(row: 1, column: 2, width: 1, height: 2))
  }
}
