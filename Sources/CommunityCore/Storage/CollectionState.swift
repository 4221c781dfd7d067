/// The high-water mark of a collection: how much of its journal every derived index covers, and the
/// last sequence number handed out.
///
/// Rewritten in place after each committed write.
struct CollectionState: Equatable {
  var journalBytes: Int
  var journalLines: Int
  var sequence: Int

  static let empty = CollectionState(journalBytes: 0, journalLines: 0, sequence: 0)

  /// Fixed width, so that an in-place rewrite never leaves a longer old line behind.
  var encoded: [UInt8] {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    let text =
      "hromada-state 1 \(pad(journalBytes, 20)) \(pad(journalLines, 12)) \(pad(sequence, 12))\n"
    return Array(text.utf8)
  }

  static func parse(_ bytes: [UInt8], file: String) throws(StoreError) -> CollectionState {
    let text = String(decoding: bytes, as: UTF8.self)
    let fields = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    guard fields.count == 5, fields[0] == "hromada-state", fields[1] == "1",
      let bytes = Int(fields[2]), let lines = Int(fields[3]), let sequence = Int(fields[4])
    else {
      throw .corrupt(file: file, line: 1, reason: "not a Hromada collection state line")
    }
    return CollectionState(journalBytes: bytes, journalLines: lines, sequence: sequence)
  }
}
