/// A fixed-size set of document numbers, one bit each: the deleted documents of a segment.
struct SearchDocumentBitset: Sendable, Equatable {
  private(set) var words: [UInt64]
  /// How many document numbers the set can hold.
  let capacity: Int

  /// Creates an empty set for `capacity` documents.
  init(capacity: Int) {
    self.capacity = capacity
    words = [UInt64](repeating: 0, count: (capacity + 63) / 64)
  }

  /// Creates a set from words written by `words`; extra bits beyond `capacity` are cleared.
  init?(capacity: Int, words: [UInt64]) {
    guard words.count == (capacity + 63) / 64 else { return nil }
    self.capacity = capacity
    self.words = words
    if capacity % 64 != 0, let last = words.indices.last {
      self.words[last] &= (1 << UInt64(capacity % 64)) - 1
    }
  }

  /// Tells whether `number` is in the set.
  @inline(__always)
  func contains(_ number: Int) -> Bool {
    words[number >> 6] & (1 << UInt64(number & 63)) != 0
  }

  /// Adds `number` to the set.
  mutating func insert(_ number: Int) {
    words[number >> 6] |= 1 << UInt64(number & 63)
  }

  /// Adds every member of `other`, which must have the same capacity.
  mutating func formUnion(_ other: SearchDocumentBitset) {
    for index in words.indices where index < other.words.count {
      words[index] |= other.words[index]
    }
  }

  /// How many numbers are in the set.
  var count: Int {
    words.reduce(0) { $0 + $1.nonzeroBitCount }
  }
}
