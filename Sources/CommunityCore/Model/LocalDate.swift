import Foundation

/// A calendar date without a time, in the community's time zone (due dates, holidays).
package struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  package var year: Int
  package var month: Int
  package var day: Int

  package init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`, accepting only real dates.
  package init?(_ text: some StringProtocol) {
    let parts = text.split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]),
      let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
    guard let back = LocalDate(date: date(in: .gmt), timeZone: .gmt), back == self else {
      return nil
    }
  }

  /// The date on which `date` falls in `timeZone`.
  package init?(date: Date, timeZone: TimeZone) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Midnight at the start of this date in `timeZone`.
  package func date(in timeZone: TimeZone) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let components = DateComponents(year: year, month: month, day: day)
    return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
  }

  /// The date `days` later (or earlier, when negative).
  package func adding(days: Int) -> LocalDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .gmt
    let moved = calendar.date(byAdding: .day, value: days, to: date(in: .gmt)) ?? date(in: .gmt)
    return LocalDate(date: moved, timeZone: .gmt) ?? self
  }

  /// Days from this date to `other` (positive when `other` is later).
  package func days(until other: LocalDate) -> Int {
    Int((other.date(in: .gmt).timeIntervalSince(date(in: .gmt)) / 86_400).rounded())
  }

  /// 1 = Monday … 7 = Sunday.
  package var isoWeekday: Int {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .gmt
    let weekday = calendar.component(.weekday, from: date(in: .gmt))
    return weekday == 1 ? 7 : weekday - 1
  }

  package var isWeekend: Bool { isoWeekday >= 6 }

  package var description: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  package static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  package init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let date = LocalDate(text) else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a YYYY-MM-DD date"))
    }
    self = date
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
