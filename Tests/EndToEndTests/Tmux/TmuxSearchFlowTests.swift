import Foundation
import Testing

/// The global search through the real binary in a real terminal.
@Suite("Search end to end", .serialized)
struct TmuxSearchFlowTests {
  @Test("a Cyrillic query with one apostrophe finds another, and the result opens in its section")
  func apostropheQueryOpensPractice() throws {
    let session = try TmuxSession(arguments: ["--guest"])
    // The first start seeds the demo community, which is slow in a debug build.
    try session.waitFor("Новини громади", timeout: 120)

    try session.press("C-f")
    try session.waitFor("Пошук по громаді")
    // Typed with U+2019; the demo practice spells it with U+02BC, others with U+0027.
    try session.type("об’єднаних")
    // Results follow each key, so wait for the whole word before reading them.
    try session.waitFor("Запит: об’єднаних")
    let results = try session.waitFor("знайдено:")
    #expect(results.contains("Практика"))
    #expect(results.contains("Мобільний ЦНАП"))
    #expect(results.contains("обʼєднаних"))
    #expect(results.contains("об'єднання"))

    // Enter steps into the results, Enter again opens the first one in the practices section.
    try session.press("Enter")
    try session.waitFor("Enter відкрити")
    try session.press("Enter")
    let reader = try session.waitFor("Дубокраївська міська територіальна громада")
    #expect(reader.contains("Мобільний ЦНАП"))
    #expect(reader.contains("Рівненська область"))
    #expect(reader.contains("Після утворення обʼєднаних громад"))

    // Back lands on the practices list, and Ctrl-F returns to the search as it was left.
    try session.press("Escape")
    try session.waitFor("Бібліотека практик")
    try session.press("C-f")
    let again = try session.waitFor("Запит: об’єднаних")
    #expect(again.contains("Мобільний ЦНАП"))

    try session.press("Escape")
    try session.waitFor("Enter відкрити")
    let final = try session.quit()
    #expect(final.contains("icanon") && !final.contains("-icanon"))
  }

  @Test("a practice an official adds in the form is found by the global search at once")
  func addedPracticeIsFound() throws {
    let session = try TmuxSession(
      arguments: ["--as", "olena"], environment: ["HROMADA_PIN": "1111"])
    try session.waitFor("Новини громади", timeout: 120)
    try session.press("4")
    try session.waitFor("Бібліотека практик")
    try session.press("a")
    try session.waitFor("Нова практика")
    try session.type("Ґрейдер на всіх: дороги з фермерами")
    // Community and region stay empty; three steps right choose strategic planning.
    try session.press("Tab", "Tab", "Tab", "Right", "Right", "Right")
    try session.waitFor("‹ Стратегічне планування ›")
    try session.press("Tab", "Tab", "Tab")
    try session.type("Громада й фермери об’єднали техніку для грейдерування доріг.")
    try session.press("C-s")
    try session.waitFor("Ґрейдер на всіх")

    try session.press("C-f")
    try session.type("грейдерування")
    try session.waitFor("Запит: грейдерування")
    let results = try session.waitFor("знайдено: 1")
    #expect(results.contains("Практика"))
    #expect(results.contains("Ґрейдер на всіх: дороги з фермерами"))
    try session.press("Enter", "Enter")
    let reader = try session.waitFor("Стратегічне планування")
    #expect(reader.contains("об’єднали техніку"))
    try session.quit(with: "C-c")
  }
}
