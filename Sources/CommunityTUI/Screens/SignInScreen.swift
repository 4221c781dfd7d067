import CommunityCore
import Foundation

/// Sign-in: choose an account (or continue as a guest), then type the PIN, masked.
///
/// Three wrong PINs in a row lock the account for a while (CommunityCore enforces it).
package final class SignInScreen: Screen {
  private enum Action {
    case choose
  }

  private var accounts: [Account] = []
  private var list = ListView()
  private var pinField: TextField?
  private var message: String?
  private let keymap: Keymap<Action>

  package init(context: AppContext) {
    let strings = context.strings
    keymap = Keymap([
      .init([.enter], .choose, hint: strings["hint.choose"], help: strings["help.signIn.choose"])
    ])
    do {
      accounts = try context.community.allAccounts()
    } catch {
      message = context.describe(error)
    }
    list = ListView(count: accounts.count + 1)
  }

  package var title: String { "" }
  package var hints: [KeyHint] { keymap.hints }
  package var helpLines: [KeyHint] { keymap.helpLines }
  package var isEditingText: Bool { pinField != nil }

  package func handle(_ key: Key, context: AppContext) -> Navigation {
    if var field = pinField {
      switch key {
      case .escape:
        pinField = nil
        message = nil
      case .enter:
        return submit(pin: field.text, context: context)
      default:
        field.handle(key)
        pinField = field
      }
      return .stay
    }
    if keymap.action(for: key) == .choose {
      guard let index = list.selection else { return .stay }
      if index == accounts.count {
        context.viewer = .guest
        return .signedIn
      }
      pinField = TextField(maxLength: 12, isMasked: true, filter: .digits, width: 12)
      message = nil
      return .stay
    }
    list.handle(key)
    return .stay
  }

  private func submit(pin: String, context: AppContext) -> Navigation {
    guard let index = list.selection, index < accounts.count else { return .stay }
    do {
      let account = try context.community.signIn(
        id: accounts[index].id, pin: pin, now: context.now())
      context.viewer = .account(account)
      return .signedIn
    } catch {
      message = context.describe(error)
      pinField = TextField(maxLength: 12, isMasked: true, filter: .digits, width: 12)
      return .stay
    }
  }

  package func render(into canvas: inout Canvas, in rect: Rect, context: AppContext) {
    let strings = context.strings
    let community = (try? context.community.meta())
    let name = strings.language == "en" ? (community?.nameEn ?? community?.name) : community?.name
    let box = rect.centered(
      width: min(64, rect.width - 4), height: min(rect.height - 2, accounts.count + 10))
    canvas.box(box, title: strings["signIn.title"], style: .border)
    let inner = box.inset(by: 1).inset(left: 1, right: 1)
    canvas.put(
      name ?? "", row: inner.row, column: inner.column, style: .title, maxWidth: inner.width)
    canvas.put(strings["signIn.choose"], row: inner.row + 1, column: inner.column, style: .muted)
    let listRect = Rect(
      row: inner.row + 3, column: inner.column, width: inner.width, height: accounts.count + 1)
    list.pageSize = listRect.height
    list.render(into: &canvas, in: listRect, showsSelection: pinField == nil) { index, _, _ in
      guard index < self.accounts.count else {
        return [Segment(strings["signIn.guest"], style: .muted)]
      }
      let account = self.accounts[index]
      let shown = strings.language == "en" ? (account.nameEn ?? account.name) : account.name
      return [
        Segment(shown), Segment("  " + strings["role.\(account.role.rawValue)"], style: .muted),
      ]
    }
    let pinRow = listRect.bottom + 1
    if var field = pinField, pinRow < inner.bottom {
      let label = strings["signIn.pin"] + " "
      let used = canvas.put(label, row: pinRow, column: inner.column)
      field.width = 12
      let fieldRect = Rect(row: pinRow, column: inner.column + used, width: 13, height: 1)
      field.render(into: &canvas, in: fieldRect, isFocused: true)
      canvas.cursor = Position(
        row: pinRow, column: fieldRect.column + field.cursorColumn - field.scrollColumn)
    }
    if let message, pinRow + 1 < inner.bottom {
      canvas.put(
        message, row: pinRow + 1, column: inner.column, style: .danger, maxWidth: inner.width)
    }
  }
}
