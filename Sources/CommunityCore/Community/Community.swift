import Foundation

/// One community's data: the collections of a data directory and the operations on them.
///
/// Every operation names who performs it (`Viewer`), and the same rules hold for the
/// interface and the command line because both call these operations.
package final class Community: Sendable {
  package let directory: DataDirectory
  package let accounts: Collection<Account>
  package let news: Collection<NewsItem>
  package let newsSources: Collection<NewsSourceLink>
  package let readMarks: Collection<NewsReadMark>
  package let services: Collection<Service>
  package let requests: Collection<ServiceRequest>
  package let cycles: Collection<BudgetCycle>
  package let proposals: Collection<Proposal>
  package let ballots: Collection<Ballot>
  package let practices: Collection<Practice>
  /// The full-text index over the collections, opened on first use (`Community+Search`).
  package let searchIndex: CommunitySearchIndex

  /// Opens the community in `directory` without reading any collection.
  package init(directory: DataDirectory) {
    self.directory = directory
    let root = directory.path
    searchIndex = CommunitySearchIndex(directory: URL(fileURLWithPath: root + "/search"))
    accounts = Collection(
      root: root, name: "accounts", personal: true,
      views: [ViewDefinition("all") { ViewPlacement(bucket: "all", sortKey: $0.id) }])
    news = Collection(root: root, name: "news", personal: false, views: Community.newsViews)
    newsSources = Collection(root: root, name: "news-sources", personal: false, views: [])
    readMarks = Collection(root: root, name: "read-marks", personal: true, views: [])
    services = Collection(
      root: root, name: "services", personal: false,
      views: [ViewDefinition("all") { ViewPlacement(bucket: "all", sortKey: $0.code) }])
    requests = Collection(
      root: root, name: "requests", personal: true, views: Community.requestViews)
    cycles = Collection(
      root: root, name: "cycles", personal: false,
      views: [
        ViewDefinition("all") {
          ViewPlacement(bucket: "all", sortKey: Community.isoTimestamp($0.createdAt))
        }
      ])
    proposals = Collection(
      root: root, name: "proposals", personal: false,
      views: [
        ViewDefinition("cycle") {
          ViewPlacement(
            bucket: $0.cycleID, sortKey: Community.sortableNumber($0.id), tags: [$0.status.rawValue]
          )
        }
      ])
    ballots = Collection(
      root: root, name: "ballots", personal: true,
      views: [
        ViewDefinition("cycle") {
          ViewPlacement(bucket: $0.cycleID, sortKey: $0.voter, tags: $0.projects)
        }
      ])
    practices = Collection(
      root: root, name: "practices", personal: false,
      views: [
        ViewDefinition("topic") {
          ViewPlacement(
            bucket: $0.topic.rawValue, sortKey: Community.sortableNumber($0.id),
            tags: [String($0.year)])
        }
      ])
  }

  /// Opens the data directory at `path`, checking that it holds a community this build reads.
  package static func open(path: String) throws -> Community {
    let directory = DataDirectory(path: path)
    _ = try directory.readMeta()
    return Community(directory: directory)
  }

  package func meta() throws -> CommunityMeta { try directory.readMeta() }

  /// Numeric ids sort as numbers in views ("9" before "10").
  package static func sortableNumber(_ id: String) -> String {
    guard id.allSatisfy(\.isNumber) else { return id }
    return String(repeating: "0", count: max(0, 12 - id.count)) + id
  }

  /// `2026-11` for a date: news and requests are bucketed by month.
  package static func monthBucket(_ date: Date) -> String {
    String(Community.isoTimestamp(date).prefix(7))
  }

  /// Fixed-width UTC timestamps, so that they sort as strings.
  package static func isoTimestamp(_ date: Date) -> String {
    date.ISO8601Format()
  }

  private static let newsViews: [ViewDefinition<NewsItem>] = [
    ViewDefinition("month") { item in
      ViewPlacement(
        bucket: monthBucket(item.publishedAt), sortKey: isoTimestamp(item.publishedAt),
        tags: [item.category, item.pinned ? "pinned" : ""])
    },
    ViewDefinition("pinned") { item in
      item.pinned
        ? ViewPlacement(
          bucket: "pinned", sortKey: isoTimestamp(item.publishedAt), tags: [item.category])
        : nil
    },
  ]

  private static let requestViews: [ViewDefinition<ServiceRequest>] = [
    ViewDefinition("open") { request in
      request.status.isOpen
        ? ViewPlacement(
          bucket: "open", sortKey: request.dueDate.description + " " + request.number,
          tags: [
            request.status.rawValue, request.serviceCode, request.assignee ?? "", request.applicant,
          ])
        : nil
    },
    ViewDefinition("applicant") { request in
      ViewPlacement(
        bucket: request.applicant, sortKey: isoTimestamp(request.registeredAt),
        tags: [request.status.rawValue])
    },
    ViewDefinition("month") { request in
      ViewPlacement(
        bucket: monthBucket(request.registeredAt), sortKey: isoTimestamp(request.registeredAt),
        tags: [request.status.rawValue, request.serviceCode])
    },
    ViewDefinition("closed") { request in
      guard !request.status.isOpen, let closed = request.history.last?.at else { return nil }
      return ViewPlacement(
        bucket: monthBucket(closed), sortKey: isoTimestamp(closed), tags: [request.status.rawValue])
    },
  ]
}

/// Maps an imported item's guid or link to the news item made from it, so a feed imported
/// again adds only what is new.
package struct NewsSourceLink: StoredRecord, Equatable {
  package var source: String
  package var newsID: String

  package init(source: String, newsID: String) {
    self.source = source
    self.newsID = newsID
  }

  package var storageKey: String { source }
}
