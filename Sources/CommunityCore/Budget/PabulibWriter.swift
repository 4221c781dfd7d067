import Foundation

/// Writes a `PabulibElection` as a Pabulib file that pabutools reads back to the same election.
package enum PabulibWriter {
  /// The file's text: META (with `num_projects` and `num_votes` brought up to date), PROJECTS
  /// and VOTES, LF line endings, fields quoted only where the format needs it.
  ///
  /// With `anonymizingVoters`, voter ids become 1, 2, 3… in file order; the other voter columns
  /// are kept, so drop them first if they identify people.
  package static func text(
    for election: PabulibElection, anonymizingVoters: Bool = false
  ) -> String {
    var meta = election
    meta.setMeta("num_projects", to: String(election.projects.count))
    meta.setMeta("num_votes", to: String(election.voters.count))
    var lines = ["META", "key;value"]
    for entry in meta.meta {
      lines.append(row([entry.column, field(entry.value)]))
    }

    let projectColumns = extraColumns(election.projects.map(\.otherFields))
    let hasCategory = election.projects.contains { $0.category != nil }
    let hasBeneficiaries = election.projects.contains { $0.beneficiaries != nil }
    var header = ["project_id", "cost", "name"]
    if hasCategory { header.append("category") }
    if hasBeneficiaries { header.append("beneficiaries") }
    lines.append("PROJECTS")
    lines.append(row(header + projectColumns))
    for project in election.projects {
      var fields = [project.id, project.cost.description, project.name]
      if hasCategory { fields.append(field(project.category)) }
      if hasBeneficiaries { fields.append(field(project.beneficiaries)) }
      fields += values(of: project.otherFields, in: projectColumns)
      lines.append(row(fields))
    }

    let voterColumns = extraColumns(election.voters.map(\.otherFields))
    let hasPoints = election.voters.contains { $0.points != nil }
    lines.append("VOTES")
    lines.append(row(["voter_id", "vote"] + (hasPoints ? ["points"] : []) + voterColumns))
    for (index, voter) in election.voters.enumerated() {
      var fields = [anonymizingVoters ? String(index + 1) : voter.id]
      fields.append(voter.projects.joined(separator: ","))
      if hasPoints { fields.append(voter.points.map { $0.joined(separator: ",") } ?? "none") }
      fields += values(of: voter.otherFields, in: voterColumns)
      lines.append(row(fields))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Writes `text(for:anonymizingVoters:)` to `url`, replacing any file there.
  package static func write(
    _ election: PabulibElection, to url: URL, anonymizingVoters: Bool = false
  ) throws(PabulibError) {
    let text = text(for: election, anonymizingVoters: anonymizingVoters)
    do {
      try Data(text.utf8).write(to: url, options: .atomic)
    } catch {
      throw PabulibError(
        file: url.lastPathComponent, line: nil, reason: .unwritable(error.localizedDescription))
    }
  }

  /// Every column that some entry has, in the order first met.
  private static func extraColumns(_ fieldLists: [[PabulibField]]) -> [String] {
    var columns: [String] = []
    var known: Set<String> = []
    for fields in fieldLists {
      for field in fields where known.insert(field.column).inserted {
        columns.append(field.column)
      }
    }
    return columns
  }

  private static func values(of fields: [PabulibField], in columns: [String]) -> [String] {
    columns.map { column in field(fields.first(where: { $0.column == column })?.value) }
  }

  /// A missing value is written "none", as the format (and pabutools) expect.
  private static func field(_ value: String?) -> String { value ?? "none" }

  /// Joins fields with `;`, quoting those holding a delimiter, quote or line break.
  private static func row(_ fields: [String]) -> String {
    fields.map { field in
      let special: Set<Unicode.Scalar> = [";", "\"", "\n", "\r"]
      guard field.unicodeScalars.contains(where: special.contains) else {
        return field
      }
      return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }.joined(separator: ";")
  }
}
