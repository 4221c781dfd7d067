/// Finds the documents of one segment where the words of a phrase stand next to each other.
///
/// Walks the stems' postings in step (leapfrog on document numbers) and compares positions
/// only for documents that have every word. Any inflection of each word matches, so
/// "громадський бюджет" also finds "громадського бюджету".
struct PhraseMatcher {
  private let words: [QueryPlan.Word]
  private let index: Int
  private let plan: QueryPlan
  private let reader: SegmentReader
  private var streams: [PostingCursor.PositionStream] = []
  private var shifted: [Int] = []

  /// Prepares to match `words` in segment `index`.
  init(words: [QueryPlan.Word], segment index: Int, plan: QueryPlan, reader: SegmentReader) {
    self.words = words
    self.index = index
    self.plan = plan
    self.reader = reader
  }

  /// Adds every matching document to `scratch` under `bit`, scored when `scoring`.
  mutating func run(bit: UInt32, scoring: Bool, scratch: inout ScoringScratch) {
    var stems: [QueryPlan.TermMatch] = []
    for word in words {
      guard let stem = word.stems[index] else { return }
      stems.append(stem)
    }
    var cursors = stems.map { QueryEvaluator.cursor($0, in: reader) }
    for number in cursors.indices where !cursors[number].advance() { return }
    while true {
      var target = 0
      for cursor in cursors { target = max(target, cursor.document) }
      var aligned = true
      for number in cursors.indices {
        while cursors[number].document < target {
          guard cursors[number].advance() else { return }
        }
        if cursors[number].document != target { aligned = false }
      }
      guard aligned else { continue }
      if containsPhrase(cursors) {
        let value = scoring ? score(target, cursors: cursors) : 0
        scratch.add(target, score: value, bit: bit)
      }
      guard cursors[0].advance() else { return }
    }
  }

  /// Tells whether some position of the first word is followed by all the others in order.
  ///
  /// Word i at position p stands for a phrase starting at p - i; the positions of all words
  /// are walked in step (leapfrog) until they agree on a start, so a document that has the
  /// phrase early is decided after reading a few positions.
  private mutating func containsPhrase(_ cursors: [PostingCursor]) -> Bool {
    if cursors.count == 2 { return Self.containsPair(cursors[0], cursors[1]) }
    streams.removeAll(keepingCapacity: true)
    shifted.removeAll(keepingCapacity: true)
    for (offset, cursor) in cursors.enumerated() {
      var stream = cursor.positions()
      guard let first = stream.next() else { return false }
      streams.append(stream)
      shifted.append(first - offset)
    }
    while true {
      var target = Int.min
      for value in shifted { target = max(target, value) }
      var agreed = true
      for offset in streams.indices {
        while shifted[offset] < target {
          guard let next = streams[offset].next() else { return false }
          shifted[offset] = next - offset
        }
        if shifted[offset] != target { agreed = false }
      }
      if agreed { return true }
    }
  }

  /// The two-word case of `containsPhrase`, the common one, without arrays.
  @inline(__always)
  private static func containsPair(_ first: PostingCursor, _ second: PostingCursor) -> Bool {
    var left = first.positions()
    var right = second.positions()
    guard var leftPosition = left.next(), var rightPosition = right.next() else { return false }
    while true {
      let wanted = leftPosition + 1
      if rightPosition == wanted { return true }
      if rightPosition < wanted {
        guard let next = right.next() else { return false }
        rightPosition = next
      } else {
        guard let next = left.next() else { return false }
        leftPosition = next
      }
    }
  }

  /// Sums the BM25F scores of the phrase's words in the document.
  private func score(
    _ document: Int, cursors: [PostingCursor]
  ) -> Float {
    let info = reader.documentInfo(document)
    let evaluator = QueryEvaluator(plan: plan, segments: [], viewer: .guest, kinds: nil, limit: 0)
    var total: Float = 0
    for number in words.indices {
      total += evaluator.score(words[number], info, cursors[number].title, cursors[number].body)
    }
    return total
  }
}
