import Foundation

/// Reads Pabulib `.pb` files (pabulib.org) the way pabutools 1.2.3 reads them, but refuses
/// malformed input with the line and the rule broken instead of guessing.
package enum PabulibParser {
  /// Parses the file at `url`; errors carry the file's name.
  package static func parse(contentsOf url: URL) throws(PabulibError) -> PabulibElection {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw PabulibError(
        file: url.lastPathComponent, line: nil, reason: .unreadable(error.localizedDescription))
    }
    do {
      return try parse(bytes: [UInt8](data))
    } catch {
      var located = error
      located.file = url.lastPathComponent
      throw located
    }
  }

  /// Parses Pabulib text.
  package static func parse(_ text: String) throws(PabulibError) -> PabulibElection {
    try parse(bytes: Array(text.utf8))
  }

  /// Parses UTF-8 encoded Pabulib text.
  package static func parse(bytes: [UInt8]) throws(PabulibError) -> PabulibElection {
    if String(validating: bytes, as: UTF8.self) == nil {
      throw PabulibError(line: firstInvalidLine(bytes), reason: .notUTF8)
    }
    var reader = PabulibRecordReader(bytes: bytes)
    var builder = PabulibElectionBuilder()
    while let record = try reader.next() {
      if record.isBlank { continue }
      if let section = Section(marker: record.fields[0]) {
        var header: PabulibRecord?
        while let next = try reader.next() {
          header = next
          break
        }
        try builder.begin(section, at: record.line, header: header)
        if section == .votes && builder.addVotersConcurrently(bytes, from: reader.position) {
          reader.skipToEnd()
        }
      } else {
        try builder.add(record)
      }
    }
    return try builder.finish()
  }

  /// The line holding the first byte sequence that is not UTF-8, for the error message.
  private static func firstInvalidLine(_ bytes: [UInt8]) -> Int? {
    var line = 1
    var start = 0
    for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
      if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
      line += 1
      start = index + 1
    }
    return nil
  }

  /// The three parts of a Pabulib file.
  enum Section: String, CaseIterable {
    case meta = "META"
    case projects = "PROJECTS"
    case votes = "VOTES"

    /// Recognises a section's first line; pabutools ignores case and surrounding spaces.
    init?(marker: String) {
      self.init(rawValue: marker.trimmingSpaces.uppercased())
    }
  }
}

/// Collects records section by section and checks them against the header.
struct PabulibElectionBuilder {
  private var section: PabulibParser.Section?
  private var seen: [PabulibParser.Section: Int] = [:]
  private(set) var header: [String] = []
  private var columns: [String: Int] = [:]
  private var meta: [PabulibField] = []
  private var metaLines: [String: Int] = [:]
  private var projects: [PabulibProject] = []
  private var projectIndex: [String: Int] = [:]
  var voters: [PabulibVoter] = []
  var voterIDs: Set<String> = []

  mutating func begin(
    _ next: PabulibParser.Section, at line: Int, header record: PabulibRecord?
  ) throws(PabulibError) {
    if seen[next] != nil {
      throw PabulibError(line: line, reason: .duplicateSection(next.rawValue))
    }
    if next == .votes && seen[.projects] == nil {
      throw PabulibError(line: line, reason: .missingSection("PROJECTS"))
    }
    guard let record, !record.isBlank else {
      throw PabulibError(line: line + 1, reason: .missingHeader(section: next.rawValue))
    }
    seen[next] = line
    section = next
    header = record.fields.map { Self.canonicalColumn(String($0.trimmingSpaces), in: next) }
    columns = [:]
    for (index, column) in header.enumerated() {
      guard columns.updateValue(index, forKey: column) == nil else {
        throw PabulibError(
          line: record.line, reason: .duplicateColumn(section: next.rawValue, column: column))
      }
    }
    let required: [String] =
      switch next {
      case .meta: ["key", "value"]
      case .projects: ["project_id", "cost"]
      case .votes: ["voter_id", "vote"]
      }
    for column in required where columns[column] == nil {
      throw PabulibError(
        line: record.line, reason: .missingColumn(section: next.rawValue, column: column))
    }
  }

  /// Old files say `target` for what the format now calls `beneficiaries`.
  private static func canonicalColumn(_ name: String, in section: PabulibParser.Section) -> String {
    guard section == .projects else { return name }
    switch name {
    case "target", "targets": return "beneficiaries"
    case "categories": return "category"
    default: return name
    }
  }

  mutating func add(_ record: PabulibRecord) throws(PabulibError) {
    guard let section else { throw PabulibError(line: record.line, reason: .contentBeforeMeta) }
    guard record.fields.count == header.count else {
      throw PabulibError(
        line: record.line,
        reason: .wrongColumnCount(
          section: section.rawValue, expected: header.count, found: record.fields.count))
    }
    switch section {
    case .meta:
      let key = String(record.fields[columns["key", default: 0]].trimmingSpaces)
      meta.append(
        PabulibField(column: key, value: Self.value(record.fields[columns["value", default: 1]])))
      metaLines[key] = record.line
    case .projects: try addProject(record)
    case .votes: try addVoter(record)
    }
  }

  /// A trimmed field, with pabutools' "none" (any case) meaning missing.
  private static func value(_ field: String) -> String? {
    // Most fields have nothing to trim; looking at both ends settles that without a scan.
    if let first = field.utf8.first, let last = field.utf8.last, !isSpace(first), !isSpace(last) {
      return isNone(field.utf8) ? nil : field
    }
    let trimmed = field.trimmingSpaces
    if isNone(trimmed.utf8) { return nil }
    return trimmed.utf8.count == field.utf8.count ? field : String(trimmed)
  }

