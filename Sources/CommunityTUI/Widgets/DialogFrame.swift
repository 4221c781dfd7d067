/// The shared look of modal dialogs: a centred, filled box with a title, a wrapped message
/// and a row of buttons.
struct DialogFrame {
  var title: String
  var message: String
  var buttons: [String]
  var focusedButton: Int?
  var frameStyle: Style

  /// The widest a dialog gets, so a message wraps into a readable column.
  static let maximumWidth = 60
  static let buttonGap = 3

  /// The buttons as they are drawn: "[ label ]".
  private var buttonLabels: [String] { buttons.map { "[ " + $0 + " ]" } }

  /// Draws the dialog centred in `rect` over whatever is there; returns the box.
  @discardableResult
  func render(into canvas: inout Canvas, in rect: Rect) -> Rect {
    let buttonsWidth =
      buttonLabels.reduce(0) { $0 + DisplayWidth.of($1) } + Self.buttonGap
      * max(0, buttons.count - 1)
    let clean = DisplayWidth.sanitized(message)
    let longest = clean.split(separator: "\n").map { DisplayWidth.of($0) }.max() ?? 0
    let wanted = max(longest, buttonsWidth, DisplayWidth.of(title) + 2) + 4
    let width = min(wanted, Self.maximumWidth, rect.width)
    let lines = DisplayWidth.wrap(clean, width: max(1, width - 4))
    let extra = buttons.isEmpty ? 4 : 5
    let box = rect.centered(width: width, height: lines.count + extra)
    guard box.width >= 4, box.height >= 3 else { return box }
    canvas.fill(box)
    canvas.box(box, title: title, style: frameStyle, titleStyle: frameStyle.adding(.bold))
    let inner = box.inset(top: 2, left: 2, bottom: 2, right: 2)
    let messageRows = buttons.isEmpty ? inner.height + 1 : inner.height - 1
    for (offset, line) in lines.prefix(max(0, messageRows)).enumerated() {
      canvas.put(line, row: inner.row + offset, column: inner.column, maxWidth: inner.width)
    }
    guard !buttons.isEmpty else { return box }
    var column = box.column + max(1, (box.width - buttonsWidth) / 2)
    let row = box.bottom - 2
    for (index, label) in buttonLabels.enumerated() {
      let style: Style = index == focusedButton ? .selection : .normal
      column += canvas.put(
        label, row: row, column: column, style: style, maxWidth: box.right - 1 - column)
      column += Self.buttonGap
    }
    return box
  }
}
