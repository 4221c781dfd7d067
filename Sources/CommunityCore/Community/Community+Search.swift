import Foundation

extension Community {
  /// Searches news, services, proposals, practices and requests, best first.
  ///
  /// The same rules as the listings hold: requests are found by officials and by their
  /// applicant only, scheduled news by officials only until it is published, proposals not on
  /// the ballot by officials and their author only. The first search after the index went
  /// missing, was damaged or fell behind the data rebuilds it; later ones only check a stamp.
  ///
  /// - Parameters:
  ///   - query: words (all must match, inflections included), `"a phrase"`, `-word` to exclude.
  ///   - kinds: only these kinds, or all when nil.
  ///   - limit: the most results to return.
  ///   - now: the moment that decides which scheduled news is published.
  package func search(
    _ query: String, viewer: Viewer, kinds: Set<SearchKind>? = nil, limit: Int = 20,
    now: Date = Date()
  ) throws -> SearchResults {
    let options = SearchOptions(
      limit: limit, kinds: kinds, hidden: try hiddenSearchDocuments(viewer: viewer, now: now))
    let index = try currentSearchIndex()
    let results: SearchResults
    do {
      results = try index.search(query, viewer: viewer.searchViewer, options: options)
    } catch let error where error.kind == .corrupt {
      // A damaged file that opening did not notice (a segment's body): rebuild and ask again.
      return try rebuiltSearchIndex().search(
        query, viewer: viewer.searchViewer, options: options)
    }
    return results
  }

  /// Rebuilds the index under the data directory's read lock.
  private func rebuiltSearchIndex() throws -> SearchIndex {
    try directory.read { try rebuildSearchIndex(stamp: try searchSourceStamp()) }
  }

  /// The documents the viewer may not see for reasons the index does not store: scheduled
  /// news and proposals not on the ballot.
  ///
  /// Reads only the news months from the current one on and the proposals' index lines (a
  /// record only for a proposal off the ballot), so the cost does not grow with old news.
  func hiddenSearchDocuments(viewer: Viewer, now: Date) throws -> Set<SearchDocumentKey> {
    guard !viewer.isOfficial else { return [] }
    let nowKey = Community.isoTimestamp(now)
    let thisMonth = Community.monthBucket(now)
    return try directory.read {
      var hidden = Set<SearchDocumentKey>()
      for month in news.buckets(view: "month") where month >= thisMonth {
        for entry in try news.entries(view: "month", bucket: month) where entry.sortKey > nowKey {
          hidden.insert(SearchDocumentKey(kind: .news, id: entry.key))
        }
      }
      for cycle in proposals.buckets(view: "cycle") {
        for entry in try proposals.entries(view: "cycle", bucket: cycle) {
          guard let status = entry.tags.first.flatMap(ProposalStatus.init(rawValue:)),
            !status.isOnBallot
          else { continue }
          if let id = viewer.id, let pointer = entry.pointer,
            try proposals.record(at: pointer).author == id
          {
            continue
          }
          hidden.insert(SearchDocumentKey(kind: .proposal, id: entry.key))
        }
      }
      return hidden
    }
  }
}

extension Viewer {
  /// Who the search engine should let see requests.
  package var searchViewer: SearchViewer {
    switch self {
    case .guest: return .guest
    case .account(let account):
      return account.role == .official ? .official : .resident(id: account.id)
    }
  }
}
