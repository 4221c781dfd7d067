import Glibc

/// The append-only log of writes since the last segment was made.
///
/// After an 8-byte magic, each record is a u32 payload length, the u32 CRC-32 of the payload
/// and the payload. A write appends one record and fdatasyncs, so its cost does not depend on
/// the corpus. Reading stops at the first record that is cut short or fails its checksum: a
/// `kill -9` in the middle of an append leaves such a torn tail, which readers ignore and the
/// next writer truncates before appending.
final class SearchJournalFile {
  /// The magic at the start of every journal.
  static let magic: [UInt8] = Array("HRMDJRN1".utf8)
  /// The largest payload accepted, to reject a damaged length before allocating.
  static let maxPayload = 64 << 20

  /// The path, for error messages.
  let path: String
  private let descriptor: Int32
  /// Where the valid records end; the next append goes here.
  private(set) var validEnd = 0

  /// Opens (creating if asked) the journal at `path`.
  init(path: String, create: Bool) throws(SearchError) {
    self.path = path
    let flags = O_RDWR | O_CLOEXEC | (create ? O_CREAT : 0)
    descriptor = open(path, flags, 0o600)
    guard descriptor >= 0 else { throw .system("open", file: path) }
  }

  deinit {
    close(descriptor)
  }

  /// The current size of the file, torn tail included.
  func fileSize() throws(SearchError) -> Int {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw .system("fstat", file: path) }
    return Int(status.st_size)
  }

  /// Reads the whole records past `validEnd` and advances it; a torn tail is left unread.
  func readNewRecords() throws(SearchError) -> [SearchJournalRecord] {
    let size = try fileSize()
    guard size > validEnd else { return [] }
    var bytes = [UInt8](repeating: 0, count: size - validEnd)
    let start = validEnd
    var done = 0
    while done < bytes.count {
      let count = bytes.withUnsafeMutableBytes { raw in
        pread(descriptor, raw.baseAddress.map { $0 + done }, raw.count - done, off_t(start + done))
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      done += count
    }
    var records: [SearchJournalRecord] = []
    bytes.withUnsafeBytes { raw in
      var reader = SearchByteReader(UnsafeRawBufferPointer(rebasing: raw[0..<done]))
      if start == 0 {
        guard let magic = reader.readBytes(8), Array(magic) == Self.magic else { return }
        validEnd = 8
      }
      while let length = reader.readUInt32(), let checksum = reader.readUInt32(),
        Int(length) <= Self.maxPayload, let payload = reader.readBytes(Int(length)),
        SearchCRC32.checksum(payload) == checksum,
        let record = SearchJournalRecord(payload: payload)
      {
        records.append(record)
        validEnd = start + reader.offset
      }
    }
    return records
  }

  /// Cuts off a torn tail and writes the magic into a new file; call holding the write lock.
  func prepareForAppend() throws(SearchError) {
    if validEnd == 0 {
      guard ftruncate(descriptor, 0) == 0 else { throw .system("ftruncate", file: path) }
      try writeAt(0, Self.magic)
      validEnd = Self.magic.count
    } else if try fileSize() > validEnd {
      guard ftruncate(descriptor, off_t(validEnd)) == 0 else {
        throw .system("ftruncate", file: path)
      }
    }
  }

  /// Appends one record and makes it durable; call holding the write lock.
  func append(_ record: SearchJournalRecord) throws(SearchError) {
    try prepareForAppend()
    let payload = record.encoded()
    var frame = SearchByteWriter(capacity: payload.count + 8)
    frame.appendUInt32(UInt32(payload.count))
    frame.appendUInt32(SearchCRC32.checksum(payload))
    frame.bytes.append(contentsOf: payload)
    try writeAt(validEnd, frame.bytes)
    guard fdatasync(descriptor) == 0 else { throw .system("fdatasync", file: path) }
    validEnd += frame.bytes.count
  }

  /// Makes the file itself durable, for a journal just created.
  func sync() throws(SearchError) {
    guard fsync(descriptor) == 0 else { throw .system("fsync", file: path) }
  }

  private func writeAt(_ offset: Int, _ bytes: [UInt8]) throws(SearchError) {
    try SearchIndexFiles.writeAll(bytes, path: path) { raw, done in
      pwrite(descriptor, raw.baseAddress.map { $0 + done }, raw.count - done, off_t(offset + done))
    }
  }
}
