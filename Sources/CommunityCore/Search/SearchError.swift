import Glibc

/// The one error the search engine throws, naming the file involved and what went wrong.
package struct SearchError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The broad class of failure, so callers can decide whether a rebuild helps.
  package enum Kind: Sendable, Equatable {
    /// The operating system refused a file operation.
    case io
    /// A file of the index has bytes the format does not allow; rebuilding fixes it.
    case corrupt
    /// The caller passed something the index cannot store.
    case invalidArgument
  }

  /// The broad class of failure.
  package let kind: Kind
  /// The file (or directory) involved.
  package let file: String
  /// What went wrong, in words a person can act on.
  package let reason: String

  /// Creates an error.
  package init(_ kind: Kind, file: String, reason: String) {
    self.kind = kind
    self.file = file
    self.reason = reason
  }

  /// What the interface shows: the file, then the reason.
  package var description: String {
    "search index file \(file): \(reason)"
  }

  /// An error for a failed system call, quoting the current `errno`.
  static func system(_ operation: String, file: String) -> SearchError {
    let code = errno
    let message = String(cString: strerror(code))
    return SearchError(.io, file: file, reason: "\(operation) failed: \(message) (errno \(code))")
  }

  /// An error for bytes that break the file format.
  static func corrupt(_ file: String, _ reason: String) -> SearchError {
    SearchError(.corrupt, file: file, reason: reason)
  }
}
