import Foundation

/// What a news listing asks for.
package struct NewsQuery: Sendable, Equatable {
  package var limit: Int
  package var offset: Int
  package var category: String?

  package init(limit: Int = 20, offset: Int = 0, category: String? = nil) {
    self.limit = limit
    self.offset = offset
    self.category = category
  }
}

extension Community {
  /// News for a listing: pinned items first, then the newest.
  ///
  /// Residents and guests see only published items; officials also see scheduled ones. Reads the
  /// pinned bucket and then month buckets from the newest back, only until the page is full, so its
  /// cost does not depend on how many older items exist.
  package func listNews(
    _ query: NewsQuery = NewsQuery(), viewer: Viewer, now: Date = Date()
  ) throws -> [NewsItem] {
    let nowKey = Community.isoTimestamp(now)
    let wanted = query.offset + query.limit
    return try directory.read {
      var pointers: [RecordPointer] = []
      let pinned = try news.entries(view: "pinned", bucket: "pinned").reversed()
      for entry in pinned where visible(entry, query: query, nowKey: nowKey, viewer: viewer) {
        if let pointer = entry.pointer { pointers.append(pointer) }
      }
      for month in news.buckets(view: "month").reversed() where pointers.count < wanted {
        for entry in try news.entries(view: "month", bucket: month).reversed()
        where pointers.count < wanted && entry.tags.last != "pinned"
          && visible(entry, query: query, nowKey: nowKey, viewer: viewer)
        {
          if let pointer = entry.pointer { pointers.append(pointer) }
        }
      }
      let page = pointers.dropFirst(query.offset).prefix(query.limit)
      return try news.records(at: Array(page))
    }
  }

  private func visible(_ entry: IndexEntry, query: NewsQuery, nowKey: String, viewer: Viewer)
    -> Bool
  {
    if let category = query.category, entry.tags.first != category { return false }
    return viewer.isOfficial || entry.sortKey <= nowKey
  }

  /// One news item, if the viewer may see it.
  package func newsItem(id: String, viewer: Viewer, now: Date = Date()) throws -> NewsItem? {
    guard let item = try directory.read({ try news.get(id) }) else { return nil }
    return viewer.isOfficial || item.isPublished(at: now) ? item : nil
  }

  /// The categories in use, for the filter: read from the month index lines of the newest
  /// items (no record is decoded), so it costs the same however many older items exist.
  package func newsCategories(viewer: Viewer, now: Date = Date()) throws -> [String] {
    let nowKey = Community.isoTimestamp(now)
    return try directory.read {
      var seen = Set<String>()
      var looked = 0
      for month in news.buckets(view: "month").reversed() where looked < 500 {
        for entry in try news.entries(view: "month", bucket: month).reversed() where looked < 500 {
          guard viewer.isOfficial || entry.sortKey <= nowKey, let category = entry.tags.first else {
            continue
          }
          seen.insert(category)
          looked += 1
        }
      }
      return seen.sorted()
    }
  }

  /// Publishes a news item (officials only).
  @discardableResult
  package func publishNews(
    title: String, body: String, category: String, publishAt: Date? = nil, pinned: Bool = false,
    source: NewsSource? = nil, viewer: Viewer, now: Date = Date()
  ) throws -> NewsItem {
    let official = try viewer.requireOfficial("publish news")
    return try writeIndexed { transaction in
      try insertNews(
        title: title, body: body, category: category, publishedAt: publishAt ?? now,
        pinned: pinned, source: source, author: official.id, now: now, in: transaction)
    } changes: {
      [.upsert(SearchDocument($0))]
    }
  }

  /// Adds a news item inside a transaction; shared by publishing, importing and the demo seed.
  package func insertNews(
    title: String, body: String, category: String, publishedAt: Date, pinned: Bool,
    source: NewsSource?, author: String, now: Date, in transaction: WriteTransaction
  ) throws -> NewsItem {
    let id = String(try news.nextSequence(in: transaction))
    let item = NewsItem(
      id: id, title: title, body: body, category: category, author: author,
      publishedAt: publishedAt, pinned: pinned, source: source, createdAt: now)
    try item.validate()
    try news.put(item, in: transaction)
    return item
  }

  /// Changes a news item (officials only); `change` edits a copy that is validated and stored.
  @discardableResult
  package func updateNews(
    id: String, viewer: Viewer, now: Date = Date(), _ change: (inout NewsItem) -> Void
  ) throws -> NewsItem {
    _ = try viewer.requireOfficial("edit news")
    return try writeIndexed { transaction in
      guard var item = try news.get(id, in: transaction) else {
        throw ValidationError(field: "id", rule: "no news item \(id)")
      }
      change(&item)
      item.id = id
      item.updatedAt = now
      try item.validate()
      try news.put(item, in: transaction)
      return item
    } changes: {
      [.upsert(SearchDocument($0))]
    }
  }

  /// Deletes a news item (officials only).
  package func deleteNews(id: String, viewer: Viewer) throws {
    _ = try viewer.requireOfficial("delete news")
    try writeIndexed { transaction in
      guard try news.get(id, in: transaction) != nil else {
        throw ValidationError(field: "id", rule: "no news item \(id)")
      }
      try news.delete(id, in: transaction)
    } changes: {
      [.remove(.news, id)]
    }
  }

  /// Marks an item read (or unread) for the signed-in account; guests keep no read state.
  package func setRead(_ read: Bool, newsID: String, viewer: Viewer, now: Date = Date()) throws {
    guard let account = viewer.account else { return }
    let key = NewsReadMark.key(account: account.id, newsID: newsID)
    try directory.write { transaction in
      let existing = try readMarks.get(key, in: transaction)
      if read && existing == nil {
        try readMarks.put(
          NewsReadMark(account: account.id, newsID: newsID, readAt: now), in: transaction)
      } else if !read && existing != nil {
        try readMarks.delete(key, in: transaction)
      }
    }
  }

  /// Which of `newsIDs` the viewer has read.
  package func readNewsIDs(_ newsIDs: [String], viewer: Viewer) throws -> Set<String> {
    guard let account = viewer.account else { return [] }
    return try directory.read {
      var read = Set<String>()
      for id in newsIDs
      where try readMarks.pointer(for: NewsReadMark.key(account: account.id, newsID: id)) != nil {
        read.insert(id)
      }
      return read
    }
  }
}
