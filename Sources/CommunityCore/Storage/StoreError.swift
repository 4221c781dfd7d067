import Foundation

/// What can go wrong with the data directory, worded so the person at the terminal can act on it.
package enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A file exists but cannot be read: its name, the 1-based line where known, and the reason.
  case corrupt(file: String, line: Int?, reason: String)
  /// The data directory was written by a newer or unknown version of Hromada.
  case unsupportedSchema(file: String, line: Int?, found: Int, supported: Int)
  /// The operating system refused an operation on a file.
  case io(file: String, operation: String, reason: String)
  /// The data directory holds no community yet.
  case notInitialized(directory: String)
  /// The data directory already holds a community.
  case alreadyInitialized(directory: String)

  package var description: String {
    switch self {
    case .corrupt(let file, let line, let reason):
      let place = line.map { "\(file):\($0)" } ?? file
      return "\(place): cannot be read: \(reason). The file was left untouched; "
        + "fix or restore it (see `hromada doctor`) before anything is written."
    case .unsupportedSchema(let file, let line, let found, let supported):
      let place = line.map { "\(file):\($0)" } ?? file
      return "\(place): schema version \(found) is not supported (this hromada reads "
        + "version \(supported)). The file was left untouched."
    case .io(let file, let operation, let reason):
      return "\(file): \(operation) failed: \(reason)"
    case .notInitialized(let directory):
      return "\(directory): no community here yet; run `hromada init`."
    case .alreadyInitialized(let directory):
      return "\(directory): a community already exists here."
    }
  }
}
