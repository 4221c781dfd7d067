import Foundation

/// Why a request could not be filed or changed.
package enum RequestError: Error, Sendable, Equatable, CustomStringConvertible {
  case forbiddenMove(
    number: String, from: RequestStatus, to: RequestStatus, allowed: [RequestStatus])
  case reasonRequired(number: String)
  case documentsNoteRequired(number: String)
  case notFound(number: String)
  case unknownService(code: String)
  case cannotWithdraw(number: String, status: RequestStatus)

  package var description: String {
    switch self {
    case .forbiddenMove(let number, let from, let to, let allowed):
      let moves =
        allowed.isEmpty ? "none (it is final)" : allowed.map(\.rawValue).joined(separator: ", ")
      return "request \(number) is \(from.rawValue); it cannot move to \(to.rawValue). "
        + "Allowed next: \(moves)"
    case .reasonRequired(let number):
      return "request \(number): refusing requires a reason (--note)"
    case .documentsNoteRequired(let number):
      return "request \(number): asking for documents requires a note saying which (--note)"
    case .notFound(let number): return "no request \(number) (or it is not yours)"
    case .unknownService(let code): return "no service with code '\(code)'"
    case .cannotWithdraw(let number, let status):
      return "request \(number) is \(status.rawValue); only a request that is not yet ready "
        + "can be withdrawn"
    }
  }
}

extension ServiceRequest {
  /// Moves the request to `status` under the rules of the transition table, keeping the
  /// history and stopping or resuming the deadline clock around "needs documents".
  package mutating func move(
    to status: RequestStatus, by actor: String, at time: Date, note: String?,
    term: ServiceTerm, calendar: DeadlineCalendar
  ) throws(RequestError) {
    let trimmedNote = note?.trimmingCharacters(in: .whitespacesAndNewlines)
    let hasNote = !(trimmedNote ?? "").isEmpty
    if status == .withdrawn {
      guard self.status.canBeWithdrawn else {
        throw .cannotWithdraw(number: number, status: self.status)
      }
    } else if !self.status.allowedNext.contains(status) {
      throw .forbiddenMove(
        number: number, from: self.status, to: status, allowed: self.status.allowedNext)
    }
    if status == .refused && !hasNote { throw .reasonRequired(number: number) }
    if status == .needsDocuments && !hasNote { throw .documentsNoteRequired(number: number) }
    let today = LocalDate(date: time, timeZone: calendar.timeZone) ?? dueDate
    if status == .needsDocuments {
      clockStoppedOn = today
      daysLeftWhenStopped = daysLeft(on: today, term: term, calendar: calendar)
    } else if self.status == .needsDocuments, let left = daysLeftWhenStopped {
      // The clock resumes with the days that were left when it stopped.
      // Counted like a new term of that many days, so a calendar-day deadline that lands on
      // a day off moves to the next working day exactly as it does at registration.
      switch term {
      case .calendarDays:
        dueDate = calendar.dueDate(from: today, term: .calendarDays(max(0, left)))
      case .workingDays, .sameDay: dueDate = calendar.adding(workingDays: max(0, left), to: today)
      }
      clockStoppedOn = nil
      daysLeftWhenStopped = nil
    }
    history.append(
      StatusChange(
        by: actor, at: time, from: self.status, to: status, note: hasNote ? trimmedNote : nil))
    self.status = status
    updatedAt = time
  }

  /// Days left until the due date as of `today`, in the unit of the service's term
  /// (negative when overdue); while the clock is stopped, what was left when it stopped.
  package func daysLeft(on today: LocalDate, term: ServiceTerm, calendar: DeadlineCalendar) -> Int {
    if status == .needsDocuments, let left = daysLeftWhenStopped { return left }
    switch term {
    case .calendarDays: return today.days(until: dueDate)
    case .workingDays, .sameDay: return calendar.workingDays(from: today, to: dueDate)
    }
  }

  /// Open and past its due date (a request waiting for documents is never overdue: its clock
  /// is stopped).
  package func isOverdue(on today: LocalDate) -> Bool {
    status.isOpen && status != .needsDocuments && dueDate < today
  }
}
