import Foundation

/// The shapes of the demo community's seed files in `Resources/demo/`.
///
/// Times are given relative to the moment of seeding ("days ago"), so a freshly seeded demo
/// always has a news item scheduled for the future and requests near their deadlines.
package enum DemoSeed {
  struct SeedAccount: Decodable {
    var id: String
    var name: String
    var nameEn: String?
    var role: Account.Role
    var pin: String
    var title: String?
  }

  struct SeedNews: Decodable {
    var title: String
    var body: String
    var category: String
    var author: String
    var publishedDaysAgo: Int
    var pinned: Bool
  }

  struct SeedMove: Decodable {
    var to: RequestStatus
    var by: String
    var daysAgo: Int
    var note: String?
  }

  struct SeedRequest: Decodable {
    var serviceCode: String
    var applicant: String
    var description: String
    var address: String?
    var contact: String?
    var registeredDaysAgo: Int
    var assignee: String?
    var history: [SeedMove]
  }

  struct SeedProposal: Decodable {
    var id: String
    var title: String
    var summary: String
    var description: String
    var cost: Int
    var category: String
    var district: String?
    var author: String
    var status: ProposalStatus
    var rejectionReason: String?
  }

  struct SeedBallot: Decodable {
    var voter: String
    var projects: [String]
  }

  struct SeedCycle: Decodable {
    var id: String
    var name: String
    var nameEn: String?
    var budget: Int
    var phase: BudgetPhase
    var rules: BallotRules
    var districts: [District]
    var proposals: [SeedProposal]
    var ballots: [SeedBallot]
  }

  struct SeedBudget: Decodable {
    var cycles: [SeedCycle]
  }

  struct SeedCommunity: Decodable {
    var name: String
    var nameEn: String?
    var region: String?
    var timeZone: String
    var demoNotice: String?
  }

  /// Reads one seed file, naming the file and line when it is malformed.
  static func load<T: Decodable>(_ type: T.Type, _ name: String, from folder: URL) throws -> T {
    let url = folder.appendingPathComponent(name)
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw StoreError.io(file: url.path, operation: "read", reason: error.localizedDescription)
    }
    do {
      return try JSONCoding.decoder().decode(T.self, from: data)
    } catch {
      throw StoreError.corrupt(
        file: url.path, line: JSONLocator.line(of: error, in: Array(data)),
        reason: JSONCoding.reason(for: error))
    }
  }
}
