import Foundation

/// A piece of community news, written by an official or imported from a feed.
package struct NewsItem: StoredRecord, Equatable {
  package var id: String
  package var title: String
  package var body: String
  package var category: String
  /// The account that published it (or the feed's name for imported items).
  package var author: String
  /// When it appears to residents; may lie in the future (a scheduled item).
  package var publishedAt: Date
  package var createdAt: Date
  package var updatedAt: Date
  package var pinned: Bool
  /// Where an imported item came from, to recognise it when the feed is imported again.
  package var source: NewsSource?

  package init(
    id: String, title: String, body: String, category: String, author: String, publishedAt: Date,
    pinned: Bool = false, source: NewsSource? = nil, createdAt: Date = Date()
  ) {
    self.id = id
    self.title = title
    self.body = body
    self.category = category
    self.author = author
    self.publishedAt = publishedAt
    self.createdAt = createdAt
    self.updatedAt = createdAt
    self.pinned = pinned
    self.source = source
  }

  package var storageKey: String { id }

  package static let titleLimit = 200
  package static let categoryLimit = 40
  package static let bodyLimit = 100_000

  package func validate() throws(ValidationError) {
    try TextRules.check(title, field: "title", limit: NewsItem.titleLimit)
    try TextRules.check(category, field: "category", limit: NewsItem.categoryLimit)
    try TextRules.check(body, field: "body", limit: NewsItem.bodyLimit, multiline: true)
  }

  /// Whether residents can see it at `now` (officials also see scheduled items).
  package func isPublished(at now: Date) -> Bool { publishedAt <= now }
}

/// The origin of an imported news item.
package struct NewsSource: Codable, Sendable, Equatable {
  package var feed: String?
  package var guid: String?
  package var link: String?

  package init(feed: String? = nil, guid: String? = nil, link: String? = nil) {
    self.feed = feed
    self.guid = guid
    self.link = link
  }
}

/// That one account has read one news item.
package struct NewsReadMark: StoredRecord, Equatable {
  package var account: String
  package var newsID: String
  package var readAt: Date

  package init(account: String, newsID: String, readAt: Date = Date()) {
    self.account = account
    self.newsID = newsID
    self.readAt = readAt
  }

  package var storageKey: String { NewsReadMark.key(account: account, newsID: newsID) }

  package static func key(account: String, newsID: String) -> String { account + "/" + newsID }
}
