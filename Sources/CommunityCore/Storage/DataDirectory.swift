import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The folder that holds one community: `hromada.json` (schema version and the community's
/// settings), one folder per collection, `holidays.json`, and the `.lock` file.
package final class DataDirectory: Sendable {
  /// The schema version this build reads and writes.
  package static let schemaVersion = 1

  package let path: String
  private let lock: DirectoryLock

  package init(path: String) {
    self.path = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    self.lock = DirectoryLock(directory: self.path)
  }

  /// Where the data lives: `--data-dir`, else `HROMADA_DATA_DIR`, else the XDG data folder.
  package static func defaultPath(
    explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let explicit, !explicit.isEmpty { return explicit }
    if let fromEnvironment = environment["HROMADA_DATA_DIR"], !fromEnvironment.isEmpty {
      return fromEnvironment
    }
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/hromada" }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.local/share/hromada"
  }

  package var metaPath: String { path + "/hromada.json" }
  package var holidaysPath: String { path + "/holidays.json" }

  /// Whether a community has been created here.
  package var isInitialized: Bool { PosixFile.exists(metaPath) }

  /// Reads and checks `hromada.json`: valid JSON, the supported schema version.
  package func readMeta() throws(StoreError) -> CommunityMeta {
    guard isInitialized else { throw .notInitialized(directory: path) }
    let bytes = try PosixFile(path: metaPath, flags: O_RDONLY).readAll()
    let data = Data(bytes)
    let version: Int
    do {
      version = try JSONCoding.decoder().decode(SchemaProbe.self, from: data).schema
    } catch {
      throw .corrupt(
        file: metaPath, line: JSONLocator.line(of: error, in: bytes),
        reason: JSONCoding.reason(for: error))
    }
    guard version == Self.schemaVersion else {
      throw .unsupportedSchema(
        file: metaPath, line: JSONLocator.line(ofKey: "schema", in: bytes), found: version,
        supported: Self.schemaVersion)
    }
    do {
      return try JSONCoding.decoder().decode(CommunityMeta.self, from: data)
    } catch {
      throw .corrupt(
        file: metaPath, line: JSONLocator.line(of: error, in: bytes),
        reason: JSONCoding.reason(for: error))
    }
  }

  /// Creates the folder (owner-only: it holds personal data) and writes `hromada.json`.
  package func create(meta: CommunityMeta) throws(StoreError) {
    try PosixFile.makeDirectory(path, mode: 0o700)
    try lock.withLock(exclusive: true) { () throws(StoreError) in
      if isInitialized { throw .alreadyInitialized(directory: path) }
      try writeJSON(meta, to: metaPath, mode: 0o644)
    }
  }

  /// Replaces a small settings file atomically (`hromada.json`, `holidays.json`).
  package func writeJSON<T: Encodable>(_ value: T, to path: String, mode: mode_t) throws(StoreError)
  {
    let bytes: [UInt8]
    do {
      bytes = Array(try JSONCoding.encoder(pretty: true).encode(value)) + [UInt8(ascii: "\n")]
    } catch {
      throw .io(file: path, operation: "encode", reason: "\(error)")
    }
    try PosixFile.replaceAtomically(path, with: bytes, mode: mode)
  }

  /// Runs `body` as one transaction under the exclusive lock, committing if it returns.
  package func write<T>(durable: Bool = true, _ body: (WriteTransaction) throws -> T) throws -> T {
    try write(durable: durable, body, afterCommit: { _ in })
  }

  /// Runs `body` as one transaction and then `afterCommit` with its value.
  ///
  /// Both run under the exclusive lock: derived data kept outside the collections (the search
  /// index) is updated before another writer can commit, so it sees the writes in the order
  /// they were made. `afterCommit` cannot fail the write, which is on disk by then.
  package func write<T>(
    durable: Bool = true, _ body: (WriteTransaction) throws -> T, afterCommit: (T) -> Void
  ) throws -> T {
    _ = try readMeta()
    return try lock.withLock(exclusive: true) { () throws(StoreError) -> Result<T, any Error> in
      let transaction = WriteTransaction(durable: durable)
      let value: T
      do {
        value = try body(transaction)
      } catch {
        return .failure(error)
      }
      try transaction.commit()
      afterCommit(value)
      return .success(value)
    }.get()
  }

  /// Runs `body` under the shared lock, so that it never sees half of another process's write.
  package func read<T>(_ body: () throws -> T) throws -> T {
    try lock.withLock(exclusive: false) { () throws(StoreError) -> Result<T, any Error> in
      do {
        return .success(try body())
      } catch {
        return .failure(error)
      }
    }.get()
  }

  private struct SchemaProbe: Decodable {
    var schema: Int
  }
}

/// Finds the line a JSON problem is on, for error messages about small settings files.
package enum JSONLocator {
  /// The 1-based line holding `"key":`, if any.
  package static func line(ofKey key: String, in bytes: [UInt8]) -> Int? {
    let text = String(decoding: bytes, as: UTF8.self)
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where line.contains("\"\(key)\"") {
      return index + 1
    }
    return nil
  }

  /// The line of a decoding error: of the offending field, or where the JSON parser stopped.
  package static func line(of error: any Error, in bytes: [UInt8]) -> Int? {
    guard let decodingError = error as? DecodingError else { return nil }
    switch decodingError {
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return context.codingPath.last.flatMap { line(ofKey: $0.stringValue, in: bytes) }
    case .keyNotFound(_, let context):
      return context.codingPath.last.flatMap { line(ofKey: $0.stringValue, in: bytes) } ?? 1
    case .dataCorrupted(let context):
      let info = (context.underlyingError as NSError?)?.userInfo ?? [:]
      if let index = info["NSJSONSerializationErrorIndex"] as? Int {
        return bytes.prefix(index).filter { $0 == UInt8(ascii: "\n") }.count + 1
      }
      let text = "\(info)"
      if let range = text.range(of: "line "),
        let number = Int(text[range.upperBound...].prefix(while: \.isNumber))
      {
        return number
      }
      return nil
    @unknown default:
      return nil
    }
  }
}
