/// One word of a query, folded and stemmed, with the looser matches it may also make.
struct QueryWord: Sendable, Hashable {
  /// Most extra bytes a prefix match may add to the stem (four Cyrillic letters).
  static let prefixExtraBytes = 8
  /// Most distinct prefix-matched terms looked up per segment, to bound the query cost.
  static let prefixTermLimit = 24

  /// The folded word as typed ("громадою").
  let form: [UInt8]
  /// How many bytes of `form` are the stem ("громад").
  let stemLength: Int
  /// A second, shorter stem for stems that themselves end like an inflection, or nil.
  let shorterStem: [UInt8]?
  /// Whether longer terms starting with the stem ("бюджетн" for "бюджет") also match, with a
  /// lower weight; only for stems long enough that a prefix is still specific.
  let allowsPrefix: Bool

  /// Analyses a folded token.
  init(form: [UInt8]) {
    self.form = form
    stemLength = TermAnalyzer.stemLength(of: form)
    let isCyrillic = form.contains { $0 >= 0xD0 && $0 <= 0xD3 }
    shorterStem =
      isCyrillic
      ? UkrainianStemmer.shorterStemLength(of: form, stemLength: stemLength).map {
        Array(form[0..<$0])
      } : nil
    let letters = form[0..<stemLength].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    let hasDigit = form.contains { $0 >= 0x30 && $0 <= 0x39 }
    allowsPrefix = letters >= 4 && !hasDigit
  }

  /// The stem bytes.
  var stem: [UInt8] { Array(form[0..<stemLength]) }

  /// The stripped ending that, with the stem, spells the exact form.
  var tail: ArraySlice<UInt8> { form[stemLength...] }

  /// How strongly a document term with this stem matches: 1 for the stem itself, a lower
  /// weight for a prefix or shorter-stem match, nil for no match.
  func weight(ofStem candidate: ArraySlice<UInt8>) -> Float? {
    let stem = form[0..<stemLength]
    if candidate.elementsEqual(stem) { return 1 }
    if allowsPrefix && candidate.count > stem.count
      && candidate.count <= stem.count + Self.prefixExtraBytes && candidate.starts(with: stem)
    {
      return BM25Parameters.looseMatchWeight
    }
    if let shorterStem, candidate.elementsEqual(shorterStem) {
      return BM25Parameters.looseMatchWeight
    }
    return nil
  }
}
