import CommunityCore
import Foundation
import Testing

struct LocalDateTests {
  private func date(_ text: String) throws -> LocalDate {
    try #require(LocalDate(text))
  }

  @Test(
    "YYYY-MM-DD parses into a real date", arguments: ["2026-02-28", "2024-02-29", "2026-12-31"])
  func parses(text: String) throws {
    #expect(try date(text).description == text)
  }

  @Test(
    "impossible or malformed dates are refused",
    arguments: [
      "2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "26-01-01",
      "2026/01/01",
      "", "abcd-01-01", "2026-01-01-01",
    ])
  func refuses(text: String) {
    #expect(LocalDate(text) == nil)
  }

  @Test(
    "adding days crosses month, leap-day and year ends, forwards and back",
    arguments: [
      ("2026-01-31", 1, "2026-02-01"), ("2024-02-28", 1, "2024-02-29"),
      ("2026-02-28", 1, "2026-03-01"), ("2026-12-31", 1, "2027-01-01"),
      ("2026-03-01", -1, "2026-02-28"), ("2027-01-01", -1, "2026-12-31"),
      ("2026-01-05", 0, "2026-01-05"), ("2026-01-01", 365, "2027-01-01"),
    ])
  func adding(start: String, days: Int, expected: String) throws {
    #expect(try date(start).adding(days: days) == date(expected))
  }

  @Test("days between two dates")
  func daysUntil() throws {
    #expect(try date("2026-01-01").days(until: date("2027-01-01")) == 365)
    #expect(try date("2024-01-01").days(until: date("2025-01-01")) == 366)
    #expect(try date("2026-03-31").days(until: date("2026-03-01")) == -30)
  }

  @Test("weekdays: 1 is Monday, 7 is Sunday")
  func weekdays() throws {
    #expect(try date("2026-01-01").isoWeekday == 4)
    #expect(try date("2026-01-03").isWeekend)
    #expect(try date("2026-01-04").isoWeekday == 7)
    #expect(try !date("2026-01-05").isWeekend)
  }

  @Test("the day a moment falls on depends on the community's time zone")
  func timeZones() throws {
    let kyiv = try #require(TimeZone(identifier: "Europe/Kyiv"))
    let lateEvening = try #require(try? Date("2026-03-01T23:30:00Z", strategy: .iso8601))
    #expect(LocalDate(date: lateEvening, timeZone: .gmt) == (try date("2026-03-01")))
    #expect(LocalDate(date: lateEvening, timeZone: kyiv) == (try date("2026-03-02")))
    #expect(
      try date("2026-03-02").date(in: kyiv) == Date("2026-03-01T22:00:00Z", strategy: .iso8601))
  }

  @Test("dates order and encode as text")
  func orderingAndCoding() throws {
    #expect(try date("2026-12-31") < date("2027-01-01"))
    #expect(try date("2026-02-01") > date("2026-01-31"))
    let data = try JSONCoding.encoder().encode([try date("2026-05-09")])
    #expect(String(decoding: data, as: UTF8.self) == #"["2026-05-09"]"#)
    #expect(throws: DecodingError.self) {
      try JSONCoding.decoder().decode([LocalDate].self, from: Data(#"["2026-02-30"]"#.utf8))
    }
  }
}
