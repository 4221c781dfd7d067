import Testing

@testable import CommunityTUI

struct TextFieldTests {
  /// Types each character of a string as a separate key, the way the driver delivers them.
  func type(_ text: String, into field: inout TextField) {
    for scalar in text.unicodeScalars {
      field.handle(.character(Character(scalar)))
    }
  }

  @Test("typing Cyrillic with apostrophes inserts at the cursor")
  func typing() {
    var field = TextField()
    type("пʼять м’яч об'єм", into: &field)
    #expect(field.text == "пʼять м’яч об'єм")
    #expect(field.cursor == 16)
    field.handle(.home)
    field.handle(.right)
    type("і", into: &field)
    #expect(field.text == "піʼять м’яч об'єм")
    #expect(field.cursorColumn == 2)
  }

  @Test("a combining mark typed after its letter joins it, and Backspace removes both")
  func combiningMark() {
    var field = TextField()
    type("ки\u{0306}", into: &field)
    #expect(field.text == "ки\u{0306}")
    #expect(field.text.count == 2)
    #expect(field.cursor == 2)
    #expect(field.cursorColumn == 2)
    field.handle(.backspace)
    #expect(field.text == "к")
    #expect(field.cursor == 1)
  }

  @Test("a decomposed letter set as text is one cluster for the cursor and Backspace")
  func decomposedText() {
    var field = TextField(text: "Київ и\u{0306}ого")
    field.handle(.end)
    field.handle(.left)
    field.handle(.left)
    field.handle(.left)
    #expect(field.cursorColumn == 6)
    field.handle(.backspace)
    #expect(field.text == "Київ ого")
  }

  @Test("a lone combining mark at the start is refused")
  func loneMark() {
    var field = TextField()
    field.handle(.character("\u{0306}"))
    #expect(field.text.isEmpty)
  }

  @Test("the cursor column counts wide characters as two")
  func wideCursor() {
    var field = TextField(text: "a中文🙂b")
    #expect(field.cursorColumn == 8)
    field.handle(.left)
    #expect(field.cursorColumn == 7)
    field.handle(.left)
    #expect(field.cursorColumn == 5)
    field.handle(.backspace)
    #expect(field.text == "a中🙂b")
    #expect(field.cursorColumn == 3)
  }

  @Test("Delete removes the cluster after the cursor, and Ctrl-U clears")
  func deleteAndClear() {
    var field = TextField(text: "🇺🇦 Україна")
    field.handle(.home)
    field.handle(.delete)
    #expect(field.text == " Україна")
    field.handle(.end)
    field.handle(.delete)
    #expect(field.text == " Україна")
    field.handle(.control("u"))
    #expect(field.text.isEmpty)
    #expect(field.cursor == 0)
  }

  @Test("Backspace at the start and arrows at the ends do nothing")
  func edges() {
    var field = TextField(text: "ab")
    field.handle(.right)
    #expect(field.cursor == 2)
    field.handle(.home)
    field.handle(.left)
    field.handle(.backspace)
    #expect(field.text == "ab")
    #expect(field.cursor == 0)
  }

  @Test("Ctrl-E, Ctrl-A, Enter, Tab and arrows up and down are left to the app")
  func unownedKeys() {
    var field = TextField(text: "ab")
    for key in [Key.control("e"), .control("a"), .enter, .tab, .up, .down, .escape] {
      let handled = field.handle(key)
      #expect(!handled)
    }
    #expect(field.text == "ab")
  }

  @Test("the maximum length counts clusters, and a combining mark may still join")
  func maxLength() {
    var field = TextField(maxLength: 3)
    type("абвг", into: &field)
    #expect(field.text == "абв")
    type("\u{0301}", into: &field)
    #expect(field.text == "абв\u{0301}")
    field.text = "довгий текст"
    #expect(field.text == "дов")
  }

  @Test("control characters and line breaks cannot be typed or set")
  func controls() {
    var field = TextField()
    field.handle(.character("\u{1B}"))
    field.handle(.character("\n"))
    field.handle(.character("\t"))
    #expect(field.text.isEmpty)
    field.text = "рядок\nдругий\u{1B}[2J"
    #expect(field.text == "рядок другий")
    field.insert("встав\nка")
    #expect(field.text == "рядок другийвстав ка")
  }

  @Test("a digits filter accepts only ASCII digits")
  func digits() {
    var field = TextField(filter: .digits)
    type("1a2٣3", into: &field)
    #expect(field.text == "123")
  }

  @Test("masked text shows one dot per character and puts the cursor after them")
  func masked() {
    var field = TextField(maxLength: 6, isMasked: true, filter: .digits, width: 10)
    type("1234", into: &field)
    var canvas = Canvas(width: 12, height: 1)
    field.render(into: &canvas, in: Rect(row: 0, column: 1, width: 10, height: 1), isFocused: true)
    #expect(canvas.text == " ••••")
    #expect(!canvas.text.contains("1"))
    #expect(canvas.cursor == Position(row: 0, column: 5))
    #expect(field.text == "1234")
  }

  @Test("long text scrolls horizontally to keep the cursor in the field")
  func horizontalScroll() {
    var field = TextField(width: 6)
    type("Громадськість", into: &field)
    var canvas = Canvas(width: 6, height: 1)
    field.render(into: &canvas, in: canvas.bounds, isFocused: true)
    // The last column is kept for the cursor after the text.
    #expect(canvas.text == "кість")
    #expect(canvas.cursor == Position(row: 0, column: 5))
    field.handle(.home)
    canvas = Canvas(width: 6, height: 1)
    field.render(into: &canvas, in: canvas.bounds, isFocused: true)
    #expect(canvas.text == "Громад")
    #expect(canvas.cursor == Position(row: 0, column: 0))
  }

  @Test("scrolled wide characters are never drawn in half")
  func scrolledWide() {
    var field = TextField(text: "中文字符", width: 4)
    field.handle(.left)
    var canvas = Canvas(width: 4, height: 1)
    field.render(into: &canvas, in: canvas.bounds, isFocused: true)
    // Scrolled to column 5, the left edge cuts 字 in half: it shows as a blank.
    #expect(field.scrollColumn == 5)
    #expect(canvas.text == " 符")
    #expect(canvas.cursor == Position(row: 0, column: 1))
    #expect(!canvas[0, 0].isContinuation)
  }

  @Test("an unfocused field does not place the cursor and fills its width with the input style")
  func unfocused() {
    let field = TextField(text: "ab")
    var canvas = Canvas(width: 5, height: 1)
    field.render(into: &canvas, in: canvas.bounds, isFocused: false)
    #expect(canvas.cursor == nil)
    #expect(canvas[0, 4].style == .input)
  }
}
