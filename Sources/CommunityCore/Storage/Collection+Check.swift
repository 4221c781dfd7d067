import Foundation

extension Collection {
  /// Reads every file of the collection and returns each problem found (empty when all is well) and
  /// how many records the journal holds.
  ///
  /// Changes nothing.
  package func check() -> (problems: [StoreError], lines: Int) {
    var problems: [StoreError] = []
    var state: CollectionState?
    do {
      state = try readState()
    } catch {
      problems.append(error)
    }
    var journalSize = 0
    var lines = 0
    do {
      if let file = try openForReading(journalPath) {
        let bytes = try file.readAll()
        journalSize = bytes.count
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
          lines += 1
          do {
            _ = try decodeEnvelope(Array(bytes[start..<index]), line: lines)
          } catch {
            problems.append(error)
          }
          start = index + 1
        }
        if start < bytes.count {
          problems.append(
            .corrupt(file: journalPath, line: lines + 1, reason: "the last line is cut short"))
        }
      }
    } catch {
      problems.append(error)
    }
    if let state, journalSize < state.journalBytes {
      problems.append(
        .corrupt(
          file: journalPath, line: nil,
          reason:
            "it holds \(journalSize) bytes but \(state.journalBytes) were written: it was truncated"
        ))
    }
    for path in indexFiles() {
      do {
        for entry in try readIndexFile(path) {
          if let pointer = entry.pointer, pointer.offset + pointer.length > journalSize {
            problems.append(
              .corrupt(
                file: path, line: nil, reason: "key '\(entry.key)' points past the journal's end"))
            break
          }
        }
      } catch {
        problems.append(error)
      }
    }
    return (problems, lines)
  }

  private func indexFiles() -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
    var paths: [String] = []
    while let name = walker.nextObject() as? String {
      if name.hasSuffix(".idx") { paths.append(directory + "/" + name) }
    }
    return paths.sorted()
  }
}

extension Community {
  /// One line of the doctor's report.
  package struct CheckReport: Sendable {
    package var collection: String
    package var records: Int
    package var problems: [StoreError]
  }

  /// Checks every file of the data directory; changes nothing.
  package func check() -> (meta: [StoreError], collections: [CheckReport]) {
    var metaProblems: [StoreError] = []
    do {
      _ = try directory.readMeta()
    } catch {
      metaProblems.append(error)
    }
    do {
      _ = try holidays()
    } catch let error as StoreError {
      metaProblems.append(error)
    } catch {
      metaProblems.append(.io(file: directory.holidaysPath, operation: "read", reason: "\(error)"))
    }
    func report<R>(_ collection: Collection<R>) -> CheckReport {
      let (problems, lines) = collection.check()
      return CheckReport(collection: collection.name, records: lines, problems: problems)
    }
    let reports = [
      report(accounts), report(news), report(newsSources), report(readMarks), report(services),
      report(requests), report(cycles), report(proposals), report(ballots), report(practices),
    ]
    return (metaProblems, reports)
  }
}
