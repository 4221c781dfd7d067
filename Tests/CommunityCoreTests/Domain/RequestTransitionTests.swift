import CommunityCore
import Foundation
import Testing

struct RequestTransitionTests {
  private static let kyiv = TimeZone(identifier: "Europe/Kyiv") ?? .gmt
  private static let calendar = DeadlineCalendar(timeZone: kyiv)

  /// Noon in Kyiv on `day`.
  private static func noon(_ day: String) throws -> Date {
    try #require(LocalDate(day)).date(in: kyiv).addingTimeInterval(12 * 3_600)
  }

  private static func request(status: RequestStatus, term: ServiceTerm = .workingDays(10)) throws
    -> ServiceRequest
  {
    let registered = try noon("2026-01-05")
    var request = ServiceRequest(
      number: "2026-000001", serviceCode: "00034", applicant: "taras", description: "Довідка",
      registeredAt: registered, dueDate: calendar.dueDate(registeredAt: registered, term: term))
    request.status = status
    return request
  }

  /// The whole table: what an official may do from each status.
  private static let allowed: [RequestStatus: Set<RequestStatus>] = [
    .registered: [.inReview],
    .inReview: [.needsDocuments, .ready, .refused],
    .needsDocuments: [.inReview, .refused],
    .ready: [.issued],
    .issued: [], .refused: [], .withdrawn: [],
  ]

