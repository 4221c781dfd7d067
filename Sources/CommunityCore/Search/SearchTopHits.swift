/// Keeps the best `capacity` scored documents seen so far.
///
/// Offers are appended to a buffer that is sorted and cut back to `capacity` whenever it
/// doubles, so keeping the top ten of fifty thousand and keeping all of them both cost
/// O(n log capacity).
struct SearchTopHits {
  /// One scored document of one segment.
  struct Hit {
    /// The score.
    var score: Float
    /// The index of the segment view.
    var segment: Int
    /// The document number within the segment.
    var document: Int
  }

  /// Most hits kept.
  let capacity: Int
  private var buffer: [Hit] = []
  /// The score a hit must beat once the buffer has been cut back; -infinity before.
  private var threshold = -Float.infinity

  /// Creates an empty list.
  init(capacity: Int) {
    // Bounded so that the buffer arithmetic below cannot overflow for a limit of Int.max.
    self.capacity = min(max(0, capacity), 1 << 32)
  }

  /// Offers a hit; it is kept when it may be among the best `capacity`.
  @inline(__always)
  mutating func offer(_ hit: Hit) {
    guard capacity > 0, hit.score > threshold else { return }
    buffer.append(hit)
    if buffer.count >= capacity * 2 + 16 { trim() }
  }

  /// The hits, best first; ties keep segment and document order.
  var hits: [Hit] {
    Array(Self.sorted(buffer).prefix(capacity))
  }

  private mutating func trim() {
    buffer = Array(Self.sorted(buffer).prefix(capacity))
    threshold = buffer.last?.score ?? threshold
  }

  private static func sorted(_ hits: [Hit]) -> [Hit] {
    hits.sorted {
      ($0.score, -$0.segment, -$0.document) > ($1.score, -$1.segment, -$1.document)
    }
  }
}
