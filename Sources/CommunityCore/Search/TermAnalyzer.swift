/// Turns a folded token into the stem the index stores, choosing a stemmer by script.
enum TermAnalyzer {
  /// Returns how many leading bytes of the folded token are its stem; the rest is the tail
  /// that tells one inflected form from another.
  static func stemLength(of token: [UInt8]) -> Int {
    var hasCyrillic = false
    for byte in token {
      switch byte {
      case 0x30...0x39: return token.count  // numbers and codes such as "5км" stay whole
      case 0x61...0x7A, 0x27: continue
      case 0xD0...0xD3: hasCyrillic = true
      case 0x80...0xBF: continue
      default: return token.count  // other scripts are left unstemmed
      }
    }
    if hasCyrillic {
      let hasLatin = token.contains { (0x61...0x7A).contains($0) }
      return hasLatin ? token.count : UkrainianStemmer.stemLength(of: token)
    }
    return EnglishStemmer.stemLength(of: token)
  }
}
