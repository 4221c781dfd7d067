/// How a cell looks, said by meaning rather than by colour.
///
/// Screens pick a semantic ``Role`` (a title, a danger message, the selected row) and,
/// rarely, extra ``Attributes``. The ncurses driver maps each role to a colour pair; when the
/// terminal has no colours or `NO_COLOR` is set, it draws the role's
/// ``Role/noColorFallback`` attributes instead, so a selection stays visible as reverse video.
package struct Style: Hashable, Sendable {
  /// What a piece of text is, which the driver turns into a colour pair.
  package enum Role: String, CaseIterable, Hashable, Sendable {
    case normal
    case title
    case muted
    case accent
    case selection
    case danger
    case warning
    case success
    case header
    case statusBar
    /// The key part of a key hint ("Enter" in "Enter Open").
    case keyHint
    /// An editable field's area, so its extent is visible before anything is typed.
    case input
    /// Box lines and separators.
    case border
    /// The words a search matched, inside a title or a snippet.
    case highlight

    /// The attributes that carry this role's meaning when colour is unavailable.
    package var noColorFallback: Attributes {
      switch self {
      case .normal, .success, .border: []
      case .title, .accent, .keyHint, .warning: .bold
      case .muted: .dim
      case .selection, .header, .statusBar: .reverse
      case .danger: [.bold, .underline]
      case .input: .underline
      // Bold alone would not tell a match from a title; the underline marks it under NO_COLOR.
      case .highlight: [.bold, .underline]
      }
    }
  }

  /// Text attributes a terminal can draw without colour.
  package struct Attributes: OptionSet, Hashable, Sendable {
    package let rawValue: UInt8

    package init(rawValue: UInt8) {
      self.rawValue = rawValue
    }

    package static let bold = Attributes(rawValue: 1 << 0)
    package static let reverse = Attributes(rawValue: 1 << 1)
    package static let underline = Attributes(rawValue: 1 << 2)
    package static let dim = Attributes(rawValue: 1 << 3)
  }

  /// The semantic role, mapped to a colour pair by the driver.
  package var role: Role
  /// Attributes drawn on top of the role's colours.
  package var attributes: Attributes

  package init(_ role: Role = .normal, attributes: Attributes = []) {
    self.role = role
    self.attributes = attributes
  }

  /// The attributes to draw under `NO_COLOR`: the explicit ones plus the role's fallback.
  package var noColorAttributes: Attributes {
    attributes.union(role.noColorFallback)
  }

  /// This style with extra attributes added.
  package func adding(_ extra: Attributes) -> Style {
    Style(role, attributes: attributes.union(extra))
  }

  package static let normal = Style(.normal)
  package static let title = Style(.title)
  package static let muted = Style(.muted)
  package static let accent = Style(.accent)
  package static let selection = Style(.selection)
  package static let danger = Style(.danger)
  package static let warning = Style(.warning)
  package static let success = Style(.success)
  package static let header = Style(.header)
  package static let statusBar = Style(.statusBar)
  package static let keyHint = Style(.keyHint)
  package static let input = Style(.input)
  package static let border = Style(.border)
  package static let highlight = Style(.highlight)
}
