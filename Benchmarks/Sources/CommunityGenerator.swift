import CommunityCore
import Foundation
import HromadaResources

/// SplitMix64: a tiny seedable generator, so the same seed always yields the same community.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// One element of a non-empty array.
  mutating func pick<T>(_ items: [T]) -> T {
    items[Int(next() % UInt64(items.count))]
  }

  /// A number in `0..<1`.
  mutating func fraction() -> Double {
    Double(next() >> 11) / Double(UInt64(1) << 53)
  }
}

/// Builds a large community in a data directory through the real `Community` and `Collection`
/// API, for benchmarks: news, service requests with realistic histories, and ballots.
///
/// Records are written in transactions of `batchSize` without fsync (`durable: false`), which is
/// how fixtures are made; the store's format is exactly what normal writes produce. The content
/// depends only on `seed`; times are relative to `now` (news one an hour, requests 200 a day,
/// going back from `now`), so the newest month always holds a realistic amount.
enum CommunityGenerator {
  /// Officials who can sign in to a generated community (few PBKDF2 rounds: it is a fixture).
  static let officials = [
    ("olena", "Олена Коваленко", "1111"), ("andrii", "Андрій Савчук", "2580"),
  ]
  /// Residents `r0001`… with PIN 4821.
  static let residentCount = 1_000
  static let batchSize = 10_000
  static let requestsPerDay = 200.0
  static let newsSpacing: TimeInterval = 3_600

  static func generate(
    at path: String, news: Int, requests: Int, ballots: Int, seed: UInt64, now: Date = Date(),
    progress: (String) -> Void = { _ in }
  ) throws {
    var random = SplitMix64(seed: seed)
    let meta = CommunityMeta(
      name: "Вербоярська міська громада", nameEn: "Verboiar community (generated)",
      region: "Полтавська область", createdAt: now)
    let community = try Community.create(
      at: path, demoFolder: nil, meta: meta, pinRounds: 1_000, now: now)
    let demo = HromadaResources.demoDirectory
    try community.saveHolidays(
      try decode(HolidayList.self, demo.appendingPathComponent("holidays.json")))
    let services = try decode([Service].self, demo.appendingPathComponent("services.json"))
    try community.directory.write(durable: false) { transaction in
      for (id, name, pin) in officials {
        let account = Account(
          id: id, name: name, role: .official, pin: try PINHash.make(pin: pin, rounds: 1_000),
          createdAt: now)
        try community.accounts.put(account, in: transaction)
      }
      let residentPIN = try PINHash.make(pin: "4821", rounds: 1_000)
      for number in 1...residentCount {
        let name = random.pick(Words.givenNames) + " " + random.pick(Words.surnames)
        try community.accounts.put(
          Account(
            id: residentID(number), name: name, role: .resident, pin: residentPIN, createdAt: now),
          in: transaction)
      }
      for service in services { try community.services.put(service, in: transaction) }
    }
    try generateNews(news, in: community, now: now, random: &random, progress: progress)
    try generateRequests(
      requests, in: community, services: services, now: now, random: &random, progress: progress)
    if ballots > 0 {
      try generateBallots(ballots, in: community, now: now, random: &random, progress: progress)
    }
  }

