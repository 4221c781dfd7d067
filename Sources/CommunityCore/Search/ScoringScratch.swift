/// Per-segment arrays reused from query to query, so scoring allocates nothing per document.
///
/// Entries are valid only where `stamp` equals the current `epoch`; bumping the epoch clears
/// the arrays in constant time, which keeps a query for a rare word from paying for the size
/// of the segment.
struct ScoringScratch {
  /// The summed score of each touched document.
  var score: [Float] = []
  /// Which clauses each touched document matched (bit per clause, see `QueryEvaluator`).
  var mask: [UInt32] = []
  /// The epoch in which each entry was last written.
  var stamp: [UInt32] = []
  /// The documents touched in this epoch, in first-touch order.
  var touched: [Int32] = []
  /// The current epoch.
  var epoch: UInt32 = 0

  /// Starts a new query over a segment of `documentCount` documents.
  mutating func prepare(documentCount: Int) {
    if stamp.count != documentCount {
      score = [Float](repeating: 0, count: documentCount)
      mask = [UInt32](repeating: 0, count: documentCount)
      stamp = [UInt32](repeating: 0, count: documentCount)
      epoch = 0
    }
    epoch &+= 1
    if epoch == 0 {
      stamp = [UInt32](repeating: 0, count: documentCount)
      epoch = 1
    }
    touched.removeAll(keepingCapacity: true)
  }

  /// Adds `value` to a document's score and `bit` to its mask.
  @inline(__always)
  mutating func add(_ document: Int, score value: Float, bit: UInt32) {
    if stamp[document] != epoch {
      stamp[document] = epoch
      score[document] = 0
      mask[document] = 0
      touched.append(Int32(document))
    }
    score[document] += value
    mask[document] |= bit
  }
}
