import Testing

@testable import CommunityTUI

struct KeymapTests {
  enum Action: Equatable, Sendable {
    case open
    case search
    case next
    case quit
    case edit
  }

  let keymap = Keymap<Action>([
    .init([.enter], .open, hint: "Відкрити", help: "Відкрити новину"),
    .init([.character("/")], .search, hint: "Пошук", help: "Шукати в новинах"),
    .init([.down, .character("j")], .next, help: "Наступна новина"),
    .init([.control("e")], .edit, hint: "Редактор", help: "Відкрити в редакторі"),
    .init([.character("q"), .escape], .quit, hint: "Вийти", help: "Повернутися назад"),
  ])

  @Test("keys dispatch to their binding's action")
  func dispatch() {
    #expect(keymap.action(for: .enter) == .open)
    #expect(keymap.action(for: .character("j")) == .next)
    #expect(keymap.action(for: .down) == .next)
    #expect(keymap.action(for: .escape) == .quit)
    #expect(keymap.action(for: .control("e")) == .edit)
    #expect(keymap.action(for: .character("x")) == nil)
  }

  @Test("the first binding of a key wins")
  func firstWins() {
    var keymap = keymap
    keymap.bind([.enter], to: .quit, help: "never")
    #expect(keymap.action(for: .enter) == .open)
  }

  @Test("hints list only bindings with a hint, in order, with their first key")
  func hints() {
    #expect(
      keymap.hints == [
        KeyHint(keys: "Enter", text: "Відкрити"),
        KeyHint(keys: "/", text: "Пошук"),
        KeyHint(keys: "Ctrl-E", text: "Редактор"),
        KeyHint(keys: "q", text: "Вийти"),
      ])
  }

  @Test("help lines list every binding with all its keys")
  func helpLines() {
    #expect(keymap.helpLines.count == 5)
    #expect(keymap.helpLines[2] == KeyHint(keys: "↓, j", text: "Наступна новина"))
    #expect(keymap.helpLines[4] == KeyHint(keys: "q, Esc", text: "Повернутися назад"))
  }

  @Test("keymaps combine after their actions are mapped")
  func combine() {
    enum Global: Sendable {
      case help
    }
    let global = Keymap<Global>([.init([.character("?")], .help, hint: "Довідка", help: "Довідка")])
    let combined = keymap.mapActions { Optional($0) }.appending(global.mapActions { _ in nil })
    #expect(combined.action(for: .enter) == .some(.open))
    #expect(combined.hints.last == KeyHint(keys: "?", text: "Довідка"))
  }

  @Test(
    "keys have display names",
    arguments: [
      (Key.enter, "Enter"), (.escape, "Esc"), (.pageDown, "PgDn"), (.pageUp, "PgUp"),
      (.control("e"), "Ctrl-E"), (.up, "↑"), (.down, "↓"), (.left, "←"), (.right, "→"),
      (.function(1), "F1"), (.character("q"), "q"), (.character(" "), "Space"),
      (.backTab, "Shift-Tab"), (.delete, "Del"), (.home, "Home"), (.character("й"), "й"),
    ] as [(Key, String)])
  func displayName(key: Key, name: String) {
    #expect(key.displayName == name)
  }
}
