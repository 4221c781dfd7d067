import Foundation

/// One change a write makes to the search index.
package enum SearchChange: Sendable, Equatable {
  /// Adds or replaces a document.
  case upsert(SearchDocument)
  /// Removes the document of a kind with an id.
  case remove(SearchKind, String)
}

extension Community {
  /// Runs `body` as one store transaction and then hands `changes(value)` to the search
  /// index, so that what was written is findable when this returns.
  ///
  /// The store comes first and stands on its own: the index is derived data, and a failed
  /// index update must not undo or fail a write a person made. When the index cannot take the
  /// change, its stamp is removed, and the next search rebuilds it from the collections.
  func writeIndexed<T>(
    _ body: (WriteTransaction) throws -> T, changes: (T) throws -> [SearchChange]
  ) throws -> T {
    var before: SearchSourceStamp?
    return try directory.write(
      { transaction in
        // Read before the commit: the state the index must already match for the update of
        // this write alone to bring it up to date.
        before = try? searchSourceStamp()
        return try body(transaction)
      },
      afterCommit: { value in applySearchChanges({ try changes(value) }, before: before) })
  }

  /// Applies `changes` to the index if it was current before the write; called under the
  /// data directory's exclusive lock, so no other write can slip in between.
  private func applySearchChanges(
    _ changes: () throws -> [SearchChange], before: SearchSourceStamp?
  ) {
    // An index that is missing or already behind is rebuilt at the next search anyway;
    // updating it here would only cost time, and stamping it would hide the missed writes.
    guard let before, searchIndex.readStamp() == before else { return }
    do {
      let index = try searchIndex.index()
      for change in try changes() {
        switch change {
        case .upsert(let document): try index.upsert(document)
        case .remove(let kind, let id): try index.remove(kind: kind, id: id)
        }
      }
      searchIndex.writeStamp(try searchSourceStamp())
    } catch {
      searchIndex.forgetStamp()
    }
  }

  /// The journal size of every indexed collection; a few `fstat` calls.
  func searchSourceStamp() throws(StoreError) -> SearchSourceStamp {
    SearchSourceStamp(journalBytes: [
      news.name: try news.journalFileSize(),
      services.name: try services.journalFileSize(),
      proposals.name: try proposals.journalFileSize(),
      practices.name: try practices.journalFileSize(),
      requests.name: try requests.journalFileSize(),
    ])
  }

  /// The index, rebuilt first when it is missing, damaged or behind the collections.
  ///
  /// Checking costs a few small file reads; only a stale index costs a full read of the
  /// indexed collections, once, on the first search after whatever made it stale.
  func currentSearchIndex() throws -> SearchIndex {
    try directory.read {
      let stamp = try searchSourceStamp()
      if searchIndex.readStamp() == stamp, let index = try? searchIndex.index() {
        return index
      }
      return try rebuildSearchIndex(stamp: stamp)
    }
  }

  /// Rebuilds the index from every indexed collection and stamps it; call holding the data
  /// directory's lock (shared or exclusive), so the collections do not change meanwhile.
  @discardableResult
  func rebuildSearchIndex(stamp: SearchSourceStamp) throws -> SearchIndex {
    searchIndex.forgetStamp()
    let documents = try allSearchDocuments()
    let index = try rebuiltIndex(from: documents)
    searchIndex.writeStamp(stamp)
    return index
  }

  /// Rebuilds the index files from `documents`, erasing them first when they are too damaged
  /// to open or replace.
  private func rebuiltIndex(from documents: [SearchDocument]) throws(SearchError) -> SearchIndex {
    do {
      let index = try searchIndex.index()
      try index.rebuild(from: documents)
      return index
    } catch let error where error.kind == .corrupt {
      let index = try searchIndex.erasedIndex()
      try index.rebuild(from: documents)
      return index
    }
  }

  /// Every indexed record as a search document, read in one pass over each journal.
  package func allSearchDocuments() throws -> [SearchDocument] {
    let allServices = try services.allRecords()
    let serviceNames = Dictionary(
      allServices.map { ($0.code, $0.name) }, uniquingKeysWith: { _, last in last })
    let districtNames = try districtNamesByCycle()
    var documents = try newsTexts.allRecords().map(SearchDocument.init)
    documents += allServices.map(SearchDocument.init)
    documents += try proposals.allRecords().map { proposal in
      SearchDocument(
        proposal, districtName: proposal.district.flatMap { districtNames[proposal.cycleID]?[$0] })
    }
    documents += try practices.allRecords().map(SearchDocument.init)
    documents += try requestTexts.allRecords().map { request in
      SearchDocument(request, serviceName: serviceNames[request.serviceCode])
    }
    return documents
  }

  /// The district names of every cycle, by cycle id and district id.
  func districtNamesByCycle() throws -> [String: [String: String]] {
    var names: [String: [String: String]] = [:]
    for cycle in try cycles.allRecords() {
      names[cycle.id] = Dictionary(
        cycle.districts.map { ($0.id, $0.name) }, uniquingKeysWith: { _, last in last })
    }
    return names
  }

  /// The documents of every request for `service`, found by the service code the request
  /// views carry; reads only those requests, and only when a service is renamed.
  func requestDocuments(service: Service) throws -> [SearchChange] {
    var pointers: [RecordPointer] = []
    for month in requests.buckets(view: "month") {
      for entry in try requests.entries(view: "month", bucket: month)
      where entry.tags.count > 1 && entry.tags[1] == service.code {
        if let pointer = entry.pointer { pointers.append(pointer) }
      }
    }
    return try requests.records(at: pointers).map {
      .upsert(SearchDocument($0, serviceName: service.name))
    }
  }

  /// The document of a proposal, with its district's name read from its cycle.
  func searchDocument(for proposal: Proposal, in cycle: BudgetCycle?) -> SearchDocument {
    let district = proposal.district.flatMap { id in
      cycle?.districts.first { $0.id == id }?.name
    }
    return SearchDocument(proposal, districtName: district)
  }
}
