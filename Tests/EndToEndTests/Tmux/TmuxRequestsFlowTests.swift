import Foundation
import Testing

/// The request flow through the real binary in a real terminal.
///
/// A resident files a request typed in Cyrillic, an official finds it in the queue and moves it to in review, and the
/// resident sees the new status. Three sessions of `hromada` share one fresh data directory.
@Suite("Requests end to end", .serialized)
struct TmuxRequestsFlowTests {
  @Test("resident files in Cyrillic, official moves it to in review, resident sees it")
  func fileReviewFollow() throws {
    let data = FileManager.default.temporaryDirectory
      .appendingPathComponent("hromada-requests-e2e-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: data) }
    let description = "Прошу присвоїти адресу будинку на вулиці Ґрунтовій, 7 — «Їжакова хата»"

    // 1. The resident files a request for address assignment (the third service).
    var number = ""
    try TmuxSession.signedIn("taras", pin: "4821", data: data) { terminal in
      // The first start seeds the demo community (PIN hashing), which is slow in a debug build.
      try terminal.waitFor("Новини громади", timeout: 120)
      try terminal.press("2")
      try terminal.waitFor("Адміністративні послуги")
      try terminal.press("Down", "Down", "f")
      try terminal.waitFor("Заява: Присвоєння адреси")
      try terminal.type(description)
      try terminal.press("Tab")
      try terminal.type("вул. Ґрунтова, 7")
      try terminal.press("C-s")
      let filed = try terminal.waitFor("Заяву зареєстровано під номером")
      number = try #require(requestNumber(in: filed, after: "під номером"))
      #expect(filed.contains("зареєстровано"))
      #expect(filed.contains("Ґрунтовій"))
    }

    // 2. The official finds it in the queue and moves it to in review.
    try TmuxSession.signedIn("olena", pin: "1111", data: data) { terminal in
      try terminal.waitFor("Новини громади")
      try terminal.press("2")
      try terminal.waitFor("Адміністративні послуги")
      try terminal.press("r")
      let queue = try terminal.waitFor("Черга заяв")
      #expect(queue.contains(number))
      try terminal.press("/")
      try terminal.type(number)
      try terminal.press("Enter")
      try terminal.waitFor("збіг 1 з 1")
      try terminal.press("Enter")
      let page = try terminal.waitFor("Заява № \(number)")
      #expect(page.contains("Статус: зареєстровано"))
      #expect(page.contains("«Їжакова хата»"))
      try terminal.press("s")
      try terminal.waitFor("‹ на розгляді ›")
      try terminal.press("C-s")
      try terminal.waitFor("Статус змінено: на розгляді")
    }

    // 3. The resident sees the new status in My requests.
    try TmuxSession.signedIn("taras", pin: "4821", data: data) { terminal in
      try terminal.waitFor("Новини громади")
      try terminal.press("2")
      try terminal.waitFor("Адміністративні послуги")
      try terminal.press("r")
      let mine = try terminal.waitFor("Мої заяви")
      let row = mine.split(separator: "\n").first { $0.contains(number) }
      #expect(row?.contains("на розгляді") == true, "My requests:\n\(mine)")
    }
  }
}

/// The first `YYYY-NNNNNN` request number after `marker` on the screen.
private func requestNumber(in screen: String, after marker: String) -> String? {
  guard let range = screen.range(of: marker) else { return nil }
  let rest = screen[range.upperBound...].drop { $0 == " " }
  let candidate = String(rest.prefix(11))
  let digits = candidate.filter(\.isNumber)
  return candidate.count == 11 && digits.count == 10 && candidate.dropFirst(4).first == "-"
    ? candidate : nil
}
