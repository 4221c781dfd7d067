import CommunityCore
import Foundation
import Testing

struct DeadlineCalendarTests {
  private static let kyiv = TimeZone(identifier: "Europe/Kyiv") ?? .gmt

  private func date(_ text: String) throws -> LocalDate {
    try #require(LocalDate(text))
  }

  private func calendar(holidays: [String] = []) throws -> DeadlineCalendar {
    DeadlineCalendar(holidays: Set(try holidays.map(date)), timeZone: Self.kyiv)
  }

  @Test(
    "working days skip weekends",
    arguments: [
      ("2026-01-09", 1, "2026-01-12"),  // Friday + 1 → Monday
      ("2026-01-05", 5, "2026-01-12"),  // Monday + 5 → next Monday
      ("2026-01-05", 4, "2026-01-09"),  // Monday + 4 → Friday
      ("2026-01-10", 1, "2026-01-12"),  // from a Saturday
      ("2026-01-05", 10, "2026-01-19"),  // two weeks
    ])
  func workingDays(start: String, days: Int, due: String) throws {
    #expect(try calendar().dueDate(from: date(start), term: .workingDays(days)) == date(due))
  }

  @Test("working days skip the community's holidays")
  func holidays() throws {
    let withHoliday = try calendar(holidays: ["2026-01-12"])
    #expect(
      try withHoliday.dueDate(from: date("2026-01-09"), term: .workingDays(1)) == date("2026-01-13")
    )
    #expect(
      try withHoliday.dueDate(from: date("2026-01-05"), term: .workingDays(5)) == date("2026-01-13")
    )
    #expect(try !withHoliday.isWorkingDay(date("2026-01-12")))
    #expect(try withHoliday.isWorkingDay(date("2026-01-13")))
  }

  @Test("working days across a month end and a year end")
  func monthAndYearEnds() throws {
    #expect(
      try calendar().dueDate(from: date("2026-04-30"), term: .workingDays(1)) == date("2026-05-01"))
    #expect(
      try calendar(holidays: ["2026-05-01"]).dueDate(
        from: date("2026-04-30"), term: .workingDays(1))
        == date("2026-05-04"))
    #expect(
      try calendar().dueDate(from: date("2026-12-30"), term: .workingDays(3)) == date("2027-01-04"))
    #expect(
      try calendar(holidays: ["2027-01-01"]).dueDate(
        from: date("2026-12-30"), term: .workingDays(3))
        == date("2027-01-05"))
  }

  @Test(
    "calendar days count every day; a deadline on a day off moves to the next working day",
    arguments: [
      ("2026-01-05", 3, "2026-01-08"),  // lands on Thursday: stays
      ("2026-01-05", 5, "2026-01-12"),  // lands on Saturday → Monday
      ("2026-01-05", 6, "2026-01-12"),  // lands on Sunday → Monday
      ("2026-01-05", 30, "2026-02-04"),  // across a month end
      ("2026-12-01", 31, "2027-01-01"),  // across a year end, a Friday
    ])
  func calendarDays(start: String, days: Int, due: String) throws {
    #expect(try calendar().dueDate(from: date(start), term: .calendarDays(days)) == date(due))
  }

  @Test("calendar days landing on a holiday Monday move to Tuesday")
  func calendarDaysHoliday() throws {
    let withHoliday = try calendar(holidays: ["2026-01-12"])
    #expect(
      try withHoliday.dueDate(from: date("2026-01-05"), term: .calendarDays(5))
        == date("2026-01-13"))
  }

  @Test("a same-day service is due the day it is registered")
  func sameDay() throws {
    #expect(try calendar().dueDate(from: date("2026-01-07"), term: .sameDay) == date("2026-01-07"))
  }

  @Test("the registration day is taken in the community's time zone")
  func registrationInLocalTime() throws {
    // 22:30 UTC on Thursday is 00:30 on Friday in Kyiv: one working day later is Monday.
    let moment = try #require(try? Date("2026-01-08T22:30:00Z", strategy: .iso8601))
    #expect(
      try calendar().dueDate(registeredAt: moment, term: .workingDays(1)) == date("2026-01-12"))
    let utc = DeadlineCalendar(timeZone: .gmt)
    #expect(try utc.dueDate(registeredAt: moment, term: .workingDays(1)) == date("2026-01-09"))
  }

  @Test("working days between two dates, negative when the end is earlier")
  func workingDaysBetween() throws {
    let plain = try calendar()
    #expect(try plain.workingDays(from: date("2026-01-09"), to: date("2026-01-12")) == 1)
    #expect(try plain.workingDays(from: date("2026-01-05"), to: date("2026-01-19")) == 10)
    #expect(try plain.workingDays(from: date("2026-01-12"), to: date("2026-01-09")) == -1)
    #expect(try plain.workingDays(from: date("2026-01-07"), to: date("2026-01-07")) == 0)
    let withHoliday = try calendar(holidays: ["2026-01-12"])
    #expect(try withHoliday.workingDays(from: date("2026-01-09"), to: date("2026-01-13")) == 1)
  }
}
