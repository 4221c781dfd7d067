import Foundation

/// The numbers on top of the officials' queue.
package struct QueueSummary: Sendable, Equatable {
  package var open: Int
  package var overdue: Int
  package var dueThisWeek: Int
}

/// Requests registered and completed in one week (Monday to Sunday).
package struct WeeklyCount: Sendable, Equatable {
  package var weekStart: LocalDate
  package var registered: Int
  package var completed: Int
}

extension Community {
  /// Open, overdue and due-within-7-days counts, from the open-requests view alone.
  package func queueSummary(viewer: Viewer, now: Date = Date()) throws -> QueueSummary {
    _ = try viewer.requireOfficial("see the queue")
    let today =
      LocalDate(date: now, timeZone: try meta().zone) ?? LocalDate(year: 2026, month: 1, day: 1)
    let entries = try directory.read { try requests.entries(view: "open", bucket: "open") }
    var summary = QueueSummary(open: entries.count, overdue: 0, dueThisWeek: 0)
    let weekEnd = today.adding(days: 7)
    for entry in entries {
      guard let due = LocalDate(entry.sortKey.prefix(10)) else { continue }
      let waiting = entry.tags.first == RequestStatus.needsDocuments.rawValue
      if due < today && !waiting {
        summary.overdue += 1
      } else if due <= weekEnd && !waiting {
        summary.dueThisWeek += 1
      }
    }
    return summary
  }

  /// Registered and completed requests per week over the last `weeks` weeks, oldest first.
  ///
  /// Reads only the month buckets those weeks touch.
  package func weeklyCounts(weeks: Int = 12, viewer: Viewer, now: Date = Date()) throws
    -> [WeeklyCount]
  {
    _ = try viewer.requireOfficial("see request statistics")
    let zone = try meta().zone
    let today = LocalDate(date: now, timeZone: zone) ?? LocalDate(year: 2026, month: 1, day: 1)
    let thisMonday = today.adding(days: 1 - today.isoWeekday)
    let firstMonday = thisMonday.adding(days: -7 * (weeks - 1))
    var counts = (0..<weeks).map {
      WeeklyCount(weekStart: firstMonday.adding(days: 7 * $0), registered: 0, completed: 0)
    }
    let firstMonth = String(firstMonday.description.prefix(7))
    func week(of sortKey: String) -> Int? {
      guard let date = ISO8601Parsing.date(sortKey), let day = LocalDate(date: date, timeZone: zone)
      else { return nil }
      let index = firstMonday.days(until: day) / 7
      return firstMonday <= day && index < weeks ? index : nil
    }
    try directory.read {
      for month in requests.buckets(view: "month") where month >= firstMonth {
        for entry in try requests.entries(view: "month", bucket: month) {
          if let index = week(of: entry.sortKey) { counts[index].registered += 1 }
        }
      }
      for month in requests.buckets(view: "closed") where month >= firstMonth {
        for entry in try requests.entries(view: "closed", bucket: month)
        where entry.tags.first != RequestStatus.withdrawn.rawValue {
          if let index = week(of: entry.sortKey) { counts[index].completed += 1 }
        }
      }
    }
    return counts
  }
}

/// Parses the fixed-width UTC timestamps the views sort by.
package enum ISO8601Parsing {
  package static func date(_ text: String) -> Date? {
    if let full = try? Date(text, strategy: .iso8601) { return full }
    if let fractional = try? Date(
      text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    {
      return fractional
    }
    if let day = LocalDate(text) { return day.date(in: .gmt) }
    return nil
  }
}
