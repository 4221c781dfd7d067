/// Scores a planned query over the segments and picks the best documents the viewer may see.
///
/// Each clause sets one bit of a per-document mask while adding its BM25F score, so AND, the
/// OR fallback, exclusions and field filters are all decided from the mask afterwards.
struct QueryEvaluator {
  /// What the evaluation found.
  struct Outcome {
    /// The best hits, best first.
    var hits: [SearchTopHits.Hit]
    /// How many visible documents matched.
    var totalCount: Int
    /// False when no document matched every clause and the OR fallback was used.
    var matchedAllWords: Bool
  }

  /// The mask bit of documents matching an excluded clause.
  private static let excludedBit: UInt32 = 1 << 31
  /// The first mask bit used by field filters; bits below are the required clauses.
  private static let firstFilterBit = SearchQuery.maxClauses
  /// Most field filters, so their bits stay below `excludedBit`.
  static let maxFilters = 31 - SearchQuery.maxClauses

  let plan: QueryPlan
  let segments: [SegmentView]
  let viewer: SearchViewer
  let kinds: Set<SearchKind>?
  let limit: Int
  /// Documents never returned, however well they match.
  var hidden: Set<SearchDocumentKey> = []

  /// Scores every segment into `scratches` (one per segment) and collects the best hits.
  func run(scratches: inout [ScoringScratch]) -> Outcome {
    guard !plan.required.isEmpty else {
      return Outcome(hits: [], totalCount: 0, matchedAllWords: true)
    }
    for index in segments.indices { score(segment: index, scratch: &scratches[index]) }
    var outcome = collect(requireAll: true, scratches: scratches)
    if outcome.totalCount == 0 && plan.required.count > 1 {
      outcome = collect(requireAll: false, scratches: scratches)
    }
    return outcome
  }

  /// Runs every clause and filter of the plan over one segment.
  private func score(segment index: Int, scratch: inout ScoringScratch) {
    let reader = segments[index].reader
    scratch.prepare(documentCount: reader.documentCount)
    for (number, clause) in plan.required.enumerated() {
      run(clause, segment: index, bit: 1 << UInt32(number), scoring: true, scratch: &scratch)
    }
    for clause in plan.excluded {
      run(clause, segment: index, bit: Self.excludedBit, scoring: false, scratch: &scratch)
    }
    for (number, filter) in plan.filters[index].prefix(Self.maxFilters).enumerated() {
      guard let filter else { continue }
      let bit: UInt32 = 1 << UInt32(Self.firstFilterBit + number)
      var cursor = PostingCursor(reader.postings(filter), documentLimit: reader.documentCount)
      while cursor.advance() { scratch.add(cursor.document, score: 0, bit: bit) }
    }
  }

  /// Runs one word or phrase clause.
  private func run(
    _ clause: [QueryPlan.Word], segment index: Int, bit: UInt32, scoring: Bool,
    scratch: inout ScoringScratch
  ) {
    if clause.count == 1 {
      // An excluded word excludes its inflections, not longer words that start like it.
      var word = clause[0]
      if !scoring { word.matches[index] = word.stems[index].map { [$0] } ?? [] }
      runWord(word, segment: index, bit: bit, scoring: scoring, scratch: &scratch)
    } else {
      var phrase = PhraseMatcher(
        words: clause, segment: index, plan: plan, reader: segments[index].reader)
      phrase.run(bit: bit, scoring: scoring, scratch: &scratch)
    }
  }

  /// Scores one word, combining its own stem with its looser matches per document by
  /// walking their postings together in document order.
  private func runWord(
    _ word: QueryPlan.Word, segment index: Int, bit: UInt32, scoring: Bool,
    scratch: inout ScoringScratch
  ) {
    let reader = segments[index].reader
    var cursors: [PostingCursor] = []
    for match in word.matches[index] {
      var cursor = Self.cursor(match, in: reader)
      if cursor.advance() { cursors.append(cursor) }
    }
    if cursors.count == 1 {
      var cursor = cursors[0]
      repeat {
        let document = cursor.document
        let value =
          scoring ? score(word, reader.documentInfo(document), cursor.title, cursor.body) : 0
        scratch.add(document, score: value, bit: bit)
      } while cursor.advance()
      return
    }
    while !cursors.isEmpty {
      var document = Int.max
      for cursor in cursors { document = min(document, cursor.document) }
      var title: Float = 0
      var body: Float = 0
      var number = 0
      while number < cursors.count {
        if cursors[number].document == document {
          title += cursors[number].title
          body += cursors[number].body
          if !cursors[number].advance() {
            cursors.remove(at: number)
            continue
          }
        }
        number += 1
      }
      let value = scoring ? score(word, reader.documentInfo(document), title, body) : 0
      scratch.add(document, score: value, bit: bit)
    }
  }

