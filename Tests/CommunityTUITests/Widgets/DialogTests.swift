import Testing

@testable import CommunityTUI

struct DialogTests {
  func screen(width: Int, height: Int) -> Canvas {
    var canvas = Canvas(width: width, height: height)
    for row in 0..<height {
      canvas.put(String(repeating: "·", count: width), row: row, column: 0)
    }
    return canvas
  }

  @Test("a confirm dialog is a centred box over the screen with the question and two buttons")
  func confirmRendering() {
    var canvas = screen(width: 34, height: 9)
    let dialog = ConfirmDialog(
      title: "Видалити", message: "Видалити новину «Ліхтарі»?", confirmLabel: "Так",
      cancelLabel: "Ні")
    dialog.render(into: &canvas, in: canvas.bounds)
    #expect(
      canvas.text == """
        ··································
        ··┌─ Видалити ─────────────────┐··
        ··│                            │··
        ··│ Видалити новину «Ліхтарі»? │··
        ··│                            │··
        ··│      [ Так ]   [ Ні ]      │··
        ··└────────────────────────────┘··
        ··································
        ··································
        """)
    #expect(canvas[5, 9].style == .selection)
    #expect(canvas[5, 19].style == .normal)
  }

  @Test("a long question wraps inside a dialog narrower than the screen")
  func confirmWrapping() {
    var canvas = Canvas(width: 24, height: 8)
    ConfirmDialog(
      title: "Голосування", message: "Ваш бюлетень замінить попередній. Продовжити?",
      confirmLabel: "Так", cancelLabel: "Ні", isConfirmFocused: false
    ).render(into: &canvas, in: canvas.bounds)
    #expect(
      canvas.text == """
        ┌─ Голосування ────────┐
        │                      │
        │ Ваш бюлетень         │
        │ замінить попередній. │
        │ Продовжити?          │
        │                      │
        │   [ Так ]   [ Ні ]   │
        └──────────────────────┘
        """)
    #expect(canvas[6, 14].style == .selection)
  }

  @Test("Enter answers with the focused button, Esc cancels, letters answer at once")
  func confirmKeys() {
    var dialog = ConfirmDialog(
      title: "", message: "?", confirmLabel: "Так", cancelLabel: "Ні",
      confirmCharacters: ["y", "т"], cancelCharacters: ["n", "н"])
    #expect(dialog.handle(.enter) == .confirmed)
    #expect(dialog.handle(.escape) == .cancelled)
    #expect(dialog.handle(.character("т")) == .confirmed)
    #expect(dialog.handle(.character("н")) == .cancelled)
    #expect(dialog.handle(.character("x")) == nil)
    #expect(dialog.handle(.right) == nil)
    #expect(!dialog.isConfirmFocused)
    #expect(dialog.handle(.enter) == .cancelled)
    #expect(dialog.handle(.tab) == nil)
    #expect(dialog.handle(.enter) == .confirmed)
  }

  @Test("an error dialog shows the message and one button, and Enter, Esc or Space dismiss it")
  func errorDialog() {
    var canvas = Canvas(width: 30, height: 7)
    let dialog = ErrorDialog(
      title: "Помилка", message: "Файл news.json пошкоджено: рядок 3", dismissLabel: "Гаразд")
    dialog.render(into: &canvas, in: canvas.bounds)
    #expect(
      canvas.text == """
        ┌─ Помилка ──────────────────┐
        │                            │
        │ Файл news.json пошкоджено: │
        │ рядок 3                    │
        │                            │
        │         [ Гаразд ]         │
        └────────────────────────────┘
        """)
    #expect(canvas[0, 0].style == .danger)
    #expect(dialog.handle(.enter))
    #expect(dialog.handle(.escape))
    #expect(dialog.handle(.character(" ")))
    #expect(!dialog.handle(.character("q")))
  }

  @Test("a dialog in a canvas too small for it draws nothing outside the canvas")
  func tinyCanvas() {
    var canvas = Canvas(width: 3, height: 2)
    ErrorDialog(title: "Помилка", message: "Текст", dismissLabel: "OK")
      .render(into: &canvas, in: canvas.bounds)
    #expect(canvas.text == "\n")
  }
}
