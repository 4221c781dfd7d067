import Foundation

extension Community {
  /// Creates a community in an empty data directory: the demo from `demoFolder`, or an empty
  /// one with just `meta`.
  package static func create(
    at path: String, demoFolder: URL?, meta: CommunityMeta? = nil,
    pinRounds: Int = PINHash.defaultRounds, now: Date = Date()
  ) throws -> Community {
    let directory = DataDirectory(path: path)
    if let demoFolder {
      let seed = try DemoSeed.load(DemoSeed.SeedCommunity.self, "community.json", from: demoFolder)
      try directory.create(
        meta: CommunityMeta(
          name: seed.name, nameEn: seed.nameEn, region: seed.region, timeZone: seed.timeZone,
          demoNotice: seed.demoNotice, createdAt: now))
      let community = Community(directory: directory)
      try community.seedDemo(from: demoFolder, pinRounds: pinRounds, now: now)
      // The seed is one transaction of whole collections: one rebuild indexes it faster than
      // an update per record. Should it fail, the community is still whole, and the first
      // search rebuilds the index, so the failure is not the seeding's.
      _ = try? community.directory.read {
        try community.rebuildSearchIndex(stamp: try community.searchSourceStamp())
      }
      return community
    }
    try directory.create(meta: meta ?? CommunityMeta(name: "Громада", createdAt: now))
    return Community(directory: directory)
  }

  /// Fills the collections from the demo seed files, all in one transaction.
  private func seedDemo(from folder: URL, pinRounds: Int, now: Date) throws {
    let holidays = try DemoSeed.load(HolidayList.self, "holidays.json", from: folder)
    try saveHolidays(holidays)
    let seedAccounts = try DemoSeed.load([DemoSeed.SeedAccount].self, "accounts.json", from: folder)
    let seedNews = try DemoSeed.load([DemoSeed.SeedNews].self, "news.json", from: folder)
    let seedServices = try DemoSeed.load([Service].self, "services.json", from: folder)
    let seedRequests = try DemoSeed.load([DemoSeed.SeedRequest].self, "requests.json", from: folder)
    let seedBudget = try DemoSeed.load(DemoSeed.SeedBudget.self, "budget.json", from: folder)
    let seedPractices = try DemoSeed.load([PracticeDraft].self, "practices.json", from: folder)
    let calendar = try deadlineCalendar()
    let day: TimeInterval = 86_400
    try directory.write { transaction in
      for seed in seedAccounts {
        let account = Account(
          id: seed.id, name: seed.name, nameEn: seed.nameEn, role: seed.role, title: seed.title,
          pin: try PINHash.make(pin: seed.pin, rounds: pinRounds), createdAt: now)
        try account.validate()
        try accounts.put(account, in: transaction)
      }
      for (index, seed) in seedNews.enumerated() {
        // Spread items over the day so that the order within a day is stable.
        let published = now.addingTimeInterval(
          -Double(seed.publishedDaysAgo) * day - Double(index) * 60)
        _ = try insertNews(
          title: seed.title, body: seed.body, category: seed.category, publishedAt: published,
          pinned: seed.pinned, source: nil, author: seed.author, now: now, in: transaction)
      }
      for service in seedServices {
        try service.validate()
        try services.put(service, in: transaction)
      }
      for seed in seedRequests {
        guard let service = seedServices.first(where: { $0.code == seed.serviceCode }) else {
          throw RequestError.unknownService(code: seed.serviceCode)
        }
        let registered = now.addingTimeInterval(-Double(seed.registeredDaysAgo) * day)
        var request = ServiceRequest(
          number: ServiceRequest.number(
            year: LocalDate(date: registered, timeZone: calendar.timeZone)?.year ?? 2026,
            sequence: try requests.nextSequence(in: transaction)),
          serviceCode: seed.serviceCode, applicant: seed.applicant, description: seed.description,
          address: seed.address, contact: seed.contact, registeredAt: registered,
          dueDate: calendar.dueDate(registeredAt: registered, term: service.term))
        request.assignee = seed.assignee
        for (step, move) in seed.history.enumerated() {
          let time = now.addingTimeInterval(-Double(move.daysAgo) * day + Double(step) * 60)
          try request.move(
            to: move.to, by: move.by, at: time, note: move.note, term: service.term,
            calendar: calendar)
        }
        try request.validate()
        try requests.put(request, in: transaction)
      }
      for cycle in seedBudget.cycles {
        try seedCycle(cycle, now: now, in: transaction)
      }
      for draft in seedPractices {
        _ = try insertPractice(draft, now: now, in: transaction)
      }
    }
  }

  private func seedCycle(_ seed: DemoSeed.SeedCycle, now: Date, in transaction: WriteTransaction)
    throws
  {
    let cycle = BudgetCycle(
      id: seed.id, name: seed.name, nameEn: seed.nameEn, budget: seed.budget,
      districts: seed.districts, phase: seed.phase, rules: seed.rules, createdAt: now)
    try cycle.validate()
    try cycles.put(cycle, in: transaction)
    // A closed cycle is seeded already counted, as the community published it.
    var results: [String: ProjectTally] = [:]
    if seed.phase == .closed {
      let onBallot = seed.proposals.filter { $0.status.isOnBallot }
      let index = Dictionary(
        onBallot.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
      let election = try BudgetElection(
        budget: DecimalAmount(units: seed.budget),
        projects: onBallot.map {
          BudgetProject(id: $0.id, cost: DecimalAmount(units: $0.cost), name: $0.title)
        },
        ballots: seed.ballots.map { $0.projects.compactMap { index[$0] } })
      for project in election.tally(method: .greedy).projects { results[project.id] = project }
    }
    for item in seed.proposals {
      var proposal = Proposal(
        cycleID: seed.id, id: item.id, title: item.title, summary: item.summary,
        description: item.description, cost: item.cost, category: item.category,
        district: item.district, author: item.author, submittedAt: now)
      proposal.status = item.status
      proposal.rejectionReason = item.rejectionReason
      if let result = results[item.id] {
        proposal.votes = result.votes
        proposal.status = result.funded ? .funded : .notFunded
      }
      try proposal.validate()
      try proposals.put(proposal, in: transaction)
    }
    for ballot in seed.ballots {
      try ballots.put(
        Ballot(cycleID: seed.id, voter: ballot.voter, projects: ballot.projects, castAt: now),
        in: transaction)
    }
  }
}
