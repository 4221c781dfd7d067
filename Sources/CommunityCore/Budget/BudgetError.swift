/// Why an election cannot be counted as given.
package struct BudgetError: Error, Sendable, Equatable, CustomStringConvertible {
  package var reason: Reason

  package init(_ reason: Reason) {
    self.reason = reason
  }

  /// The rules a countable election keeps.
  package enum Reason: Sendable, Equatable {
    case emptyProjectID
    case duplicateProject(String)
    case unknownProjectIndex(ballot: Int, index: Int)
    case amountsTooLarge(String)
  }

  package var description: String {
    switch reason {
    case .emptyProjectID: "a project has an empty id"
    case .duplicateProject(let id): "project '\(id)' appears twice"
    case .unknownProjectIndex(let ballot, let index):
      "ballot \(ballot + 1) names project number \(index), which does not exist"
    case .amountsTooLarge(let detail):
      "the amounts are too large to count exactly: \(detail)"
    }
  }
}
