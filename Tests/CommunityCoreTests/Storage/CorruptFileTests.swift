import CommunityCore
import Foundation
import Testing

/// One way a file of the data directory can be damaged, and what each reader must say about it.
struct Damage: Sendable, CustomTestStringConvertible {
  var name: String
  /// Damages the data directory at the given path; returns the damaged file (relative) and line.
  var apply: @Sendable (_ dataPath: String) throws -> (file: String, line: Int)
  /// What the reason says when a reading operation meets it, or `nil` when reading does not
  /// touch the file (the state mark is read by writers only).
  var readReason: String?
  var writeReason: String
  var doctorReason: String
  /// Signing in reads the damaged file, so reading means `news list --as olena`.
  var signInReads = false

  var testDescription: String { name }

  static let all: [Damage] = [
    Damage(
      name: "journal cut mid-line",
      apply: { data in
        let path = data + "/news/records.jsonl"
        let bytes = try FileBytes.read(path)
        try FileBytes.write(Array(bytes.dropLast(20)), to: path)
        return ("news/records.jsonl", try lineCount(bytes))
      },
      readReason: "the file ends before this record", writeReason: "it was truncated",
      doctorReason: "the last line is cut short"),
    Damage(
      name: "invalid JSON line",
      apply: { data in
        let path = data + "/news/records.jsonl"
        var bytes = try FileBytes.read(path)
        let lastLine = try lineCount(bytes)
        let start = (bytes.dropLast().lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        bytes[start] = UInt8(ascii: "#")
        try FileBytes.write(bytes, to: path)
        return ("news/records.jsonl", lastLine)
      },
      readReason: "invalid JSON", writeReason: "invalid JSON", doctorReason: "invalid JSON"),
    Damage(
      name: "unsupported schema version",
      apply: { data in
        let path = data + "/hromada.json"
        let text = String(decoding: try FileBytes.read(path), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let index = lines.firstIndex(where: { $0.contains(#""schema""#) }) else {
          throw TestFailure("no schema line in hromada.json")
        }
        var changed = lines
        changed[index] = lines[index].replacingOccurrences(of: ": 1", with: ": 99")
        try FileBytes.write(Array(changed.joined(separator: "\n").utf8), to: path)
        return ("hromada.json", index + 1)
      },
      readReason: "schema version 99 is not supported",
      writeReason: "schema version 99 is not supported",
      doctorReason: "schema version 99 is not supported"),
    Damage(
      name: "field of the wrong type",
      apply: { data in
        let path = data + "/news/records.jsonl"
        let bytes = try FileBytes.read(path)
        let text = String(decoding: bytes, as: UTF8.self)
        guard let range = text.range(of: #""pinned":false"#, options: .backwards) else {
          throw TestFailure("no unpinned item")
        }
        let changed = text.replacingCharacters(in: range, with: #""pinned":"yes""#)
        try FileBytes.write(Array(changed.utf8), to: path)
        return ("news/records.jsonl", text[..<range.lowerBound].filter { $0 == "\n" }.count + 1)
      },
      readReason: "field 'record.pinned' should be of type Bool",
      writeReason: "field 'record.pinned' should be of type Bool",
      doctorReason: "field 'record.pinned' should be of type Bool"),
    Damage(
      name: "malformed index line",
      apply: { data in
        let folder = data + "/accounts/keys"
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
          let path = folder + "/" + name
          let bytes = try FileBytes.read(path)
          if String(decoding: bytes, as: UTF8.self).hasPrefix("olena\t") {
            try FileBytes.write(Array("not an index line\n".utf8) + bytes, to: path)
            return ("accounts/keys/" + name, 1)
          }
        }
        throw TestFailure("no key bucket for olena")
      },
      readReason: "expected 6 tab-separated fields, found 1",
      writeReason: "expected 6 tab-separated fields, found 1",
      doctorReason: "expected 6 tab-separated fields, found 1", signInReads: true),
    Damage(
      name: "malformed state mark",
      apply: { data in
        try FileBytes.write(Array("hromada-state 1 12 x\n".utf8), to: data + "/news/state")
        return ("news/state", 1)
      },
      readReason: nil, writeReason: "not a Hromada collection state line",
      doctorReason: "not a Hromada collection state line"),
  ]

  private static func lineCount(_ bytes: [UInt8]) throws -> Int {
    let count = bytes.filter { $0 == UInt8(ascii: "\n") }.count
    guard count > 0 else { throw TestFailure("empty journal") }
    return count
  }
}

/// The fourth storage promise: a file that cannot be read is reported with its name, line and
/// reason, is never overwritten, and no write happens until it is dealt with.
struct CorruptFileTests {
  /// Where a store error points.
  private func location(of error: any Error) -> (file: String, line: Int?)? {
    switch error as? StoreError {
    case .corrupt(let file, let line, _), .unsupportedSchema(let file, let line, _, _):
      return (file, line)
    default:
      return nil
    }
  }

  /// Runs `operation`, expecting a `StoreError` at `file:line` whose text has `reason`.
  private func expectStoreError(
    file: String, line: Int, reason: String, sourceLocation: SourceLocation = #_sourceLocation,
    _ operation: () throws -> Void
  ) {
    do {
      try operation()
      Issue.record("expected an error about \(file):\(line)", sourceLocation: sourceLocation)
    } catch {
      #expect(error is StoreError, "\(error)", sourceLocation: sourceLocation)
      let place = location(of: error)
      #expect(place?.file == file, "\(error)", sourceLocation: sourceLocation)
      #expect(place?.line == line, "\(error)", sourceLocation: sourceLocation)
      #expect("\(error)".contains(reason), "\(error)", sourceLocation: sourceLocation)
    }
  }

  /// A demo community whose newest news item is the journal's last line.
  private func prepare(_ folder: TemporaryDirectory) throws -> Community {
    let community = try TestCommunity.demo(at: folder.dataPath)
    try community.publishNews(
      title: "Свіжа новина", body: "Текст", category: "Оголошення",
      viewer: TestCommunity.official(community))
    return community
  }

  @Test(
    "the store names the damaged file, line and reason, and writes nothing", arguments: Damage.all)
  func inProcess(damage: Damage) throws {
    try TemporaryDirectory.with { folder in
      let community = try prepare(folder)
      let official = try TestCommunity.official(community)
      let (relative, line) = try damage.apply(folder.dataPath)
      let file = folder.dataPath + "/" + relative
      let damaged = try FileSnapshot(of: folder.dataPath)

      if let reason = damage.readReason {
        expectStoreError(file: file, line: line, reason: reason) {
          let opened = try Community.open(path: folder.dataPath)
          if damage.signInReads {
            _ = try opened.signIn(id: "olena", pin: "1111")
          } else {
            _ = try opened.listNews(viewer: .guest)
          }
        }
      } else {
        #expect(try !community.listNews(viewer: .guest).isEmpty)
      }
      expectStoreError(file: file, line: line, reason: damage.writeReason) {
        if damage.signInReads {
          _ = try community.signIn(id: "olena", pin: "0000")
        } else {
          try community.publishNews(
            title: "Ще одна", body: "Текст", category: "Новини", viewer: official)
        }
      }
      let (meta, collections) = community.check()
      let problems = (meta + collections.flatMap(\.problems)).map(\.description)
      #expect(
        problems.contains { $0.contains("\(file):\(line):") && $0.contains(damage.doctorReason) })
      let after = try FileSnapshot(of: folder.dataPath)
      #expect(after == damaged, "changed: \(after.changes(since: damaged))")
    }
  }

  @Test(
    "the command line reports it on stderr, exits 1, changes no byte; doctor names it",
    arguments: Damage.all)
  func commandLine(damage: Damage) throws {
    _ = try HromadaBinary.path()
    try TemporaryDirectory.with { folder in
      _ = try prepare(folder)
      let healthy = try FileSnapshot(of: folder.dataPath)
      let (relative, line) = try damage.apply(folder.dataPath)
      let damaged = try FileSnapshot(of: folder.dataPath)
      let data = ["--data-dir", folder.dataPath]
      let pin = ["HROMADA_PIN": "1111"]

      let read = try HromadaBinary.run(
        ["news", "list"] + data + (damage.signInReads ? ["--as", "olena"] : []), environment: pin)
      if let reason = damage.readReason {
        #expect(read.status == 1)
        #expect(read.standardError.contains("\(relative):\(line): "), "\(read.standardError)")
        #expect(read.standardError.contains(reason), "\(read.standardError)")
      } else {
        #expect(read.status == 0, "\(read.standardError)")
      }
      #expect(try FileSnapshot(of: folder.dataPath) == damaged)

      let write = try HromadaBinary.run(
        ["news", "add", "--title", "Ще одна", "--body", "Текст", "--as", "olena"] + data,
        environment: pin)
      #expect(write.status == 1)
      #expect(write.standardError.contains("\(relative):\(line): "), "\(write.standardError)")
      #expect(write.standardError.contains(damage.writeReason), "\(write.standardError)")
      #expect(
        write.standardError.contains("left untouched")
          || write.standardError.contains("not supported"))
      #expect(write.standardOutput.isEmpty)
      let afterWrite = try FileSnapshot(of: folder.dataPath)
      #expect(afterWrite == damaged, "changed: \(afterWrite.changes(since: damaged))")

      let doctor = try HromadaBinary.run(["doctor"] + data)
      #expect(doctor.status == 1)
      #expect(doctor.standardOutput.contains("\(relative):\(line): "), "\(doctor.standardOutput)")
      #expect(doctor.standardOutput.contains(damage.doctorReason))
      #expect(try FileSnapshot(of: folder.dataPath) == damaged)

      // Once the file is restored, writing works again.
      try FileBytes.write(healthy.files[relative] ?? [], to: folder.dataPath + "/" + relative)
      let repaired = try HromadaBinary.run(
        ["news", "add", "--title", "Ще одна", "--body", "Текст", "--as", "olena"] + data,
        environment: pin)
      #expect(repaired.status == 0, "\(repaired.standardError)")
      #expect(try HromadaBinary.run(["doctor"] + data).status == 0)
    }
  }
}
