/// A Porter-lite English stemmer for the Latin words in Ukrainian texts ("budgets", "IT").
///
/// Strips plurals, possessives, "-ing" and "-ed", and always returns a prefix of the word so
/// that, like the Ukrainian stemmer, the stripped tail can mark an exact form.
enum EnglishStemmer {
  /// Returns how many leading bytes of `word` (folded ASCII) form its stem.
  static func stemLength(of word: [UInt8]) -> Int {
    var end = word.count
    if ends(word, end, "'s") {
      end -= 2
    } else if ends(word, end, "'") {
      end -= 1
    }
    if end > 4 && ends(word, end, "sses") {
      end -= 2
    } else if end > 4 && ends(word, end, "ies") {
      end -= 3
    } else if end > 3 && ends(word, end, "s") && !ends(word, end, "ss") && !ends(word, end, "us")
      && !ends(word, end, "is")
    {
      end -= 1
    }
    if end > 5 && ends(word, end, "ing") && hasVowel(word, end - 3) {
      end = undouble(word, end - 3)
    } else if end > 4 && ends(word, end, "ed") && hasVowel(word, end - 2) {
      end = undouble(word, end - 2)
    }
    if end > 3 && (ends(word, end, "e") || (ends(word, end, "y") && !isVowel(word[end - 2]))) {
      end -= 1
    }
    return end
  }

  /// Drops one letter of a doubled final consonant ("plann" → "plan"), except l, s and z.
  private static func undouble(_ word: [UInt8], _ end: Int) -> Int {
    guard end >= 3 else { return end }
    let last = word[end - 1]
    let doubled = last == word[end - 2] && !isVowel(last)
    return doubled && !"lsz".utf8.contains(last) ? end - 1 : end
  }

  /// Tells whether the first `end` bytes of `word` end with `suffix`.
  private static func ends(_ word: [UInt8], _ end: Int, _ suffix: StaticString) -> Bool {
    let count = suffix.utf8CodeUnitCount
    guard end >= count else { return false }
    return suffix.withUTF8Buffer { buffer in
      var index = 0
      while index < count {
        if word[end - count + index] != buffer[index] { return false }
        index += 1
      }
      return true
    }
  }

  /// Tells whether the first `end` bytes hold a vowel.
  private static func hasVowel(_ word: [UInt8], _ end: Int) -> Bool {
    word[0..<end].contains(where: isVowel)
  }

  /// Tells whether an ASCII letter is a vowel (y counts, as in Porter after a consonant).
  private static func isVowel(_ byte: UInt8) -> Bool {
    "aeiouy".utf8.contains(byte)
  }
}
