/// A value kept in a `Collection`: it knows the key it is stored under.
package protocol StoredRecord: Codable, Sendable {
  /// The unique key of the record within its collection (an id, a request number…).
  var storageKey: String { get }
}

/// Where a record appears in one view: the bucket it belongs to, how it sorts there, and the
/// small facts a listing filters by without reading the record.
package struct ViewPlacement: Sendable, Equatable {
  package var bucket: String
  package var sortKey: String
  package var tags: [String]

  package init(bucket: String, sortKey: String = "", tags: [String] = []) {
    self.bucket = bucket
    self.sortKey = sortKey
    self.tags = tags
  }
}

/// A secondary index of a collection, split into buckets so that a listing reads only the
/// buckets it shows (this month's news, the open requests, one cycle's ballots).
package struct ViewDefinition<Record>: Sendable {
  package var name: String
  package var place: @Sendable (Record) -> ViewPlacement?

  package init(_ name: String, place: @escaping @Sendable (Record) -> ViewPlacement?) {
    self.name = name
    self.place = place
  }
}

/// One line of a journal: a record version, or the deletion of a key.
struct JournalEnvelope<Record: StoredRecord>: Codable {
  var key: String
  var seq: Int?
  var record: Record?
  var deleted: Bool?
}
