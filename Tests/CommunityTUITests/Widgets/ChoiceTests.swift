import Testing

@testable import CommunityTUI

struct ChoiceTests {
  @Test("arrows step through options with wrap-around and letters jump")
  func stepping() {
    var choice = Choice(options: ["Центр", "Північ", "Південь"], placeholder: "оберіть")
    #expect(choice.selectedOption == nil)
    choice.handle(.right)
    #expect(choice.selectedOption == "Центр")
    choice.handle(.left)
    #expect(choice.selectedOption == "Південь")
    choice.handle(.character("п"))
    #expect(choice.selectedOption == "Північ")
    choice.handle(.character("П"))
    #expect(choice.selectedOption == "Південь")
    choice.handle(.home)
    #expect(choice.selection == 0)
    choice.options = ["Один"]
    #expect(choice.selection == 0)
    var empty = Choice(options: [])
    let handled1 = empty.handle(.right)
    #expect(!handled1)
  }

  @Test("the choice renders between angle quotes, clipped to its width")
  func rendering() {
    var canvas = Canvas(width: 12, height: 1)
    Choice(options: ["Центральний район"], selection: 0)
      .render(into: &canvas, in: canvas.bounds, isFocused: false)
    #expect(canvas.text == "‹ Централ… ›")
    #expect(canvas.line(0).displayWidth == 12)
  }
}
