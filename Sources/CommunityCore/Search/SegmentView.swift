/// A segment as the current state of the index sees it: the file and its deleted documents.
struct SegmentView: Sendable {
  /// The segment.
  let reader: SegmentReader
  /// Deleted documents: those deleted on disk plus those the journal replaced or removed.
  let deleted: SearchDocumentBitset

  /// How many documents are live.
  var liveCount: Int { reader.documentCount - deleted.count }
}
