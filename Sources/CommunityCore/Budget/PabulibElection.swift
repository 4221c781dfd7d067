/// A participatory-budget election as a Pabulib file describes it: metadata, projects and votes.
///
/// Nothing the file says is thrown away, so `PabulibWriter` can write it back; the counting
/// engine works on the leaner `BudgetElection` made from it.
package struct PabulibElection: Sendable, Equatable {
  /// The META section in file order, `budget` and `vote_type` included.
  package var meta: [PabulibField]
  package var projects: [PabulibProject]
  package var voters: [PabulibVoter]

  package init(meta: [PabulibField], projects: [PabulibProject], voters: [PabulibVoter]) {
    self.meta = meta
    self.projects = projects
    self.voters = voters
  }

  /// The META value for `key`, `nil` when absent or "none"; the last one wins, as in pabutools.
  package func metaValue(_ key: String) -> String? {
    meta.last(where: { $0.column == key })?.value
  }

  /// Sets a META value, keeping its place when the key is already there.
  package mutating func setMeta(_ key: String, to value: String?) {
    if let index = meta.lastIndex(where: { $0.column == key }) {
      meta[index].value = value
    } else {
      meta.append(PabulibField(column: key, value: value))
    }
  }

  /// The total budget; the parser guarantees META has a valid one.
  package var budget: DecimalAmount {
    metaValue("budget").flatMap { DecimalAmount(parsing: $0) } ?? .zero
  }

  /// How voters filled in their ballots; approval when META does not say.
  package var voteType: PabulibVoteType {
    metaValue("vote_type").flatMap { PabulibVoteType(rawValue: $0.lowercased()) } ?? .approval
  }
}

/// One named value: a META entry, or a project or voter column the model has no property for.
package struct PabulibField: Sendable, Equatable {
  package var column: String
  /// `nil` when the file says "none".
  package var value: String?

  package init(column: String, value: String?) {
    self.column = column
    self.value = value
  }
}

/// The ballot formats Pabulib defines.
package enum PabulibVoteType: String, Sendable, Codable, CaseIterable {
  case approval
  case chooseOne = "choose-1"
  case cumulative
  case scoring
  case ordinal
}

/// A project from the PROJECTS section.
package struct PabulibProject: Sendable, Equatable {
  package var id: String
  package var cost: DecimalAmount
  /// Empty when the file gives no name.
  package var name: String
  /// Comma-separated categories as written, `nil` when absent.
  package var category: String?
  /// Comma-separated target groups; older files call this column `target`.
  package var beneficiaries: String?
  /// The remaining columns (votes, selected, coordinates…) in file order.
  package var otherFields: [PabulibField]

  package init(
    id: String, cost: DecimalAmount, name: String = "", category: String? = nil,
    beneficiaries: String? = nil, otherFields: [PabulibField] = []
  ) {
    self.id = id
    self.cost = cost
    self.name = name
    self.category = category
    self.beneficiaries = beneficiaries
    self.otherFields = otherFields
  }
}

/// A voter from the VOTES section.
package struct PabulibVoter: Sendable, Equatable {
  package var id: String
  /// The project ids of the `vote` column in the order given (a ranking for ordinal ballots).
  package var projects: [String]
  /// The `points` column of cumulative and scoring ballots, one entry per project.
  package var points: [String]?
  /// The remaining columns (age, sex, neighbourhood…) in file order.
  package var otherFields: [PabulibField]

  package init(
    id: String, projects: [String], points: [String]? = nil, otherFields: [PabulibField] = []
  ) {
    self.id = id
    self.projects = projects
    self.points = points
    self.otherFields = otherFields
  }
}