  /// The bytes `trimmingSpaces` removes: spaces, tabs and line ends.
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
  }

  /// Whether text reads "none" in any case, compared byte by byte: only ASCII letters can
  /// lower-case to it in four bytes, and no string needs to be made for the test.
  private static func isNone(_ bytes: some Swift.Collection<UInt8>) -> Bool {
    bytes.count == 4 && bytes.elementsEqual("none".utf8) { $0 | 0x20 == $1 }
  }

  private mutating func addProject(_ record: PabulibRecord) throws(PabulibError) {
    var project = PabulibProject(id: "", cost: .zero)
    var costText = ""
    for (index, column) in header.enumerated() {
      let value = Self.value(record.fields[index])
      switch column {
      case "project_id": project.id = value ?? ""
      case "cost": costText = value ?? "none"
      case "name": project.name = value ?? ""
      case "category": project.category = value
      case "beneficiaries": project.beneficiaries = value
      default: project.otherFields.append(PabulibField(column: column, value: value))
      }
    }
    guard !project.id.isEmpty else {
      throw PabulibError(line: record.line, reason: .emptyProjectID)
    }
    guard let cost = DecimalAmount(parsing: costText) else {
      throw PabulibError(line: record.line, reason: .badCost(project: project.id, value: costText))
    }
    project.cost = cost
    guard projectIndex.updateValue(projects.count, forKey: project.id) == nil else {
      throw PabulibError(line: record.line, reason: .duplicateProject(project.id))
    }
    projects.append(project)
  }

  private mutating func addVoter(_ record: PabulibRecord) throws(PabulibError) {
    let voter = try self.voter(record)
    guard voterIDs.insert(voter.id).inserted else {
      throw PabulibError(line: record.line, reason: .duplicateVoter(voter.id))
    }
    voters.append(voter)
  }

  /// The voter a VOTES record describes, checked against the projects.
  ///
  /// Whether its id is new is the caller's to check. The record has as many fields as the header.
  func voter(_ record: PabulibRecord) throws(PabulibError) -> PabulibVoter {
    var voter = PabulibVoter(id: "", projects: [])
    voter.otherFields.reserveCapacity(max(0, header.count - 2))
    let idColumn = columns["voter_id", default: 0]
    let voteColumn = columns["vote", default: 1]
    let pointsColumn = columns["points", default: -1]
    for (index, field) in record.fields.enumerated() {
      switch index {
      case idColumn: voter.id = Self.value(field) ?? ""
      case voteColumn: voter.projects = Self.list(field)
      case pointsColumn: voter.points = Self.value(field) == nil ? nil : Self.list(field)
      default:
        voter.otherFields.append(PabulibField(column: header[index], value: Self.value(field)))
      }
    }
    guard !voter.id.isEmpty else { throw PabulibError(line: record.line, reason: .emptyVoterID) }
    for project in voter.projects where projectIndex[project] == nil {
      throw PabulibError(
        line: record.line, reason: .unknownProject(voter: voter.id, project: project))
    }
    if let points = voter.points, points.count != voter.projects.count {
      throw PabulibError(
        line: record.line,
        reason: .pointsMismatch(
          voter: voter.id, projects: voter.projects.count, points: points.count))
    }
    return voter
  }

  /// Comma-separated entries, trimmed, skipping empty ones as pabutools does ("1,,2").
  ///
  /// Reads the field's bytes in place: a city-wide file has hundreds of thousands of entries.
  private static func list(_ field: String) -> [String] {
    var field = field
    return field.withUTF8 { bytes in
      if isNone(trimmedSpaces(bytes, from: 0, to: bytes.count)) { return [] }
      var entries: [String] = []
      var start = 0
      for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: ",") {
        let entry = trimmedSpaces(bytes, from: start, to: end)
        if !entry.isEmpty { entries.append(String(decoding: entry, as: UTF8.self)) }
        start = end + 1
      }
      return entries
    }
  }

  /// `bytes[start..<end]` without the spaces, tabs and line ends `trimmingSpaces` removes.
  private static func trimmedSpaces(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> UnsafeBufferPointer<UInt8>.SubSequence {
    var start = start
    var end = end
    while start < end && isSpace(bytes[start]) { start += 1 }
    while end > start && isSpace(bytes[end - 1]) { end -= 1 }
    return bytes[start..<end]
  }

  func finish() throws(PabulibError) -> PabulibElection {
    for section in PabulibParser.Section.allCases where seen[section] == nil {
      throw PabulibError(line: nil, reason: .missingSection(section.rawValue))
    }
    let election = PabulibElection(meta: meta, projects: projects, voters: voters)
    guard let budgetText = election.metaValue("budget") else {
      throw PabulibError(line: seen[.meta], reason: .missingBudget)
    }
    guard DecimalAmount(parsing: budgetText) != nil else {
      throw PabulibError(line: metaLines["budget"], reason: .badBudget(budgetText))
    }
    if let voteType = election.metaValue("vote_type"),
      PabulibVoteType(rawValue: voteType.lowercased()) == nil
    {
      throw PabulibError(line: metaLines["vote_type"], reason: .unknownVoteType(voteType))
    }
    return election
  }
}