  static func residentID(_ number: Int) -> String {
    let digits = String(number)
    return "r" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  private static func decode<T: Decodable>(_ type: T.Type, _ url: URL) throws -> T {
    try JSONCoding.decoder().decode(T.self, from: Data(contentsOf: url))
  }

  /// Runs `body` over `0..<count` in transactions of `batchSize`.
  private static func inBatches(
    _ count: Int, _ community: Community, label: String, progress: (String) -> Void,
    _ body: (Int, WriteTransaction) throws -> Void
  ) throws {
    var done = 0
    while done < count {
      let end = min(count, done + batchSize)
      try community.directory.write(durable: false) { transaction in
        for index in done..<end { try body(index, transaction) }
      }
      done = end
      if done % 100_000 == 0 || done == count { progress("\(label): \(done) of \(count)") }
    }
  }

  // MARK: News

  private static func generateNews(
    _ count: Int, in community: Community, now: Date, random: inout SplitMix64,
    progress: (String) -> Void
  ) throws {
    try inBatches(count, community, label: "news", progress: progress) { index, transaction in
      // Oldest first, so that ids grow with time; two recent items are pinned.
      let age = count - 1 - index
      let published = now.addingTimeInterval(
        -Double(age) * newsSpacing - 60 - random.fraction() * newsSpacing / 2)
      _ = try community.insertNews(
        title: title(&random), body: body(words: 90 + Int(random.next() % 20), &random),
        category: random.pick(Words.categories), publishedAt: published,
        pinned: age == 3 || age == 17,
        source: nil, author: random.pick(officials).0, now: published, in: transaction)
    }
  }

  private static func title(_ random: inout SplitMix64) -> String {
    "\(random.pick(Words.titleHeads)) \(random.pick(Words.places))"
      + (random.next() % 3 == 0 ? ": \(random.pick(Words.titleTails))" : "")
  }

  private static func body(words count: Int, _ random: inout SplitMix64) -> String {
    var paragraphs: [String] = []
    var sentence: [String] = []
    var paragraph: [String] = []
    for index in 0..<count {
      sentence.append(random.pick(Words.vocabulary))
      if sentence.count >= 6 + Int(random.next() % 9) || index == count - 1 {
        var text = sentence.joined(separator: " ")
        text = text.prefix(1).uppercased() + text.dropFirst() + "."
        paragraph.append(text)
        sentence = []
        if paragraph.count >= 3 || index == count - 1 {
          paragraphs.append(paragraph.joined(separator: " "))
          paragraph = []
        }
      }
    }
    return paragraphs.joined(separator: "\n\n")
  }

  // MARK: Requests

  private static func generateRequests(
    _ count: Int, in community: Community, services: [Service], now: Date, random: inout SplitMix64,
    progress: (String) -> Void
  ) throws {
    let calendar = try community.deadlineCalendar()
    let spacing = 86_400 / requestsPerDay
    try inBatches(count, community, label: "requests", progress: progress) { index, transaction in
      let age = Double(count - 1 - index) * spacing + 120 + random.fraction() * spacing / 2
      let registered = now.addingTimeInterval(-age)
      let service = random.pick(services)
      let year = LocalDate(date: registered, timeZone: calendar.timeZone)?.year ?? 2026
      let number = ServiceRequest.number(
        year: year, sequence: try community.requests.nextSequence(in: transaction))
      var request = ServiceRequest(
        number: number, serviceCode: service.code,
        applicant: residentID(1 + Int(random.next() % UInt64(residentCount))),
        description: body(words: 15 + Int(random.next() % 30), &random),
        address: random.next() % 2 == 0
          ? "вул. \(random.pick(Words.streets)), \(1 + random.next() % 120)" : nil,
        contact: random.next() % 3 == 0
          ? "+380 50 \(100 + random.next() % 900) \(1_000 + random.next() % 9_000)" : nil,
        registeredAt: registered,
        dueDate: calendar.dueDate(registeredAt: registered, term: service.term))
      request.assignee = random.pick(officials).0
      try advance(&request, term: service.term, now: now, calendar: calendar, random: &random)
      try community.requests.put(request, in: transaction)
    }
  }

  /// Moves a request along a realistic path up to `now`: almost every old request is closed
  /// (mostly issued, some refused or withdrawn); recent ones are at every stage; a few stay
  /// open past their due date.
  private static func advance(
    _ request: inout ServiceRequest, term: ServiceTerm, now: Date, calendar: DeadlineCalendar,
    random: inout SplitMix64
  ) throws {
    let start = request.registeredAt
    let due = request.dueDate.date(in: calendar.timeZone).addingTimeInterval(17 * 3_600)
    let roll = random.fraction()
    // How far it got: 0 registered, 1 in review, 2 ready, 3 closed.
    let stage: Int
    if now.timeIntervalSince(start) > 60 * 86_400 {
      stage = roll < 0.997 ? 3 : 1
    } else if now > due {
      stage = roll < 0.9 ? 3 : (roll < 0.97 ? 1 : 2)
    } else {
      stage = roll < 0.25 ? 0 : (roll < 0.6 ? 1 : (roll < 0.8 ? 2 : 3))
    }
    guard stage > 0 else { return }
    // Events are spread over the time from registration to the due date (or to now).
    let span = max(60, min(now, due.addingTimeInterval(2 * 86_400)).timeIntervalSince(start))
    func at(_ share: Double) -> Date { min(now, start.addingTimeInterval(span * share)) }
    let outcome = random.fraction()
    if stage == 3 && outcome > 0.95 {
      try request.move(
        to: .withdrawn, by: request.applicant, at: at(0.1), note: nil, term: term,
        calendar: calendar)
      return
    }
    try request.move(
      to: .inReview, by: request.assignee ?? "olena", at: at(0.15), note: nil, term: term,
      calendar: calendar)
    if random.next() % 10 == 0 {
      try request.move(
        to: .needsDocuments, by: request.assignee ?? "olena", at: at(0.25),
        note: random.pick(Words.documentNotes), term: term, calendar: calendar)
      if stage == 1 && random.next() % 2 == 0 { return }
      try request.move(
        to: .inReview, by: request.assignee ?? "olena", at: at(0.4), note: nil, term: term,
        calendar: calendar)
    }
    if stage == 1 { return }
    if stage == 3 && outcome > 0.88 {
      try request.move(
        to: .refused, by: request.assignee ?? "olena", at: at(0.6),
        note: random.pick(Words.refusals),
        term: term, calendar: calendar)
      return
    }
    try request.move(
      to: .ready, by: request.assignee ?? "olena", at: at(0.7), note: nil, term: term,
      calendar: calendar)
    if stage == 3 {
      try request.move(
        to: .issued, by: request.assignee ?? "olena", at: at(0.9), note: nil, term: term,
        calendar: calendar)
    }
  }

  // MARK: Ballots

  private static func generateBallots(
    _ count: Int, in community: Community, now: Date, random: inout SplitMix64,
    progress: (String) -> Void
  ) throws {
    let cycle = BudgetCycle(
      id: "gb-bench", name: "Громадський бюджет (згенерований)", budget: 2_000_000, phase: .voting,
      rules: .approval(minimum: 1, maximum: 3), createdAt: now)
    let projects = (1...20).map(String.init)
    try community.directory.write(durable: false) { transaction in
      try community.cycles.put(cycle, in: transaction)
      for id in projects {
        var proposal = Proposal(
          cycleID: cycle.id, id: id,
          title: "Проєкт \(id): \(random.pick(Words.titleHeads).lowercased())",
          summary: random.pick(Words.titleTails), description: body(words: 60, &random),
          cost: 50_000 + Int(random.next() % 40) * 10_000, category: random.pick(Words.categories),
          author: residentID(1 + Int(random.next() % UInt64(residentCount))), submittedAt: now)
        proposal.status = .accepted
        try community.proposals.put(proposal, in: transaction)
      }
    }
    try inBatches(count, community, label: "ballots", progress: progress) { index, transaction in
      var chosen = Set<String>()
      for _ in 0..<(1 + Int(random.next() % 3)) { chosen.insert(random.pick(projects)) }
      let digits = String(index + 1)
      let voter = "v" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
      try community.ballots.put(
        Ballot(cycleID: cycle.id, voter: voter, projects: chosen.sorted(), castAt: now),
        in: transaction)
    }
  }
}

/// Word lists the generated texts are made of.
private enum Words {
  static let givenNames = [
    "Олена", "Андрій", "Тарас", "Ірина", "Микола", "Софія", "Дмитро", "Галина", "Оксана", "Петро",
    "Марія", "Василь", "Наталія", "Юрій", "Леся", "Богдан",
  ]
  static let surnames = [
    "Коваленко", "Савчук", "Гнатюк", "Бойко", "Ткаченко", "Мороз", "Кравець", "Шевчук", "Литвин",
    "Мельник", "Бондар", "Олійник", "Поліщук", "Руденко",
  ]
  static let categories = [
    "Оголошення", "ЦНАП", "Бюджет участі", "Культура", "Освіта", "Благоустрій", "Безпека",
  ]
  static let titleHeads = [
    "Ремонт дороги", "Відкриття укриття", "Засідання виконкому", "Конкурс проєктів",
    "Графік прийому",
    "Толока", "Перевірка укриттів", "Оновлення графіка", "Збори мешканців", "Відключення води",
    "Концерт", "Запис до гуртків", "Прибирання парку", "Громадські слухання",
  ]
  static let places = [
    "на вулиці Соборній", "у Крутоярці", "у Нових Вербах", "у Степовому Полі", "в ЦНАП",
    "у будинку культури", "біля школи № 2", "на площі Незалежності", "у міській бібліотеці",
  ]
  static let titleTails = [
    "що потрібно знати", "зміни для мешканців", "запрошуємо всіх охочих", "оновлено", "результати",
  ]
  static let streets = ["Соборна", "Козацька", "Шкільна", "Вербова", "Миру", "Садова", "Степова"]
  static let vocabulary = [
    "громада", "мешканці", "рада", "вулиця", "ремонт", "укриття", "школа", "бібліотека", "проєкт",
    "бюджет", "голосування", "заява", "послуга", "довідка", "документи", "термін", "староста",
    "округ", "дорога", "освітлення", "тротуар", "парк", "сквер", "водогін", "колодязь", "зупинка",
    "автобус", "розклад", "графік", "прийом", "засідання", "рішення", "виконком", "депутати",
    "волонтери", "толока", "дерева", "лавки", "майданчик", "діти", "молодь", "пенсіонери",
    "ветерани", "центр", "культура", "концерт", "виставка", "свято", "зима", "опалення", "котельня",
    "енергія", "генератор", "світло", "вода", "каналізація", "сміття", "контейнери", "вивезення",
    "тарифи", "оплата", "кошти", "фонд", "грант", "партнери", "звіт", "план", "стратегія",
    "розвиток", "безпека", "поліція", "рятувальники", "медицина", "амбулаторія", "лікар",
    "щеплення", "аптека", "транспорт", "ринок", "підприємці", "робота", "навчання", "курси",
    "консультація", "телефон", "адреса", "кабінет", "понеділок", "середа", "п'ятниця", "щодня",
    "запрошуємо", "повідомляємо", "нагадуємо", "просимо", "дякуємо", "триває", "завершено",
    "розпочато", "оновлено", "відкрито", "заплановано", "безоплатно", "обов'язково", "вчасно",
  ]
  static let documentNotes = [
    "Потрібна копія техпаспорта", "Додайте довіреність представника",
    "Бракує квитанції про сплату збору",
  ]
  static let refusals = [
    "Неповний пакет документів", "Заявник не є власником житла",
    "Послуга не належить до повноважень громади",
  ]
}
