import Foundation

/// Which requests a listing shows.
package struct RequestFilter: Sendable, Equatable {
  package var status: RequestStatus?
  package var overdueOnly: Bool
  package var serviceCode: String?
  /// Only requests assigned to the viewing official.
  package var mineOnly: Bool
  /// Only open requests (the officials' queue).
  package var openOnly: Bool

  package init(
    status: RequestStatus? = nil, overdueOnly: Bool = false, serviceCode: String? = nil,
    mineOnly: Bool = false, openOnly: Bool = false
  ) {
    self.status = status
    self.overdueOnly = overdueOnly
    self.serviceCode = serviceCode
    self.mineOnly = mineOnly
    self.openOnly = openOnly
  }
}

extension Community {
  /// Files a request for a service (residents only); the due date follows the service's term.
  package func fileRequest(
    serviceCode: String, description: String, address: String? = nil, contact: String? = nil,
    viewer: Viewer, now: Date = Date()
  ) throws -> ServiceRequest {
    let resident = try viewer.requireResident("file requests")
    guard let service = try service(code: serviceCode) else {
      throw RequestError.unknownService(code: serviceCode)
    }
    let calendar = try deadlineCalendar()
    return try writeIndexed { transaction in
      let sequence = try requests.nextSequence(in: transaction)
      let year = LocalDate(date: now, timeZone: calendar.timeZone)?.year ?? 2026
      let request = ServiceRequest(
        number: ServiceRequest.number(year: year, sequence: sequence), serviceCode: serviceCode,
        applicant: resident.id, description: description, address: Community.blankToNil(address),
        contact: Community.blankToNil(contact), registeredAt: now,
        dueDate: calendar.dueDate(registeredAt: now, term: service.term))
      try request.validate()
      try requests.put(request, in: transaction)
      return request
    } changes: {
      [.upsert(SearchDocument($0, serviceName: service.name))]
    }
  }

  /// One request, if the viewer may see it: officials see all, a resident only their own.
  package func request(number: String, viewer: Viewer) throws -> ServiceRequest {
    guard let account = viewer.account,
      let request = try directory.read({ try requests.get(number) }),
      account.role == .official || request.applicant == account.id
    else { throw RequestError.notFound(number: number) }
    return request
  }

  /// Requests the viewer may see, filtered; the queue (open requests) is sorted by due date,
  /// other listings newest first.
  package func listRequests(
    _ filter: RequestFilter = RequestFilter(), viewer: Viewer, now: Date = Date()
  ) throws -> [ServiceRequest] {
    let account = try viewer.requireAccount("see requests")
    let today =
      LocalDate(date: now, timeZone: try meta().zone) ?? LocalDate(year: 2026, month: 1, day: 1)
    let openStatuses = Set(RequestStatus.allCases.filter(\.isOpen).map(\.rawValue))
    return try directory.read {
      var entries: [IndexEntry]
      let queue = filter.openOnly || filter.overdueOnly || filter.status.map(\.isOpen) == true
      if account.role == .resident {
        entries = try requests.entries(view: "applicant", bucket: account.id).reversed()
      } else if queue {
        entries = try requests.entries(view: "open", bucket: "open")
      } else {
        entries = []
        for month in requests.buckets(view: "month").reversed() {
          entries += try requests.entries(view: "month", bucket: month).reversed()
        }
      }
      entries = entries.filter { entry in
        let status = entry.tags.first ?? ""
        if let wanted = filter.status, status != wanted.rawValue { return false }
        if filter.openOnly && !openStatuses.contains(status) { return false }
        if queue && account.role == .official {
          if let code = filter.serviceCode, entry.tags.count > 1, entry.tags[1] != code {
            return false
          }
          if filter.mineOnly, entry.tags.count > 2, entry.tags[2] != account.id { return false }
          if filter.overdueOnly {
            // The open view sorts by "due-date number": overdue entries come first.
            let due = LocalDate(entry.sortKey.prefix(10)) ?? today
            if !(due < today) || status == RequestStatus.needsDocuments.rawValue { return false }
          }
        }
        return true
      }
      var result = try requests.records(at: entries.compactMap(\.pointer))
      result = result.filter { request in
        if let code = filter.serviceCode, request.serviceCode != code { return false }
        if filter.mineOnly && request.assignee != account.id { return false }
        if filter.overdueOnly && !request.isOverdue(on: today) { return false }
        return true
      }
      return result
    }
  }

  /// Changes a request's status and/or assignee (officials only), or withdraws it (its
  /// applicant, with `status: .withdrawn`).
  @discardableResult
  package func updateRequest(
    number: String, status: RequestStatus? = nil, note: String? = nil, assignee: String? = nil,
    viewer: Viewer, now: Date = Date()
  ) throws -> ServiceRequest {
    let account = try viewer.requireAccount("change requests")
    if account.role == .resident && (status != .withdrawn || assignee != nil) {
      throw AccessError.forbidden(action: "change the status of requests", role: .resident)
    }
    if let assignee {
      guard let target = try directory.read({ try accounts.get(assignee) }),
        target.role == .official
      else { throw ValidationError(field: "assign", rule: "'\(assignee)' is not an official") }
    }
    let calendar = try deadlineCalendar()
    var serviceName: String?
    return try writeIndexed { transaction in
      guard var request = try requests.get(number, in: transaction),
        account.role == .official || request.applicant == account.id
      else { throw RequestError.notFound(number: number) }
      guard let service = try services.get(request.serviceCode) else {
        throw RequestError.unknownService(code: request.serviceCode)
      }
      serviceName = service.name
      if let status {
        try request.move(
          to: status, by: account.id, at: now, note: note, term: service.term, calendar: calendar)
      } else if let note, !note.isEmpty {
        try TextRules.check(note, field: "note", limit: 2_000, multiline: true)
        request.internalNotes.append(InternalNote(by: account.id, at: now, text: note))
        request.updatedAt = now
      }
      if let assignee {
        request.assignee = assignee
        request.updatedAt = now
      }
      try requests.put(request, in: transaction)
      return request
    } changes: {
      [.upsert(SearchDocument($0, serviceName: serviceName))]
    }
  }

  static func blankToNil(_ text: String?) -> String? {
    guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      return nil
    }
    return text
  }
}
