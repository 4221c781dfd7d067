import Foundation

/// Computes statutory deadlines: calendar days count every day; working days skip Saturdays,
/// Sundays and the community's holidays.
///
/// A deadline that falls on a day off moves to the next working day, as the Civil Code (art. 254)
/// has it for any term.
package struct DeadlineCalendar: Sendable {
  package var holidays: Set<LocalDate>
  package var timeZone: TimeZone

  package init(holidays: Set<LocalDate> = [], timeZone: TimeZone) {
    self.holidays = holidays
    self.timeZone = timeZone
  }

  package func isWorkingDay(_ date: LocalDate) -> Bool {
    !date.isWeekend && !holidays.contains(date)
  }

  /// The due date of a request registered at `registeredAt` for a service with `term`.
  package func dueDate(registeredAt: Date, term: ServiceTerm) -> LocalDate {
    let start =
      LocalDate(date: registeredAt, timeZone: timeZone) ?? LocalDate(year: 1970, month: 1, day: 1)
    return dueDate(from: start, term: term)
  }

  /// The due date counting from the day `start` (which itself is not counted).
  package func dueDate(from start: LocalDate, term: ServiceTerm) -> LocalDate {
    switch term {
    case .sameDay:
      return start
    case .workingDays(let days):
      return adding(workingDays: days, to: start)
    case .calendarDays(let days):
      var due = start.adding(days: days)
      while !isWorkingDay(due) { due = due.adding(days: 1) }
      return due
    }
  }

  /// The date `days` working days after `start`.
  package func adding(workingDays days: Int, to start: LocalDate) -> LocalDate {
    var date = start
    var left = days
    while left > 0 {
      date = date.adding(days: 1)
      if isWorkingDay(date) { left -= 1 }
    }
    return date
  }

  /// Working days from `start` (exclusive) to `end` (inclusive); negative when `end` is earlier.
  package func workingDays(from start: LocalDate, to end: LocalDate) -> Int {
    if end < start { return -workingDays(from: end, to: start) }
    var count = 0
    var date = start
    while date < end {
      date = date.adding(days: 1)
      if isWorkingDay(date) { count += 1 }
    }
    return count
  }
}

/// The community's list of days off, in `holidays.json` (editable by hand).
package struct HolidayList: Codable, Sendable, Equatable {
  package var note: String?
  package var noteEn: String?
  package var dates: [LocalDate]

  package init(note: String? = nil, noteEn: String? = nil, dates: [LocalDate]) {
    self.note = note
    self.noteEn = noteEn
    self.dates = dates
  }
}
