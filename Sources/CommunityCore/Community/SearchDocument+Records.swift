import Foundation

/// How each stored record becomes a search document: what its title and body are, and the
/// fields a search can filter by. Ids are the records' storage keys, so a result opens the
/// record with the collection's ordinary lookup (a proposal's id is `cycleID/id`).
extension SearchDocument {
  /// A news item; every item is indexed, scheduled ones are hidden at search time.
  package init(_ item: NewsItem) {
    self.init(NewsSearchText(item))
  }

  /// A news item from its searchable part.
  init(_ item: NewsSearchText) {
    self.init(
      kind: .news, id: item.storageKey, title: item.title, body: item.body,
      fields: ["category": item.category])
  }

  /// A service card: its name, then everything a resident might type to find it.
  package init(_ service: Service) {
    let parts = [service.description] + service.documents + [service.result, service.department]
    let extra = [service.nameEn ?? "", service.keywords.joined(separator: ", ")]
    self.init(
      kind: .service, id: service.storageKey, title: service.name,
      body: SearchDocument.paragraphs(parts + extra),
      fields: ["department": service.department, "code": service.code])
  }

  /// A budget proposal; `districtName` is the district's name in its cycle, when it has one.
  package init(_ proposal: Proposal, districtName: String?) {
    var fields = ["cycle": proposal.cycleID, "category": proposal.category]
    if let district = proposal.district { fields["district"] = district }
    self.init(
      kind: .proposal, id: proposal.storageKey, title: proposal.title,
      body: SearchDocument.paragraphs([
        proposal.summary, proposal.description, proposal.category, districtName ?? "",
      ]),
      fields: fields)
  }

  /// A practice of the library: the summary first, so a snippet of a title match shows it.
  package init(_ practice: Practice) {
    self.init(
      kind: .practice, id: practice.storageKey, title: practice.title,
      body: SearchDocument.paragraphs([
        practice.summary, practice.body, practice.community, practice.region, practice.contacts,
      ]),
      fields: [
        "topic": practice.topic.rawValue, "region": practice.region, "year": String(practice.year),
      ])
  }

  /// A request, owned by its applicant so that only they and officials find it; titled by
  /// its number and the service's name, which is what both sides know it by.
  package init(_ request: ServiceRequest, serviceName: String?) {
    self.init(RequestSearchText(request), serviceName: serviceName)
  }

  /// A request from its searchable part.
  init(_ request: RequestSearchText, serviceName: String?) {
    self.init(
      kind: .request, id: request.storageKey,
      title: [request.number, serviceName ?? request.serviceCode].joined(separator: " · "),
      body: SearchDocument.paragraphs([request.description, request.address ?? ""]),
      fields: ["status": request.status.rawValue, "service": request.serviceCode],
      ownerID: request.applicant)
  }

  /// Joins the non-empty parts as paragraphs, so a snippet never runs two fields together.
  private static func paragraphs(_ parts: [String]) -> String {
    parts.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
      .joined(separator: "\n\n")
  }
}
