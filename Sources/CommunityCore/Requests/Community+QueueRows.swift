import Foundation

/// One line of the officials' queue, read from the open-requests index alone.
package struct QueueRow: Sendable, Equatable {
  package var number: String
  package var dueDate: LocalDate
  package var status: RequestStatus
  package var serviceCode: String
  package var assignee: String?
  package var applicant: String
}

/// The queue under a filter together with the summary of all open requests, from one read.
package struct QueueSnapshot: Sendable, Equatable {
  /// The open requests that pass the filter, soonest due first (ties by number).
  package var rows: [QueueRow]
  package var summary: QueueSummary
}

extension Community {
  /// The officials' queue without decoding a single request.
  ///
  /// The open-requests view keeps each request's due date, status, service, assignee and
  /// applicant, which is all a queue line shows. A screen decodes only the requests it draws (``request(number:viewer:)``),
  /// so opening the queue costs one index read however many requests are open.
  ///
  /// The filter's `status`, `serviceCode`, `mineOnly` and `overdueOnly` apply as in
  /// ``listRequests(_:viewer:now:)``; the summary counts every open request, as
  /// ``queueSummary(viewer:now:)`` does.
  package func queueSnapshot(
    _ filter: RequestFilter, viewer: Viewer, now: Date = Date()
  ) throws -> QueueSnapshot {
    let official = try viewer.requireOfficial("see the queue")
    let today =
      LocalDate(date: now, timeZone: try meta().zone) ?? LocalDate(year: 2026, month: 1, day: 1)
    let entries = try directory.read { try requests.entries(view: "open", bucket: "open") }
    var summary = QueueSummary(open: 0, overdue: 0, dueThisWeek: 0)
    var rows: [QueueRow] = []
    let weekEnd = today.adding(days: 7)
    for entry in entries {
      guard let row = QueueRow(entry) else { continue }
      let waiting = row.status == .needsDocuments
      let overdue = row.dueDate < today && !waiting
      summary.open += 1
      if overdue {
        summary.overdue += 1
      } else if row.dueDate <= weekEnd && !waiting {
        summary.dueThisWeek += 1
      }
      if let status = filter.status, row.status != status { continue }
      if let code = filter.serviceCode, row.serviceCode != code { continue }
      if filter.mineOnly && row.assignee != official.id { continue }
      if filter.overdueOnly && !overdue { continue }
      rows.append(row)
    }
    return QueueSnapshot(rows: rows, summary: summary)
  }
}

extension QueueRow {
  /// Reads an entry of the open view: the sort key is "due-date number", the tags are status,
  /// service, assignee (empty when none) and applicant.
  init?(_ entry: IndexEntry) {
    guard entry.tags.count >= 4, let due = LocalDate(entry.sortKey.prefix(10)),
      let status = RequestStatus(rawValue: entry.tags[0])
    else { return nil }
    self.init(
      number: entry.key, dueDate: due, status: status, serviceCode: entry.tags[1],
      assignee: entry.tags[2].isEmpty ? nil : entry.tags[2], applicant: entry.tags[3])
  }
}
