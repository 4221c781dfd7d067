import Foundation

/// What an import did.
package struct FeedImportResult: Sendable, Equatable {
  package var added: Int
  package var skipped: Int
  package var feedTitle: String
}

extension Community {
  /// Imports an RSS 2.0 or Atom 1.0 feed (officials only).
  ///
  /// Entries already imported, by guid/id and then by link, are skipped, so importing the same feed
  /// again adds only what is new.
  package func importFeed(
    _ data: Data, source: String, viewer: Viewer, now: Date = Date()
  ) throws -> FeedImportResult {
    let official = try viewer.requireOfficial("import news")
    let feed = try FeedParser.parse(data, source: source)
    var added: [NewsItem] = []
    return try writeIndexed { transaction in
      var result = FeedImportResult(added: 0, skipped: 0, feedTitle: feed.title)
      for entry in feed.entries {
        let keys = [entry.guid.map { "guid:" + $0 }, entry.link.map { "link:" + $0 }].compactMap {
          $0
        }
        var known = false
        for key in keys where try newsSources.get(key, in: transaction) != nil { known = true }
        if known {
          result.skipped += 1
          continue
        }
        let title = String(
          (entry.title.isEmpty ? feed.title : entry.title).prefix(NewsItem.titleLimit))
        let category = String((entry.category ?? feed.title).prefix(NewsItem.categoryLimit))
        let item = try insertNews(
          title: title.isEmpty ? "—" : title,
          body: String(
            (entry.body.isEmpty ? entry.link ?? title : entry.body).prefix(NewsItem.bodyLimit)),
          category: category.isEmpty ? "RSS" : category, publishedAt: entry.published ?? now,
          pinned: false, source: NewsSource(feed: source, guid: entry.guid, link: entry.link),
          author: official.id, now: now, in: transaction)
        for key in keys {
          try newsSources.put(NewsSourceLink(source: key, newsID: item.id), in: transaction)
        }
        result.added += 1
        added.append(item)
      }
      return result
    } changes: { _ in
      added.map { .upsert(SearchDocument($0)) }
    }
  }
}
