/// Why a Pabulib file could not be read or written, with the 1-based line where it went wrong.
package struct PabulibError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file's name when the error came from a file on disk.
  package var file: String?
  /// The 1-based line of the file the problem is on; `nil` when it concerns the whole file.
  package var line: Int?
  package var reason: Reason

  package init(file: String? = nil, line: Int?, reason: Reason) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  /// The rules of the format, one case per way of breaking them.
  package enum Reason: Sendable, Equatable, CustomStringConvertible {
    case unreadable(String)
    case notUTF8
    case contentBeforeMeta
    case missingSection(String)
    case duplicateSection(String)
    case missingHeader(section: String)
    case missingColumn(section: String, column: String)
    case duplicateColumn(section: String, column: String)
    case wrongColumnCount(section: String, expected: Int, found: Int)
    case unterminatedQuote
    case missingBudget
    case badBudget(String)
    case unknownVoteType(String)
    case emptyProjectID
    case duplicateProject(String)
    case badCost(project: String, value: String)
    case emptyVoterID
    case duplicateVoter(String)
    case unknownProject(voter: String, project: String)
    case pointsMismatch(voter: String, projects: Int, points: Int)
    case unwritable(String)

    package var description: String {
      switch self {
      case .unreadable(let detail): "cannot read the file: \(detail)"
      case .notUTF8: "the file is not UTF-8 text"
      case .contentBeforeMeta: "text before the META section"
      case .missingSection(let name): "missing section \(name)"
      case .duplicateSection(let name): "section \(name) appears twice"
      case .missingHeader(let section): "section \(section) has no header line"
      case .missingColumn(let section, let column): "\(section) has no column '\(column)'"
      case .duplicateColumn(let section, let column): "\(section) names column '\(column)' twice"
      case .wrongColumnCount(let section, let expected, let found):
        "\(section) row has \(found) fields, the header has \(expected)"
      case .unterminatedQuote: "a quoted field is never closed"
      case .missingBudget: "META has no budget"
      case .badBudget(let value): "budget '\(value)' is not a non-negative number"
      case .unknownVoteType(let value): "unknown vote_type '\(value)'"
      case .emptyProjectID: "a project has an empty project_id"
      case .duplicateProject(let id): "project '\(id)' is listed twice"
      case .badCost(let project, let value):
        "project '\(project)' has cost '\(value)', which is not a non-negative number"
      case .emptyVoterID: "a voter has an empty voter_id"
      case .duplicateVoter(let id): "voter '\(id)' is listed twice"
      case .unknownProject(let voter, let project):
        "voter '\(voter)' votes for project '\(project)', which PROJECTS does not list"
      case .pointsMismatch(let voter, let projects, let points):
        "voter '\(voter)' lists \(projects) projects but \(points) points"
      case .unwritable(let detail): "cannot write the file: \(detail)"
      }
    }
  }

  /// "file.pb:12: reason", leaving out what is unknown.
  package var description: String {
    var prefix = file ?? ""
    if let line { prefix += prefix.isEmpty ? "line \(line)" : ":\(line)" }
    return prefix.isEmpty ? reason.description : "\(prefix): \(reason)"
  }
}
