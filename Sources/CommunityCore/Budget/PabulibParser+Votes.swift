import Dispatch
import Foundation
import Synchronization

extension PabulibElectionBuilder {
  /// Reads the VOTES records from `start` to the end of `bytes` on every processor at once, one
  /// run of whole lines each; `false`, with nothing added, when the text must be read line by
  /// line instead.
  ///
  /// A city-wide file has tens of thousands of voters, and turning their lines into voters is
  /// most of the time a count takes outside Equal Shares. The fast way only takes plain input:
  /// no quotes (a quoted field may span lines, so a run could start inside one), no later
  /// section, nothing wrong. Anything else, errors included, is left to the line-by-line reader,
  /// which reports the first problem with its line exactly as before.
  mutating func addVotersConcurrently(_ bytes: [UInt8], from start: Int) -> Bool {
    let workers = min(ProcessInfo.processInfo.activeProcessorCount, 8)
    guard workers > 1, bytes.count - start >= 1 << 18, voters.isEmpty,
      !bytes[start...].contains(UInt8(ascii: "\""))
    else { return false }
    let runs = Self.lineRuns(bytes, from: start, count: workers)
    let builder = self
    let results = Mutex([PlainVoters?](repeating: nil, count: runs.count))
    DispatchQueue.concurrentPerform(iterations: runs.count) { index in
      let read = builder.plainVoters(bytes, range: runs[index])
      results.withLock { $0[index] = read }
    }
    let parts = results.withLock { $0 }.compactMap { $0 }
    guard parts.count == runs.count else { return false }
    // Each run's ids are unique among themselves; no id may recur in a later run.
    for (index, part) in parts.enumerated() {
      for earlier in parts[..<index] {
        guard part.ids.isDisjoint(with: earlier.ids) else { return false }
      }
    }
    voters = parts.flatMap(\.voters)
    // No voter comes after the VOTES section, so the ids need not be gathered in one set.
    return true
  }

  /// `count` ranges of whole lines covering `bytes[start...]`, of about equal size.
  private static func lineRuns(_ bytes: [UInt8], from start: Int, count: Int) -> [Range<Int>] {
    var bounds = [start]
    for part in 1..<count {
      var cut = max(bounds[bounds.count - 1], start + (bytes.count - start) * part / count)
      while cut < bytes.count && bytes[cut] != UInt8(ascii: "\n") { cut += 1 }
      bounds.append(min(bytes.count, cut + 1))
    }
    bounds.append(bytes.count)
    return zip(bounds, bounds.dropFirst()).map { $0..<$1 }.filter { !$0.isEmpty }
  }

  /// The voters in `range` and their ids, or `nil` at the first record the fast way does not
  /// take.
  private func plainVoters(_ bytes: [UInt8], range: Range<Int>) -> PlainVoters? {
    var reader = PabulibRecordReader(bytes: bytes, range: range)
    var read = PlainVoters()
    do {
      while let record = try reader.next() {
        if record.isBlank { continue }
        guard PabulibParser.Section(marker: record.fields[0]) == nil,
          record.fields.count == header.count
        else { return nil }
        let voter = try voter(record)
        guard read.ids.insert(voter.id).inserted else { return nil }
        read.voters.append(voter)
      }
    } catch {
      return nil
    }
    return read
  }
}

/// One run's voters, read concurrently with the others.
private struct PlainVoters: Sendable {
  var voters: [PabulibVoter] = []
  var ids: Set<String> = []
}
