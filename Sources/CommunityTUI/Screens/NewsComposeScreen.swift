import CommunityCore
import Foundation

/// Composes a new news item or edits one (officials): title, category, publication time
/// (may lie in the future), pinned, and the body in a multi-line area; Ctrl-E edits the body
/// in `$EDITOR`, Ctrl-S publishes.
final class NewsComposeScreen: LongTextFormScreen {
  var form: Form
  private let editing: NewsItem?
  let strings: Strings

  init(editing: NewsItem?, context: AppContext) {
    self.editing = editing
    strings = context.strings
    let when = context.dateText(editing?.publishedAt ?? context.now(), withTime: true)
    form = Form([
      .text(
        id: "title", label: strings["compose.title"], text: editing?.title ?? "",
        maxLength: NewsItem.titleLimit),
      .text(
        id: "category", label: strings["compose.category"],
        text: editing?.category ?? strings["compose.defaultCategory"],
        maxLength: NewsItem.categoryLimit),
      .text(id: "publishAt", label: strings["compose.publishAt"], text: when, maxLength: 16),
      .choice(
        id: "pinned", label: strings["compose.pinned"],
        options: [strings["dialog.no"], strings["dialog.yes"]],
        selection: editing?.pinned == true ? 1 : 0),
      .textArea(id: "body", label: strings["compose.body"], text: editing?.body ?? "", height: 8),
    ])
    form.submitsOnEnterInLastField = false
  }

  var title: String { strings[editing == nil ? "compose.newHeading" : "compose.editHeading"] }
  var hints: [KeyHint] { formHints(saveHint: strings["hint.publish"]) }
  var helpLines: [KeyHint] { hints }

  func submit(context: AppContext) -> Navigation {
    form.clearMessages()
    let zone = (try? context.community.meta().zone) ?? .gmt
    guard let publishAt = DateEntry.parse(form.value(of: "publishAt"), timeZone: zone) else {
      form.setMessage(strings["compose.badDate"], for: "publishAt")
      return .stay
    }
    let title = form.value(of: "title")
    let category = form.value(of: "category")
    let body = form.value(of: "body")
    let pinned = form.value(of: "pinned") == strings["dialog.yes"]
    do {
      if let editing {
        try context.community.updateNews(id: editing.id, viewer: context.viewer, now: context.now())
        {
          $0.title = title
          $0.category = category
          $0.body = body
          $0.publishedAt = publishAt
          $0.pinned = pinned
        }
      } else {
        try context.community.publishNews(
          title: title, body: body, category: category, publishAt: publishAt, pinned: pinned,
          viewer: context.viewer, now: context.now())
      }
      return .pop
    } catch let error as ValidationError {
      let field = form.fields.contains(where: { $0.id == error.field }) ? error.field : "title"
      form.setMessage(ValidationText.rule(error, strings), for: field)
      _ = form.focusFirstMessage()
      return .stay
    } catch {
      return .error(context.describe(error))
    }
  }

  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    canvas.put(" " + title, row: rect.row, column: 0, style: .title.adding(.bold))
    let area = rect.droppingTop(2).inset(left: 2, right: 2)
    form.viewport = Size(width: area.width, height: area.height)
    form.render(into: &canvas, in: area)
  }
}

/// Reads a date typed as `ДД.ММ.РРРР ГГ:ХХ` (or ISO 8601) in the community's time zone.
enum DateEntry {
  static func parse(_ text: String, timeZone: TimeZone) -> Date? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let iso = ISO8601Parsing.date(trimmed), trimmed.contains("-") { return iso }
    let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "." || $0 == ":" }).compactMap {
      Int($0)
    }
    guard parts.count == 3 || parts.count == 5 else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let components = DateComponents(
      year: parts[2], month: parts[1], day: parts[0], hour: parts.count == 5 ? parts[3] : 0,
      minute: parts.count == 5 ? parts[4] : 0)
    guard (1...12).contains(parts[1]), (1...31).contains(parts[0]),
      let date = calendar.date(from: components),
      calendar.component(.day, from: date) == parts[0]
    else { return nil }
    return date
  }
}
