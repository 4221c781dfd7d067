import Testing

@testable import CommunityTUI

/// A small news screen built the way the app's screens are: tab bar, list, status bar, and a
/// dialog over them, rendered into one canvas that the driver would copy to the terminal.
struct ScreenCompositionTests {
  enum Action: Equatable, Sendable {
    case open
    case delete
    case quit
  }

  let titles = ["Ремонт дороги", "Ярмарок у неділю", "Нові ліхтарі 中文", "Збори громади"]
  let keymap = Keymap<Action>([
    .init([.enter], .open, hint: "Відкрити", help: "Відкрити новину"),
    .init([.delete, .character("d")], .delete, hint: "Видалити", help: "Видалити новину"),
    .init([.character("q")], .quit, hint: "Вийти", help: "Вийти"),
  ])

  func render(list: ListView, dialog: ConfirmDialog?) -> Canvas {
    var canvas = Canvas(width: 40, height: 8)
    TabBar(titles: ["Новини", "Послуги"]).render(into: &canvas, in: canvas.bounds.top(1))
    let listArea = canvas.bounds.droppingTop(1).droppingBottom(1)
    list.render(into: &canvas, in: listArea) { index, _, width in
      [Segment(DisplayWidth.clip(titles[index], to: width, ellipsis: true))]
    }
    StatusBar(keymap: keymap).render(into: &canvas, in: canvas.bounds.bottom(1))
    dialog?.render(into: &canvas, in: canvas.bounds)
    return canvas
  }

  @Test("keys go to the list first and then to the keymap, and the screen renders as text")
  func screen() {
    var list = ListView(count: titles.count, pageSize: 6)
    for key in [Key.down, .down, .character("d")] where !list.handle(key) {
      #expect(keymap.action(for: key) == .delete)
    }
    let canvas = render(list: list, dialog: nil)
    #expect(
      canvas.text == """
         1 Новини │ 2 Послуги
        Ремонт дороги
        Ярмарок у неділю
        Нові ліхтарі 中文
        Збори громади


          Enter Відкрити  Del Видалити  q Вийти
        """)
    #expect(canvas.cursor == nil)
  }

  @Test("the driver draws each row as styled runs at their columns")
  func styledRuns() {
    var list = ListView(count: titles.count)
    list.select(2)
    let canvas = render(list: list, dialog: nil)
    let runs = canvas.styledRuns(3)
    #expect(runs.first?.style == .selection)
    #expect(runs.first?.text.hasPrefix("Нові ліхтарі 中文") == true)
    // The wide character's continuation cell adds no text but counts in the run's width.
    #expect(runs.map(\.width).reduce(0, +) == 40)
    #expect(runs.map { DisplayWidth.of($0.text) }.reduce(0, +) == 40)
  }

  @Test("a dialog over the screen leaves the rest of it visible")
  func dialogOverScreen() {
    let dialog = ConfirmDialog(
      title: "Видалити", message: "Видалити новину?", confirmLabel: "Так", cancelLabel: "Ні",
      isConfirmFocused: false, isDestructive: true)
    let canvas = render(list: ListView(count: titles.count), dialog: dialog)
    #expect(
      canvas.text == """
         1 Новини │ 2 Послуги
        Ремонт дор┌─ Видалити ───────┐
        Ярмарок у │                  │
        Нові ліхта│ Видалити новину? │
        Збори гром│                  │
                  │ [ Так ]   [ Ні ] │
                  └──────────────────┘
          Enter Відкрити  Del Видалити  q Вийти
        """)
    #expect(canvas[1, 10].style == .danger)
    #expect(canvas[5, 22].style == .selection)
  }
}
