/// Measures how many terminal columns text occupies.
///
/// Terminals lay text out in cells: Cyrillic and Latin letters take one, East Asian wide and
/// fullwidth characters and emoji take two, combining marks and joiners take none. Swift's
/// `count` counts grapheme clusters, and ncurses' `mvaddnstr` counts bytes, so neither says
/// where the next character lands; every clip, pad and wrap in the interface goes through here.
///
/// Width is decided per grapheme cluster (`Character`): a cluster is as wide as its base
/// scalar, so "и" followed by U+0306 is one column and an emoji ZWJ family is two. Control
/// characters are never drawn: they measure 0 and the layout helpers drop them.
package enum DisplayWidth {
  /// The number of columns a grapheme cluster occupies: 0, 1 or 2.
  package static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let base = scalars.first else { return 0 }
    let baseWidth = of(base)
    // Most clusters are one scalar; only a multi-scalar one can be a flag, keycap or emoji.
    guard scalars.count > 1, baseWidth > 0 || base.value == 0x200D else { return baseWidth }
    return clusterWidth(scalars, base: base, baseWidth: baseWidth)
  }

  /// The number of columns a string occupies: the sum of its clusters' widths.
  package static func of(_ text: some StringProtocol) -> Int {
    var total = 0
    for character in text {
      total += of(character)
    }
    return total
  }

  /// The number of columns one scalar occupies on its own, as a cluster's base.
  package static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) {
      return 0
    }
    if value < 0x300 {
      return 1
    }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator,
      .paragraphSeparator:
      return 0
    default:
      break
    }
    // Hangul medial vowels and final consonants join the syllable started by a leading one.
    if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) {
      return 0
    }
    if scalar.properties.isEmojiPresentation || isEastAsianWide(value) {
      return 2
    }
    return 1
  }

  /// Whether a cluster is never drawn: a control character, a line break or a lone joiner.
  ///
  /// The canvas and the layout helpers drop such clusters so they can neither move the
  /// terminal's cursor nor glue themselves onto a neighbouring cell.
  package static func isInvisible(_ character: Character) -> Bool {
    of(character) == 0
  }

  /// Adjusts the base width for what follows the base inside one cluster.
  private static func clusterWidth(
    _ scalars: Character.UnicodeScalarView, base: Unicode.Scalar, baseWidth: Int
  ) -> Int {
    // A pair of regional indicators is a flag, drawn as one wide emoji.
    if (0x1F1E6...0x1F1FF).contains(base.value) {
      return 2
    }
    let isEmojiBase = base.properties.isEmoji && base.value > 0xFF
    var hasEmojiSelector = false
    var hasTextSelector = false
    var hasJoiner = false
    var hasKeycap = false
    for scalar in scalars.dropFirst() {
      switch scalar.value {
      case 0xFE0F: hasEmojiSelector = true
      case 0xFE0E: hasTextSelector = true
      case 0x200D: hasJoiner = true
      case 0x20E3: hasKeycap = true
      default: break
      }
    }
    // VS16 asks for emoji presentation ("❤️"), and keycaps ("1️⃣") are drawn as emoji too.
    if hasKeycap || (hasEmojiSelector && (isEmojiBase || base.properties.isEmoji)) {
      return 2
    }
    if hasJoiner && isEmojiBase {
      return 2
    }
    // VS15 asks for text presentation of a character that defaults to emoji.
    if hasTextSelector && base.properties.isEmojiPresentation && !isEastAsianWide(base.value) {
      return 1
    }
    return baseWidth
  }
}

extension StringProtocol {
  /// The number of terminal columns this text occupies; see ``DisplayWidth``.
  package var displayWidth: Int { DisplayWidth.of(self) }
}

extension Character {
  /// The number of terminal columns this character occupies: 0, 1 or 2.
  package var displayWidth: Int { DisplayWidth.of(self) }
}
