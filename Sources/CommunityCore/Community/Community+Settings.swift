import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension Community {
  /// The community's days off from `holidays.json` (none when the file is absent).
  package func holidays() throws -> HolidayList {
    let path = directory.holidaysPath
    guard PosixFile.exists(path) else { return HolidayList(dates: []) }
    let bytes = try PosixFile(path: path, flags: O_RDONLY).readAll()
    do {
      return try JSONCoding.decoder().decode(HolidayList.self, from: Data(bytes))
    } catch {
      throw StoreError.corrupt(
        file: path, line: JSONLocator.line(of: error, in: bytes),
        reason: JSONCoding.reason(for: error))
    }
  }

  /// Replaces the holiday list.
  package func saveHolidays(_ list: HolidayList) throws {
    try directory.writeJSON(list, to: directory.holidaysPath, mode: 0o644)
  }

  /// The calendar that statutory deadlines are counted on.
  package func deadlineCalendar() throws -> DeadlineCalendar {
    DeadlineCalendar(holidays: Set(try holidays().dates), timeZone: try meta().zone)
  }
}
