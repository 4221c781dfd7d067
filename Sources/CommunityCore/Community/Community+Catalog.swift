import Foundation

extension Community {
  /// The services catalog, by code.
  ///
  /// Everyone, guests included, may read it.
  package func listServices() throws -> [Service] {
    try directory.read {
      try services.records(at: services.entries(view: "all", bucket: "all").compactMap(\.pointer))
    }
  }

  /// One service card.
  package func service(code: String) throws -> Service? {
    try directory.read { try services.get(code) }
  }

  /// Adds or replaces a service card (officials only).
  package func saveService(_ service: Service, viewer: Viewer) throws {
    _ = try viewer.requireOfficial("edit the services catalog")
    try service.validate()
    var renamed = false
    try writeIndexed { transaction in
      let old = try services.get(service.code, in: transaction)
      renamed = old.map { $0.name != service.name } ?? false
      try services.put(service, in: transaction)
    } changes: {
      // A request's title carries its service's name, so a rename retitles them.
      let requests = renamed ? try requestDocuments(service: service) : []
      return [.upsert(SearchDocument(service))] + requests
    }
  }

  /// The practices library, optionally one topic, in the order they were added.
  package func listPractices(topic: PracticeTopic? = nil) throws -> [Practice] {
    try directory.read {
      var pointers: [RecordPointer] = []
      for shelf in topic.map({ [$0] }) ?? PracticeTopic.allCases {
        pointers += try practices.entries(view: "topic", bucket: shelf.rawValue).compactMap(
          \.pointer)
      }
      return try practices.records(at: pointers).sorted {
        (Community.sortableNumber($0.id)) < (Community.sortableNumber($1.id))
      }
    }
  }

  /// One practice.
  package func practice(id: String) throws -> Practice? {
    try directory.read { try practices.get(id) }
  }

  /// Adds practices (officials only); ids are assigned here.
  ///
  /// All or nothing.
  @discardableResult
  package func addPractices(_ drafts: [PracticeDraft], viewer: Viewer, now: Date = Date()) throws
    -> [Practice]
  {
    _ = try viewer.requireOfficial("add practices")
    return try writeIndexed { transaction in
      try drafts.enumerated().map { index, draft in
        do {
          return try insertPractice(draft, now: now, in: transaction)
        } catch let error as ValidationError {
          throw ValidationError(field: "practice \(index + 1): \(error.field)", rule: error.rule)
        }
      }
    } changes: {
      $0.map { .upsert(SearchDocument($0)) }
    }
  }

  /// Changes a practice (officials only).
  @discardableResult
  package func updatePractice(
    id: String, viewer: Viewer, now: Date = Date(), _ change: (inout Practice) -> Void
  ) throws -> Practice {
    _ = try viewer.requireOfficial("edit practices")
    return try writeIndexed { transaction in
      guard var practice = try practices.get(id, in: transaction) else {
        throw ValidationError(field: "id", rule: "no practice \(id)")
      }
      change(&practice)
      practice.id = id
      practice.updatedAt = now
      try practice.validate()
      try practices.put(practice, in: transaction)
      return practice
    } changes: {
      [.upsert(SearchDocument($0))]
    }
  }

  func insertPractice(_ draft: PracticeDraft, now: Date, in transaction: WriteTransaction) throws
    -> Practice
  {
    let id = String(try practices.nextSequence(in: transaction))
    let practice = Practice(
      id: id, title: draft.title, community: draft.community, region: draft.region,
      topic: draft.topic, year: draft.year, summary: draft.summary, body: draft.body,
      contacts: draft.contacts, createdAt: now)
    try practice.validate()
    try practices.put(practice, in: transaction)
    return practice
  }
}

/// A practice as written by a person or in an import file, before it gets an id.
package struct PracticeDraft: Codable, Sendable, Equatable {
  package var title: String
  package var community: String
  package var region: String
  package var topic: PracticeTopic
  package var year: Int
  package var summary: String
  package var body: String
  package var contacts: String

  package init(
    title: String, community: String = "", region: String = "", topic: PracticeTopic, year: Int,
    summary: String = "", body: String, contacts: String = ""
  ) {
    self.title = title
    self.community = community
    self.region = region
    self.topic = topic
    self.year = year
    self.summary = summary
    self.body = body
    self.contacts = contacts
  }
}