  @Test(
    "every move of the status table is allowed or refused as the table says",
    arguments: RequestStatus.allCases, RequestStatus.allCases)
  func transitionTable(from: RequestStatus, to: RequestStatus) throws {
    var request = try Self.request(status: from)
    let before = request
    let time = try Self.noon("2026-01-07")
    let mayMove =
      to == .withdrawn
      ? [.registered, .inReview, .needsDocuments].contains(from)
      : Self.allowed[from, default: []].contains(to)
    if mayMove {
      try request.move(
        to: to, by: "olena", at: time, note: "примітка", term: .workingDays(10),
        calendar: Self.calendar)
      #expect(request.status == to)
      #expect(
        request.history == [
          StatusChange(by: "olena", at: time, from: from, to: to, note: "примітка")
        ])
      #expect(request.updatedAt == time)
    } else {
      let expected: RequestError =
        to == .withdrawn
        ? .cannotWithdraw(number: "2026-000001", status: from)
        : .forbiddenMove(number: "2026-000001", from: from, to: to, allowed: from.allowedNext)
      #expect(throws: expected) {
        try request.move(
          to: to, by: "olena", at: time, note: "примітка", term: .workingDays(10),
          calendar: Self.calendar)
      }
      #expect(request == before)
    }
  }

  @Test("the table in the model matches the documented one")
  func allowedNextMatches() {
    for status in RequestStatus.allCases {
      #expect(Set(status.allowedNext) == Self.allowed[status], "from \(status)")
    }
    #expect(
      RequestStatus.allCases.filter(\.isOpen) == [.registered, .inReview, .needsDocuments, .ready])
  }

  @Test("refusing needs a reason", arguments: [nil, "", "   \n"])
  func refusalNeedsReason(note: String?) throws {
    var request = try Self.request(status: .inReview)
    let before = request
    #expect(throws: RequestError.reasonRequired(number: "2026-000001")) {
      try request.move(
        to: .refused, by: "olena", at: Self.noon("2026-01-07"), note: note, term: .workingDays(10),
        calendar: Self.calendar)
    }
    #expect(request == before)
  }

  @Test("asking for documents needs a note saying which", arguments: [nil, "", " "])
  func documentsNeedNote(note: String?) throws {
    var request = try Self.request(status: .inReview)
    #expect(throws: RequestError.documentsNoteRequired(number: "2026-000001")) {
      try request.move(
        to: .needsDocuments, by: "olena", at: Self.noon("2026-01-07"), note: note,
        term: .workingDays(10), calendar: Self.calendar)
    }
    #expect(request.status == .inReview)
  }

  @Test("notes are trimmed, and a blank note on an ordinary move is not kept")
  func notes() throws {
    var request = try Self.request(status: .registered)
    try request.move(
      to: .inReview, by: "olena", at: Self.noon("2026-01-06"), note: "  ", term: .workingDays(10),
      calendar: Self.calendar)
    try request.move(
      to: .refused, by: "olena", at: Self.noon("2026-01-07"), note: "  Неповний пакет документів\n",
      term: .workingDays(10), calendar: Self.calendar)
    #expect(request.history.map(\.note) == [nil, "Неповний пакет документів"])
    #expect(request.history.map(\.to) == [.inReview, .refused])
  }

  @Test("the applicant may withdraw until the result is ready, without a note")
  func withdrawal() throws {
    for status in [RequestStatus.registered, .inReview, .needsDocuments] {
      var request = try Self.request(status: status)
      try request.move(
        to: .withdrawn, by: "taras", at: Self.noon("2026-01-07"), note: nil, term: .workingDays(10),
        calendar: Self.calendar)
      #expect(request.status == .withdrawn)
      #expect(!request.status.isOpen)
    }
  }

  @Test("asking for documents stops the clock; it resumes with the working days left")
  func clockStopWorkingDays() throws {
    let term = ServiceTerm.workingDays(10)
    var request = try Self.request(status: .registered, term: term)
    #expect(request.dueDate == LocalDate(year: 2026, month: 1, day: 19))
    try request.move(
      to: .inReview, by: "olena", at: Self.noon("2026-01-08"), note: nil, term: term,
      calendar: Self.calendar)
    // On Friday the 9th, six working days are left (12, 13, 14, 15, 16, 19 January).
    try request.move(
      to: .needsDocuments, by: "olena", at: Self.noon("2026-01-09"), note: "Копія техпаспорта",
      term: term, calendar: Self.calendar)
    #expect(request.daysLeftWhenStopped == 6)
    #expect(request.clockStoppedOn == LocalDate(year: 2026, month: 1, day: 9))
    let muchLater = try #require(LocalDate("2026-01-30"))
    #expect(request.daysLeft(on: muchLater, term: term, calendar: Self.calendar) == 6)
    #expect(!request.isOverdue(on: muchLater))
    // The documents arrive on Monday 2 February: six working days from then is Tuesday the 10th.
    try request.move(
      to: .inReview, by: "olena", at: Self.noon("2026-02-02"), note: nil, term: term,
      calendar: Self.calendar)
    #expect(request.dueDate == LocalDate(year: 2026, month: 2, day: 10))
    #expect(request.clockStoppedOn == nil)
    #expect(request.daysLeftWhenStopped == nil)
    #expect(request.isOverdue(on: try #require(LocalDate("2026-02-11"))))
    #expect(!request.isOverdue(on: try #require(LocalDate("2026-02-10"))))
  }

  @Test("the clock also stops for a term in calendar days")
  func clockStopCalendarDays() throws {
    let term = ServiceTerm.calendarDays(30)
    var request = try Self.request(status: .inReview, term: term)
    #expect(request.dueDate == LocalDate(year: 2026, month: 2, day: 4))
    try request.move(
      to: .needsDocuments, by: "olena", at: Self.noon("2026-01-14"), note: "Заява", term: term,
      calendar: Self.calendar)
    #expect(request.daysLeftWhenStopped == 21)
    try request.move(
      to: .inReview, by: "olena", at: Self.noon("2026-02-20"), note: nil, term: term,
      calendar: Self.calendar)
    #expect(request.dueDate == LocalDate(year: 2026, month: 3, day: 13))
  }

  @Test("a resumed calendar-day deadline that lands on a weekend moves to Monday")
  func resumedDeadlineOnWeekend() throws {
    let term = ServiceTerm.calendarDays(30)
    var request = try Self.request(status: .inReview, term: term)
    try request.move(
      to: .needsDocuments, by: "olena", at: Self.noon("2026-01-14"), note: "Заява", term: term,
      calendar: Self.calendar)
    // Resumed on Sunday 1 March with 21 days left: Sunday 22 March, a day off, so Monday 23.
    try request.move(
      to: .inReview, by: "olena", at: Self.noon("2026-03-01"), note: nil, term: term,
      calendar: Self.calendar)
    #expect(request.dueDate == LocalDate(year: 2026, month: 3, day: 23))
  }

  @Test("only open requests past their due date are overdue")
  func overdue() throws {
    let afterDue = try #require(LocalDate("2026-01-20"))
    #expect(try Self.request(status: .inReview).isOverdue(on: afterDue))
    #expect(try Self.request(status: .ready).isOverdue(on: afterDue))
    #expect(try !Self.request(status: .issued).isOverdue(on: afterDue))
    #expect(
      try !Self.request(status: .inReview).isOverdue(on: try #require(LocalDate("2026-01-19"))))
  }

  @Test("request numbers are the year and a six-digit sequence")
  func numbers() {
    #expect(ServiceRequest.number(year: 2026, sequence: 1) == "2026-000001")
    #expect(ServiceRequest.number(year: 2026, sequence: 123_456) == "2026-123456")
    #expect(ServiceRequest.number(year: 2027, sequence: 1_234_567) == "2027-1234567")
  }
}
