import Testing

@testable import CommunityTUI

struct TextAreaTests {
  @Test("Enter splits a line and Backspace at a line start joins it back")
  func splitAndJoin() {
    var area = TextArea(text: "Громадабюджет")
    for _ in 0..<6 {
      area.handle(.left)
    }
    area.handle(.enter)
    #expect(area.text == "Громада\nбюджет")
    #expect(area.cursor == .init(line: 1, index: 0))
    area.handle(.backspace)
    #expect(area.text == "Громадабюджет")
    #expect(area.cursor == .init(line: 0, index: 7))
    area.handle(.enter)
    area.handle(.up)
    area.handle(.end)
    area.handle(.delete)
    #expect(area.text == "Громадабюджет")
  }

  @Test("up and down keep the display column across lines of different scripts")
  func verticalColumns() {
    var area = TextArea(text: "中文字符\nабвгдеє\nx", viewport: Size(width: 20, height: 5))
    area.handle(.up)
    area.handle(.end)
    #expect(area.cursor == .init(line: 1, index: 7))
    area.handle(.up)
    // Column 7 lands after 中文字 (6 columns), since 符 would cross it.
    #expect(area.cursor == .init(line: 0, index: 3))
    area.handle(.down)
    // The goal column (7) is kept, not the reduced column 6 from the wide row.
    #expect(area.cursor == .init(line: 1, index: 7))
    area.handle(.down)
    #expect(area.cursor == .init(line: 2, index: 1))
    area.handle(.up)
    #expect(area.cursor == .init(line: 1, index: 7))
  }

  @Test("up on the first row and down on the last are left to the form")
  func edges() {
    var area = TextArea(text: "один\nдва")
    let downHandled = area.handle(.down)
    #expect(!downHandled)
    area.handle(.up)
    let upHandled = area.handle(.up)
    #expect(!upHandled)
    #expect(area.cursor.line == 0)
  }

  @Test("long lines wrap at spaces and up/down move between wrapped rows")
  func wrappedRows() {
    var area = TextArea(
      text: "Громада ухвалила бюджет участі", viewport: Size(width: 11, height: 5))
    var canvas = Canvas(width: 11, height: 5)
    area.render(into: &canvas, in: canvas.bounds, isFocused: true)
    #expect(canvas.text == "Громада\nухвалила\nбюджет\nучасті\n")
    #expect(canvas.cursor == Position(row: 3, column: 6))
    area.handle(.up)
    #expect(area.cursor == .init(line: 0, index: 23))
    area.handle(.home)
    area.handle(.down)
    #expect(area.cursor == .init(line: 0, index: 8))
    #expect(area.cursorPlace == Position(row: 1, column: 0))
  }

  @Test("the cursor after a word that exactly fills a row moves to the next row")
  func exactFit() {
    var area = TextArea(text: "абвг ", viewport: Size(width: 5, height: 3))
    var canvas = Canvas(width: 5, height: 3)
    area.render(into: &canvas, in: canvas.bounds, isFocused: true)
    #expect(canvas.cursor == Position(row: 1, column: 0))
    area.handle(.backspace)
    canvas = Canvas(width: 5, height: 3)
    area.render(into: &canvas, in: canvas.bounds, isFocused: true)
    #expect(canvas.cursor == Position(row: 0, column: 4))
  }

  @Test("page keys move a page of rows and the view scrolls with the cursor")
  func paging() {
    let text = (1...12).map { "рядок \($0)" }.joined(separator: "\n")
    var area = TextArea(text: text, viewport: Size(width: 20, height: 4))
    #expect(area.scrollRow == 8)
    area.handle(.pageUp)
    #expect(area.cursor.line == 7)
    area.handle(.pageUp)
    area.handle(.pageUp)
    #expect(area.cursor.line == 0)
    #expect(area.scrollRow == 0)
    area.handle(.pageDown)
    #expect(area.cursor.line == 4)
    #expect(area.scrollRow == 1)
    var canvas = Canvas(width: 20, height: 4)
    area.render(into: &canvas, in: canvas.bounds, isFocused: true)
    #expect(canvas.line(0).hasPrefix("рядок 2"))
    #expect(canvas.cursor?.row == 3)
  }

  @Test("Backspace removes a decomposed letter whole and the length limit holds")
  func clustersAndLimit() {
    var area = TextArea(maxLength: 5)
    for scalar in "ки\u{0306}\nабв".unicodeScalars {
      area.handle(scalar == "\n" ? .enter : .character(Character(scalar)))
    }
    #expect(area.text == "ки\u{0306}\nаб")
    #expect(area.length == 5)
    area.handle(.up)
    area.handle(.end)
    area.handle(.backspace)
    #expect(area.text == "к\nаб")
  }

  @Test("pasted text keeps its line breaks and loses escape sequences")
  func paste() {
    var area = TextArea()
    area.insert("перший\r\nдругий\u{1B}[31m")
    #expect(area.text == "перший\nдругий")
    #expect(area.cursor == .init(line: 1, index: 6))
  }
}
