import CommunityCore
import Foundation

/// What a screen asks the app to do after handling a key.
package enum Navigation {
  case stay
  case push(any Screen)
  case pop
  case replace(any Screen)
  case quit
  /// A short message in the status bar.
  case status(String)
  /// A modal error dialog.
  case error(String)
  /// A modal yes/no question; `then` runs when the answer is yes.
  case confirm(ConfirmDialog, then: () -> Navigation)
  /// Leave the interface to edit `text` in `$EDITOR`; `then` receives the edited text.
  case editExternally(text: String, then: (String) -> Navigation)
  /// Work that takes a noticeable while (counting a city's ballots, rebuilding the search
  /// index): `message` is shown in the status bar first, then `then` runs and its navigation
  /// applies, so the person sees what they are waiting for instead of a frozen screen.
  case work(message: String, then: () -> Navigation)
  /// Show section `index` with `screen` pushed on it (a search result opens in its section).
  case open(section: SectionID, screen: any Screen)
  /// The sign-in screen is done (`AppContext.viewer` now says who): open the sections.
  case signedIn
}

/// A screen of the interface: it maps keys to actions and renders into a canvas region.
///
/// Screens are classes so that the app can keep them in per-section stacks and a screen deeper
/// in the stack keeps its scroll position while another is shown above it.
package protocol Screen: AnyObject {
  /// The heading of the help overlay.
  var title: String { get }
  /// Status-bar hints, from the same keymap that handles the keys.
  var hints: [KeyHint] { get }
  /// Every key of the screen, for the help overlay.
  var helpLines: [KeyHint] { get }
  /// While a text field has focus, keys such as `q`, digits, Tab and `?` belong to the screen.
  var isEditingText: Bool { get }
  func handle(_ key: Key, context: AppContext) -> Navigation
  func render(into canvas: inout Canvas, in rect: Rect, context: AppContext)
  /// Called when the screen becomes visible again (data may have changed beneath it).
  func refresh(context: AppContext)
}

extension Screen {
  package var isEditingText: Bool { false }
  package func refresh(context: AppContext) {}
}

/// The sections of the tab bar.
package enum SectionID: Int, CaseIterable, Sendable {
  case news, services, budget, practices, search

  package var titleKey: String { "section.\(self)" }
}

/// What every screen may use: the community, who is signed in, the language and the clock.
package final class AppContext {
  package let community: Community
  package var viewer: Viewer
  package let strings: Strings
  /// The clock; tests pass a fixed one so that screens render the same every time.
  package let now: () -> Date

  package init(community: Community, viewer: Viewer, strings: Strings, now: @escaping () -> Date) {
    self.community = community
    self.viewer = viewer
    self.strings = strings
    self.now = now
  }

  /// A date as the interface shows it, in the community's time zone.
  package func dateText(_ date: Date, withTime: Bool = false) -> String {
    let zone = (try? community.meta().zone) ?? .gmt
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    func pad(_ value: Int?) -> String {
      let number = value ?? 0
      return number < 10 ? "0\(number)" : "\(number)"
    }
    let day = "\(pad(parts.day)).\(pad(parts.month)).\(parts.year ?? 0)"
    return withTime ? day + " \(pad(parts.hour)):\(pad(parts.minute))" : day
  }

  /// A person-readable text for an error from CommunityCore, in the interface language.
  package func describe(_ error: any Error) -> String {
    if let access = error as? AccessError {
      switch access {
      case .unknownAccount(let id): return strings.format("error.unknownAccount", id)
      case .wrongPIN(_, let left):
        return left > 0 ? strings.format("error.wrongPIN", left) : strings["error.lockedNow"]
      case .locked(_, let until):
        return strings.format("error.locked", dateText(until, withTime: true))
      case .signInRequired: return strings["error.signInRequired"]
      case .forbidden: return strings["error.forbidden"]
      case .notYours: return strings["error.notYours"]
      }
    }
    if let validation = error as? ValidationError {
      return strings.format(
        "error.validation", ValidationText.field(validation.field, strings),
        ValidationText.rule(validation, strings))
    }
    return TextRules.sanitized("\(error)")
  }
}
