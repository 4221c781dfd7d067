/// The terms each query word looks up in each segment, with global BM25 statistics.
///
/// Document frequencies are summed over all segments before any scoring so that a word
/// weighs the same whichever segment a document sits in.
struct QueryPlan {
  /// One dictionary term a word matches in one segment.
  struct TermMatch {
    /// Where the postings are.
    let info: SegmentReader.TermInfo
    /// 1 for the word's own stem; `BM25Parameters.looseMatchWeight` for looser matches.
    let weight: Float
    /// The segment's number for the typed ending, so exact forms can weigh more.
    let exactTail: UInt32?
  }

  /// The lookups of one word.
  struct Word {
    /// The inverse document frequency of the word.
    var idf: Float = 0
    /// The matching terms, per segment.
    var matches: [[TermMatch]] = []
    /// The word's own stem per segment, which phrases use; nil where absent.
    var stems: [TermMatch?] = []
  }

  /// Every required clause's words, in clause order.
  private(set) var required: [[Word]] = []
  /// Every excluded clause's words.
  private(set) var excluded: [[Word]] = []
  /// Field filters per segment: the postings of each required field term, nil where absent.
  private(set) var filters: [[SegmentReader.TermInfo?]] = []
  /// Documents in all segments, deleted ones included (as the frequencies count them).
  let documentCount: Int
  /// Average title length in tokens.
  let averageTitle: Float
  /// Average body length in tokens.
  let averageBody: Float

  /// Looks up every word of `query` and every field of `fields` in `segments`.
  init(query: SearchQuery, fields: [String: String], segments: [SegmentReader]) {
    let count = segments.reduce(0) { $0 + $1.documentCount }
    documentCount = count
    let titles = segments.reduce(UInt64(0)) { $0 + $1.totalTitleTokens }
    let bodies = segments.reduce(UInt64(0)) { $0 + $1.totalBodyTokens }
    averageTitle = count > 0 ? max(1, Float(titles) / Float(count)) : 1
    averageBody = count > 0 ? max(1, Float(bodies) / Float(count)) : 1
    required = query.required.map { clause in
      clause.words.map { Self.plan($0, segments: segments, documentCount: count) }
    }
    excluded = query.excluded.map { clause in
      clause.words.map { Self.plan($0, segments: segments, documentCount: count) }
    }
    let terms = fields.sorted { $0.key < $1.key }.map {
      SegmentLayout.fieldTerm(key: $0.key, value: $0.value)
    }
    filters = segments.map { segment in terms.map { segment.term($0) } }
  }

  /// Looks one word up in every segment.
  private static func plan(
    _ word: QueryWord, segments: [SegmentReader], documentCount: Int
  ) -> Word {
    var plan = Word()
    var stemFrequency = 0
    var looseFrequency = 0
    let stem = word.stem
    for segment in segments {
      var matches: [TermMatch] = []
      var stemMatch: TermMatch?
      if let info = segment.term(stem) {
        let match = TermMatch(info: info, weight: 1, exactTail: segment.tailID(word.tail))
        matches.append(match)
        stemMatch = match
        stemFrequency += info.documentFrequency
      }
      var loose: [SegmentReader.TermInfo] = []
      if word.allowsPrefix {
        loose += segment.terms(
          withPrefix: stem, extraBytes: QueryWord.prefixExtraBytes,
          limit: QueryWord.prefixTermLimit
        ).map(\.info)
      }
      if let shorter = word.shorterStem, let info = segment.term(shorter) { loose.append(info) }
      var segmentLoose = 0
      for info in loose {
        matches.append(
          TermMatch(info: info, weight: BM25Parameters.looseMatchWeight, exactTail: nil))
        segmentLoose = max(segmentLoose, info.documentFrequency)
      }
      looseFrequency += segmentLoose
      plan.matches.append(matches)
      plan.stems.append(stemMatch)
    }
    // A word found only through looser matches still gets an idf, from their frequency.
    let frequency = stemFrequency > 0 ? stemFrequency : looseFrequency
    plan.idf = BM25Parameters.idf(documentFrequency: frequency, documentCount: documentCount)
    return plan
  }
}