  /// A cursor over a matched term's postings that weighs occurrences as ranking wants: the
  /// typed form fully, other inflections a bit less, looser matches far less.
  static func cursor(_ match: QueryPlan.TermMatch, in reader: SegmentReader) -> PostingCursor {
    let postings = reader.postings(match.info)
    if match.weight < 1 {
      return PostingCursor(
        postings, documentLimit: reader.documentCount, exactWeight: match.weight,
        otherWeight: match.weight)
    }
    return PostingCursor(
      postings, documentLimit: reader.documentCount, exactTail: match.exactTail,
      exactWeight: BM25Parameters.exactWeight, otherWeight: BM25Parameters.stemWeight)
  }

  /// The BM25F score of a word with the given weighted occurrences in a document.
  @inline(__always)
  func score(
    _ word: QueryPlan.Word, _ info: SegmentReader.DocumentInfo, _ title: Float, _ body: Float
  ) -> Float {
    let b = BM25Parameters.b
    return BM25Parameters.score(
      idf: word.idf, titleOccurrences: title, bodyOccurrences: body,
      titleNorm: 1 - b + b * Float(info.titleTokens) / plan.averageTitle,
      bodyNorm: 1 - b + b * Float(info.bodyTokens) / plan.averageBody)
  }

  /// Offers every document that passes the mask, deletions, kinds and privacy to the top list.
  private func collect(requireAll: Bool, scratches: [ScoringScratch]) -> Outcome {
    let clauseCount = plan.required.count
    let allClauses: UInt32 = (1 << UInt32(clauseCount)) - 1
    let filterCount = plan.filters.first.map { min($0.count, Self.maxFilters) } ?? 0
    let allFilters: UInt32 = ((1 << UInt32(filterCount)) - 1) << UInt32(Self.firstFilterBit)
    var allowedKinds = [Bool](repeating: kinds == nil, count: 8)
    for kind in kinds ?? [] { allowedKinds[Int(kind.code)] = true }
    var top = SearchTopHits(capacity: limit)
    var total = 0
    for (index, view) in segments.enumerated() {
      let scratch = scratches[index]
      // Looked up once per segment, so hiding a few documents costs nothing per match.
      let hiddenNumbers = Set(hidden.compactMap { view.reader.find($0) })
      for touched in scratch.touched {
        let document = Int(touched)
        let mask = scratch.mask[document]
        let matched = mask & allClauses
        guard mask & Self.excludedBit == 0, mask & allFilters == allFilters,
          requireAll ? matched == allClauses : matched != 0,
          !view.deleted.contains(document), !hiddenNumbers.contains(document)
        else { continue }
        let code = view.reader.documentInfo(document).kindCode
        guard Int(code) < allowedKinds.count, allowedKinds[Int(code)] else { continue }
        if code == SearchKind.request.code && !mayView(request: document, in: view.reader) {
          continue
        }
        var value = scratch.score[document]
        if !requireAll { value *= Float(matched.nonzeroBitCount) / Float(clauseCount) }
        total += 1
        top.offer(SearchTopHits.Hit(score: value, segment: index, document: document))
      }
    }
    return Outcome(hits: top.hits, totalCount: total, matchedAllWords: requireAll)
  }

  /// Tells whether the viewer may see a request, reading its owner only when it matters.
  private func mayView(request document: Int, in reader: SegmentReader) -> Bool {
    switch viewer {
    case .guest: return false
    case .official: return true
    case .resident:
      guard let identity = reader.identity(document) else { return false }
      return viewer.maySee(kind: identity.kind, ownerID: identity.ownerID)
    }
  }
}
