import Testing

@testable import CommunityTUI

struct HelpOverlayTests {
  let keymap = Keymap<Int>([
    .init([.enter], 1, help: "Відкрити вибрану новину на весь екран"),
    .init([.down, .character("j")], 2, help: "Наступна"),
    .init([.up, .character("k")], 3, help: "Попередня"),
    .init([.character("/")], 4, help: "Пошук"),
    .init([.character("q"), .escape], 5, help: "Вийти"),
  ])

  @Test("help lists every binding's keys and wraps long help beside them")
  func rendering() {
    var canvas = Canvas(width: 40, height: 10)
    HelpOverlay(title: "Довідка", keymap: keymap).render(into: &canvas, in: canvas.bounds)
    #expect(
      canvas.text == """

          ┌─ Довідка ────────────────────────┐
          │ Enter   Відкрити вибрану новину  │
          │         на весь екран            │
          │ ↓, j    Наступна                 │
          │ ↑, k    Попередня                │
          │ /       Пошук                    │
          │ q, Esc  Вийти                    │
          └──────────────────────────────────┘

        """)
    #expect(canvas[2, 4].style == .keyHint)
  }

  @Test("a list taller than the box scrolls and shows a scroll bar")
  func scrolling() {
    var overlay = HelpOverlay(
      title: "Довідка", keymap: keymap, viewport: Size(width: 40, height: 6))
    var canvas = Canvas(width: 40, height: 6)
    overlay.render(into: &canvas, in: canvas.bounds)
    // A margin of one row above and below leaves a box of four rows: two inside.
    #expect(canvas.line(2).contains("Enter"))
    #expect(canvas[2, 37].grapheme == "█")
    #expect(canvas[3, 37].grapheme == "│")
    overlay.handle(.end)
    #expect(overlay.offset == 4)
    canvas = Canvas(width: 40, height: 6)
    overlay.render(into: &canvas, in: canvas.bounds)
    #expect(canvas.line(3).contains("q, Esc  Вийти"))
    #expect(canvas[3, 37].grapheme == "█")
    overlay.handle(.pageDown)
    #expect(overlay.offset == 4)
    overlay.handle(.up)
    overlay.handle(.home)
    #expect(overlay.offset == 0)
    let handled1 = overlay.handle(.escape)
    #expect(!handled1)
  }
}
