import CommunityCore
import Foundation
import Testing

/// A small record for exercising the store on its own.
private struct Note: StoredRecord, Equatable {
  var id: String
  var shelf: String
  var text: String

  var storageKey: String { id }
}

/// A data directory with one collection of notes, viewed by shelf.
private struct NoteStore {
  let directory: DataDirectory
  let notes: Collection<Note>

  init(path: String, personal: Bool = false) throws {
    directory = DataDirectory(path: path)
    if !directory.isInitialized { try directory.create(meta: CommunityMeta(name: "Тест")) }
    notes = Collection(
      root: path, name: "notes", personal: personal,
      views: [ViewDefinition("shelf") { ViewPlacement(bucket: $0.shelf, sortKey: $0.text) }])
  }

  func put(_ records: [Note]) throws {
    try directory.write { transaction in
      for record in records { try notes.put(record, in: transaction) }
    }
  }
}

struct CollectionTests {
  @Test("a record written is read back, and a newer version replaces it")
  func roundTrip() throws {
    try TemporaryDirectory.with { folder in
      let store = try NoteStore(path: folder.dataPath)
      try store.put([Note(id: "1", shelf: "полиця", text: "перша")])
      #expect(try store.notes.get("1") == Note(id: "1", shelf: "полиця", text: "перша"))
      try store.put([Note(id: "1", shelf: "полиця", text: "друга")])
      #expect(try store.notes.get("1")?.text == "друга")
      #expect(try store.notes.get("2") == nil)
      // Both versions stay in the journal: it is never rewritten.
      #expect(try FileBytes.lines(folder.dataPath + "/notes/records.jsonl").count == 2)
    }
  }

  @Test("a deleted record is gone from lookups and views")
  func delete() throws {
    try TemporaryDirectory.with { folder in
      let store = try NoteStore(path: folder.dataPath)
      try store.put([Note(id: "1", shelf: "a", text: "x"), Note(id: "2", shelf: "a", text: "y")])
      try store.directory.write { transaction in try store.notes.delete("1", in: transaction) }
      #expect(try store.notes.get("1") == nil)
      #expect(try store.notes.entries(view: "shelf", bucket: "a").map(\.key) == ["2"])
    }
  }

  @Test(
    "a view lists a bucket's live records by sort key; a record moving bucket leaves the old one")
  func views() throws {
    try TemporaryDirectory.with { folder in
      let store = try NoteStore(path: folder.dataPath)
      try store.put([
        Note(id: "1", shelf: "Новини/архів", text: "в"),
        Note(id: "2", shelf: "Новини/архів", text: "а"),
        Note(id: "3", shelf: "інше", text: "б"),
      ])
      #expect(
        try store.notes.entries(view: "shelf", bucket: "Новини/архів").map(\.key) == ["2", "1"])
      try store.put([Note(id: "1", shelf: "інше", text: "г")])
      #expect(try store.notes.entries(view: "shelf", bucket: "Новини/архів").map(\.key) == ["2"])
      #expect(try store.notes.entries(view: "shelf", bucket: "інше").map(\.key) == ["3", "1"])
      #expect(store.notes.buckets(view: "shelf") == ["Новини/архів", "інше"].sorted())
      let pointers = try store.notes.entries(view: "shelf", bucket: "інше").compactMap(\.pointer)
      #expect(try store.notes.records(at: pointers).map(\.text) == ["б", "г"])
    }
  }

  @Test("a transaction sees its own writes, and commits them all together")
  func transactionReadsOwnWrites() throws {
    try TemporaryDirectory.with { folder in
      let store = try NoteStore(path: folder.dataPath)
      let seen = try store.directory.write { transaction in
        try store.notes.put(Note(id: "1", shelf: "a", text: "x"), in: transaction)
        #expect(try store.notes.get("1") == nil, "not visible outside before the commit")
        return try store.notes.get("1", in: transaction)
      }
      #expect(seen?.text == "x")
      #expect(try store.notes.get("1")?.text == "x")
    }
  }

  @Test("a transaction whose body throws writes nothing at all")
  func failedTransactionWritesNothing() throws {
    try TemporaryDirectory.with { folder in
      let store = try NoteStore(path: folder.dataPath)
      try store.put([Note(id: "1", shelf: "a", text: "x")])
      let before = try FileSnapshot(of: folder.dataPath)
      #expect(throws: TestFailure.self) {
        try store.directory.write { transaction in
          try store.notes.put(Note(id: "2", shelf: "b", text: "y"), in: transaction)
          _ = try store.notes.nextSequence(in: transaction)
          throw TestFailure("changed my mind")
        }
      }
      #expect(try FileSnapshot(of: folder.dataPath) == before)
      #expect(try store.notes.get("2") == nil)
    }
  }

  @Test("sequence numbers count up across transactions and handles")
  func sequences() throws {
    try TemporaryDirectory.with { folder in
      let store = try NoteStore(path: folder.dataPath)
      let first = try store.directory.write { transaction in
        [
          try store.notes.nextSequence(in: transaction),
          try store.notes.nextSequence(in: transaction),
        ]
      }
      let other = try NoteStore(path: folder.dataPath)
      let next = try other.directory.write { transaction in
        try other.notes.nextSequence(in: transaction)
      }
      #expect(first == [1, 2])
      #expect(next == 3)
    }
  }

  @Test("any of 20,000 records is found by key through its hashed bucket")
  func manyKeys() throws {
    try TemporaryDirectory.with { folder in
      let store = try NoteStore(path: folder.dataPath)
      try store.directory.write(durable: false) { transaction in
        for index in 0..<20_000 {
          try store.notes.put(
            Note(id: "n\(index)", shelf: "s\(index % 7)", text: "#\(index)"), in: transaction)
        }
      }
      for index in [0, 1, 4_095, 4_096, 12_345, 19_999] {
        #expect(try store.notes.get("n\(index)")?.text == "#\(index)")
      }
      let buckets = try FileManager.default.contentsOfDirectory(
        atPath: folder.dataPath + "/notes/keys")
      #expect(buckets.count > 4_000, "keys spread over the 4,096 buckets")
    }
  }

  @Test("a second community is refused in an initialized directory")
  func alreadyInitialized() throws {
    try TemporaryDirectory.with { folder in
      _ = try TestCommunity.empty(at: folder.dataPath)
      #expect(throws: StoreError.alreadyInitialized(directory: folder.dataPath)) {
        try Community.create(at: folder.dataPath, demoFolder: nil)
      }
      #expect(throws: StoreError.notInitialized(directory: folder.path + "/elsewhere")) {
        try Community.open(path: folder.path + "/elsewhere")
      }
    }
  }
}
