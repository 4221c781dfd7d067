/// A light Ukrainian stemmer: strips one inflectional ending so the forms of a word meet.
///
/// "громада", "громади", "громаді", "громадою", "громад", "громадам" all stem to "громад".
/// It works on folded UTF-8 bytes and always returns a prefix of the word, so the stripped
/// ending can be stored beside the stem and an exact form still be recognised. Endings that
/// collide with common noun stems (such as instrumental "-ем", which would cut "проблем" to
/// "пробл") are left out on purpose: a too-long stem is still found by the prefix match the
/// query side adds, while a too-short one would merge unrelated words.
enum UkrainianStemmer {
  /// Endings, longest first, so the longest one that leaves a valid stem wins.
  private static let endings: [[UInt8]] = {
    let words = [
      "уваннями", "юваннями", "уванням", "юванням", "уваннях", "юваннях", "ування", "ювання",
      "уванню", "юванню", "увань", "ювань", "увати", "ювати", "ували", "ювали", "увала", "уєть",
      "юєть",
      "ювала", "увало", "ювало", "ував", "ював", "ують", "юють", "ує", "ює",
      "ього", "ьому", "ого", "ому", "ими", "іми", "ами", "ями", "ові", "еві", "єві", "ємо", "єть",
      "емо", "ете", "єте", "ють", "уть",
      "ий", "ій", "ім", "им", "их", "іх", "ої", "ою", "ею", "єю", "ам", "ям", "ах", "ях",
      "ом", "єм", "ів", "їв",
      "а", "я", "и", "і", "ї", "у", "ю", "о", "е", "є",
    ]
    return words.map { Array($0.utf8) }.sorted { $0.count > $1.count }
  }()

  /// The reflexive particles, stripped before the ending ("займаються" → "займа").
  private static let reflexive: [[UInt8]] = [Array("ся".utf8), Array("сь".utf8)]

  /// The infinitive ending, stripped only before a reflexive particle.
  private static let infinitive: [UInt8] = Array("ти".utf8)

  /// The soft sign, dropped at the end of a stem so "вчитель" meets "вчителя".
  private static let softSign: [UInt8] = Array("ь".utf8)

  /// The second bytes of the UTF-8 of а е є и і ї о у ю я (lead byte 0xD0 or 0xD1).
  private static let vowels: Set<UInt16> = {
    var set: Set<UInt16> = []
    for letter in "аеєиіїоуюя".unicodeScalars {
      let utf8 = Array(String(letter).utf8)
      set.insert(UInt16(utf8[0]) << 8 | UInt16(utf8[1]))
    }
    return set
  }()

  /// Returns how many leading bytes of `word` (folded UTF-8) form its stem.
  static func stemLength(of word: [UInt8]) -> Int {
    var end = word.count
    for particle in reflexive where hasSuffix(word, end: end, particle) {
      if letterCount(word, end: end - particle.count) >= 3 { end -= particle.count }
      // Only verbs are reflexive, so an infinitive "-ти" is safe to strip here, while on
      // its own it would cut nouns such as "результати".
      if hasSuffix(word, end: end, infinitive) && letterCount(word, end: end - 4) >= 3 {
        return end - infinitive.count
      }
      break
    }
    for ending in endings where hasSuffix(word, end: end, ending) {
      let stemEnd = end - ending.count
      if letterCount(word, end: stemEnd) >= 2 && hasVowel(word, end: stemEnd) {
        end = stemEnd
        break
      }
    }
    if hasSuffix(word, end: end, softSign) && letterCount(word, end: end - 2) >= 2 {
      end -= softSign.count
    }
    return end
  }

  /// Returns the length of a second, shorter stem for the query side, or nil when the stem
  /// does not itself end like an inflection ("програм" → "прогр", as "програм" would stem).
  static func shorterStemLength(of word: [UInt8], stemLength: Int) -> Int? {
    for ending in endings where ending.count >= 4 && hasSuffix(word, end: stemLength, ending) {
      let stemEnd = stemLength - ending.count
      if letterCount(word, end: stemEnd) >= 3 && hasVowel(word, end: stemEnd) { return stemEnd }
    }
    return nil
  }

  /// Tells whether the first `end` bytes of `word` end with `suffix`.
  @inline(__always)
  private static func hasSuffix(_ word: [UInt8], end: Int, _ suffix: [UInt8]) -> Bool {
    guard end >= suffix.count else { return false }
    var index = 0
    let start = end - suffix.count
    while index < suffix.count {
      if word[start + index] != suffix[index] { return false }
      index += 1
    }
    return true
  }

  /// Counts the characters (not bytes) in the first `end` bytes.
  private static func letterCount(_ word: [UInt8], end: Int) -> Int {
    var count = 0
    for index in 0..<max(0, end) where word[index] & 0xC0 != 0x80 { count += 1 }
    return count
  }

  /// Tells whether the first `end` bytes hold a Ukrainian vowel.
  private static func hasVowel(_ word: [UInt8], end: Int) -> Bool {
    var index = 0
    while index + 1 < end {
      if vowels.contains(UInt16(word[index]) << 8 | UInt16(word[index + 1])) { return true }
      index += 1
    }
    return false
  }
}
