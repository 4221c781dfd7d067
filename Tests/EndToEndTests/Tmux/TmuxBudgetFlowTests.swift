import Foundation
import Testing

/// The participatory budget through the real binary in a real terminal.
///
/// A resident fills the demo's 2026 ballot with one project too many, tries to cast it, reads
/// the rule on the ballot, fixes the selection and casts it; an official then closes the
/// voting, which counts it, and reads the results and one explanation. Two sessions of
/// `hromada` share one fresh data directory.
@Suite("Budget end to end", .serialized)
struct TmuxBudgetFlowTests {
  @Test("resident breaks the rule, fixes the ballot and casts it; official closes and counts")
  func voteThenCount() throws {
    let data = FileManager.default.temporaryDirectory
      .appendingPathComponent("hromada-budget-e2e-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: data) }

    // 1. Taras chooses four projects where three are allowed, then fixes it.
    try TmuxSession.signedIn("taras", pin: "4821", data: data) { terminal in
      // The first start seeds the demo community (PIN hashing), which is slow in a debug build.
      try terminal.waitFor("Новини громади", timeout: 120)
      try terminal.press("3")
      try terminal.waitFor("Громадський бюджет 2026")
      try terminal.press("Down", "Enter")
      try terminal.waitFor("у бюлетені")
      try terminal.press("v")
      try terminal.waitFor("Обрано 0 з 3")
      try terminal.press("Space", "Space", "Space", "Space")
      try terminal.waitFor("Обрано 4 з 3")
      try terminal.press("c")
      let refused = try terminal.waitFor("✗ можна обрати щонайбільше 3 проєктів (обрано 4)")
      #expect(!refused.contains("Ваш вибір"), "no review may open for a broken ballot")
      try terminal.press("Up", "Space")
      try terminal.waitFor("Обрано 3 з 3")
      #expect(!(try terminal.screen()).contains("✗"))
      try terminal.press("c")
      let review = try terminal.waitFor("Ваш вибір")
      #expect(plain(review).contains("Разом: 1 545 000 ₴"))
      try terminal.press("y")
      let cast = try terminal.waitFor("Бюлетень прийнято")
      #expect(cast.contains("✓ ваш бюлетень прийнято"))
    }

    // 2. Andrii closes the voting (which counts it) and opens the results.
    try TmuxSession.signedIn("andrii", pin: "2580", data: data) { terminal in
      try terminal.waitFor("Новини громади")
      try terminal.press("3")
      try terminal.waitFor("Громадський бюджет 2026")
      try terminal.press("Down", "Enter")
      try terminal.waitFor("> наступний етап")
      try terminal.press(">")
      try terminal.waitFor("Перевести цикл на етап «завершено»?")
      try terminal.press("y")
      let closed = try terminal.waitFor("Цикл переведено на етап «завершено»")
      // Taras's three projects now carry his vote.
      let counted = closed.split(separator: "\n").filter { $0.hasSuffix(" 1") }
      #expect(counted.count == 3, "the proposals after closing:\n\(closed)")
      try terminal.press("t")
      try terminal.waitFor("Результати · Громадський бюджет 2026")
      // The screen may be caught while tmux is still drawing it: wait for the row itself.
      let results = try terminal.waitFor("Сонячне вуличне")
      #expect(results.contains("бюлетенів 1"))
      // Greedy funds the playground and the lab (1 005 000 ₴); the lighting, third by votes,
      // needs 540 000 ₴ with 495 000 ₴ left.
      let lighting = try #require(
        results.split(separator: "\n").first { $0.contains("Сонячне вуличне") })
      #expect(plain(String(lighting)).contains("540 000 ₴   ·"), "\(lighting)")
      try terminal.press("Down", "Down", "Enter")
      try terminal.waitFor("За голосами (жадібно):")
      // The sentence may wrap, but an amount never breaks.
      let explained = plain(try terminal.waitFor("пропущено: потрібно"))
      #expect(explained.contains("потрібно 540 000 ₴"), "\(explained)")
      #expect(explained.contains("залишалося 495 000 ₴"), "\(explained)")
    }
  }
}

/// The screen with amounts' no-break spaces as plain ones: whether tmux's capture keeps them
/// depends on its locale.
private func plain(_ screen: String) -> String {
  screen.replacingOccurrences(of: "\u{00A0}", with: " ")
}
