import Testing

@testable import CommunityTUI

struct FormTests {
  func proposalForm(viewport: Size = Size(width: 30, height: 12)) -> Form {
    Form(
      [
        .text(id: "title", label: "Назва", text: "Ліхтарі"),
        .textArea(id: "body", label: "Опис", text: "Освітлення вулиці Шевченка", height: 2),
        .choice(
          id: "district", label: "Район", options: ["Центр", "Північ"], placeholder: "оберіть"),
        .masked(id: "pin", label: "PIN", maxLength: 4, filter: .digits),
      ], viewport: viewport)
  }

  func render(_ form: Form, width: Int = 30, height: Int = 12) -> Canvas {
    var canvas = Canvas(width: width, height: height)
    form.render(into: &canvas, in: canvas.bounds)
    return canvas
  }

  @Test("Tab and Shift-Tab move focus through every field and wrap")
  func tabFocus() {
    var form = proposalForm()
    #expect(form.focusedID == "title")
    let event1 = form.handle(.tab)
    #expect(event1 == .handled)
    #expect(form.focusedID == "body")
    _ = form.handle(.tab)
    _ = form.handle(.tab)
    #expect(form.focusedID == "pin")
    _ = form.handle(.tab)
    #expect(form.focusedID == "title")
    _ = form.handle(.backTab)
    #expect(form.focusedID == "pin")
  }

  @Test("down and up move between single-line fields and leave a text area at its edges")
  func arrowFocus() {
    var form = proposalForm()
    let event2 = form.handle(.up)
    #expect(event2 == .ignored)
    _ = form.handle(.down)
    #expect(form.focusedID == "body")
    // The area's cursor is at the end of its last row, so ↓ leaves it.
    _ = form.handle(.down)
    #expect(form.focusedID == "district")
    _ = form.handle(.up)
    #expect(form.focusedID == "body")
    _ = form.handle(.up)
    #expect(form.focusedID == "body")
    _ = form.handle(.up)
    #expect(form.focusedID == "title")
  }

  @Test("Enter moves on from a single-line field, adds a line in a text area, and submits last")
  func enter() {
    var form = proposalForm()
    let event3 = form.handle(.enter)
    #expect(event3 == .handled)
    #expect(form.focusedID == "body")
    let event4 = form.handle(.enter)
    #expect(event4 == .handled)
    #expect(form.value(of: "body") == "Освітлення вулиці Шевченка\n")
    form.focus("pin")
    let event5 = form.handle(.enter)
    #expect(event5 == .submit)
    form.submitsOnEnterInLastField = false
    let event6 = form.handle(.enter)
    #expect(event6 == .ignored)
  }

  @Test("the submit keys submit from any field and are configurable")
  func submitKeys() {
    var form = proposalForm()
    form.focus("body")
    let event7 = form.handle(.control("s"))
    #expect(event7 == .submit)
    form.submitKeys = [.function(10)]
    let event8 = form.handle(.control("s"))
    #expect(event8 == .ignored)
    let event9 = form.handle(.function(10))
    #expect(event9 == .submit)
  }

  @Test("keys reach the focused editor and values read back by id")
  func editing() {
    var form = proposalForm()
    _ = form.handle(.character("!"))
    form.focus("district")
    _ = form.handle(.right)
    _ = form.handle(.right)
    form.focus("pin")
    for digit in "12a345" {
      _ = form.handle(.character(digit))
    }
    #expect(form.value(of: "title") == "Ліхтарі!")
    #expect(form.value(of: "district") == "Північ")
    #expect(form.value(of: "pin") == "1234")
    #expect(form.value(of: "missing") == "")
    let event10 = form.handle(.escape)
    #expect(event10 == .ignored)
  }

  @Test("labels, editors and a validation message render in place")
  func renderWithMessage() {
    var form = proposalForm()
    form.setMessage("Занадто коротко", for: "title")
    let canvas = render(form)
    #expect(
      canvas.text == """
        › Назва Ліхтарі
                Занадто коротко

          Опис  Освітлення вулиці
                Шевченка

          Район ‹ оберіть ›

          PIN



        """)
    #expect(canvas.cursor == Position(row: 0, column: 15))
    #expect(canvas[1, 8].style == .danger)
    #expect(canvas[0, 2].style == .accent)
    #expect(canvas[6, 2].style == .normal)
  }

  @Test("clearing messages and focusing the first one")
  func messages() {
    var form = proposalForm()
    form.setMessage("Вкажіть PIN", for: "pin")
    let found0 = form.focusFirstMessage()
    #expect(found0)
    #expect(form.focusedID == "pin")
    #expect(render(form).text.contains("Вкажіть PIN"))
    form.clearMessages()
    let found1 = form.focusFirstMessage()
    #expect(!found1)
    #expect(!render(form).text.contains("Вкажіть PIN"))
  }

  @Test("a form taller than its area scrolls to the focused field")
  func scrolling() {
    var form = proposalForm(viewport: Size(width: 30, height: 4))
    form.focus("pin")
    let canvas = render(form, height: 4)
    #expect(canvas.text == "\n  Район ‹ оберіть ›\n\n› PIN")
    #expect(canvas.cursor == Position(row: 3, column: 8))
  }

  @Test("a focused choice is highlighted instead of showing a cursor")
  func focusedChoice() {
    var form = proposalForm()
    form.focus("district")
    let canvas = render(form)
    #expect(canvas.cursor == nil)
    #expect(canvas[5, 8].style.role == .selection)
  }

  @Test("fields added or removed later are laid out and keep the focus inside")
  func changingFields() {
    var form = proposalForm()
    form.focus("pin")
    form.fields.removeLast(2)
    #expect(form.focusedID == "body")
    form.fields.append(.text(id: "phone", label: "Телефон"))
    if case .line(let field) = form["phone"]?.editor {
      #expect(field.width == 30 - 10)
    } else {
      Issue.record("phone is not a line field")
    }
    var empty = Form([])
    let event = empty.handle(.tab)
    #expect(event == .ignored)
    #expect(render(empty).text == String(repeating: "\n", count: 11))
  }
}
