import Foundation
import Testing

/// The real binary in a real terminal: sign in, read, compose, search, resize, quit.
@Suite("News end to end", .serialized)
struct NewsEndToEndTests {
  @Test("an official reads, publishes in Cyrillic, searches, survives a resize and quits cleanly")
  func officialSession() throws {
    let session = try TmuxSession(arguments: [])
    try session.waitFor("Продовжити як гість")
    // Accounts are listed by id: andrii, dmytro, halyna, iryna, mykola, olena…
    for _ in 0..<5 { try session.press("Down") }
    try session.press("Enter")
    try session.waitFor("PIN:")
    try session.type("1111")
    try session.press("Enter")
    try session.waitFor("Новини громади")
    try session.waitFor("Олена Коваленко")

    try session.press("Enter")
    try session.waitFor("Розпочалося голосування")
    try session.press("Escape")
    try session.waitFor("Новини громади")

    try session.press("a")
    try session.waitFor("Нова новина")
    try session.type("Свято врожаю на Вербовій")
    try session.press("Tab", "C-u")
    try session.type("Культура")
    try session.press("Tab", "Tab", "Tab")
    try session.type("Запрошуємо мешканців громади на об’єднане свято.")
    try session.press("C-s")
    try session.waitFor("Свято врожаю на Вербовій")

    try session.press("/")
    try session.type("врожаю")
    try session.waitFor("збіг 1 з 1")
    try session.press("Enter")
    // Back from the query line, the list's own hints return.
    try session.waitFor("c категорія")

    try session.resize(width: 60, height: 20)
    try session.waitFor("Термінал замалий")
    try session.resize(width: 80, height: 24)
    try session.waitFor("Новини громади")

    try session.press("q")
    let final = try session.waitFor("exit=")
    #expect(final.contains("exit=0"))
    #expect(final.contains("icanon") && !final.contains("-icanon"))
    #expect(final.contains("echo") && !final.contains("-echo"))
  }

  @Test("a guest opened with --guest reads the news; SIGTERM restores the terminal")
  func guestAndSignal() throws {
    let session = try TmuxSession(arguments: ["--guest", "--lang", "en"])
    try session.waitFor("Community news")
    try session.press("Enter")
    try session.waitFor("Розпочалося голосування")
    try session.signalHromada("TERM")
    let final = try session.waitFor("exit=")
    #expect(final.contains("icanon") && !final.contains("-icanon"))
    #expect(final.contains("echo") && !final.contains("-echo"))
  }
}
