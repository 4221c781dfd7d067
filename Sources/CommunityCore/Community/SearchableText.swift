import Foundation

/// The searchable part of a news item: what a rebuild decodes from each journal line.
///
/// News and requests are the collections that grow without bound; decoding only these fields
/// (no dates, no status history) halves the time a rebuild spends reading them.
struct NewsSearchText: StoredRecord {
  var id: String
  var title: String
  var body: String
  var category: String

  var storageKey: String { id }

  init(_ item: NewsItem) {
    id = item.id
    title = item.title
    body = item.body
    category = item.category
  }
}

/// The searchable part of a request, decoded on its own for the same reason.
struct RequestSearchText: StoredRecord {
  var number: String
  var serviceCode: String
  var applicant: String
  var description: String
  var address: String?
  var status: RequestStatus

  var storageKey: String { number }

  init(_ request: ServiceRequest) {
    number = request.number
    serviceCode = request.serviceCode
    applicant = request.applicant
    description = request.description
    address = request.address
    status = request.status
  }
}

extension Community {
  /// The news journal read as `NewsSearchText`.
  var newsTexts: Collection<NewsSearchText> {
    Collection(root: directory.path, name: news.name, personal: false, views: [])
  }

  /// The requests journal read as `RequestSearchText`.
  var requestTexts: Collection<RequestSearchText> {
    Collection(root: directory.path, name: requests.name, personal: true, views: [])
  }
}
