import CommunityCore
import Foundation

/// Generates a deterministic Ukrainian corpus of news items and practices for the search
/// benchmark, with the ground truth of which documents contain some form of a few words.
///
/// Words come from small paradigms (twelve case forms per noun, agreeing adjectives, verb
/// forms), picked with a Zipf-like skew and a realistic case mix, so most documents contain
/// a word only in inflected forms: exactly what an exact-token index such as FTS5 misses.
/// The same seed gives the same corpus on every machine.
struct SearchCorpusGenerator {
  /// A word and its forms in case order: nominative, genitive, dative, accusative,
  /// instrumental, locative; singular then plural.
  struct Lexeme {
    let lemma: String
    let forms: [String]
    let gender: Character
  }

  /// A generated document with the tracked lexemes it contains.
  struct Item {
    let document: SearchDocument
    /// For each tracked lexeme: 0 absent, 1 only other forms, 2 the lemma itself appears.
    let tracked: [UInt8]
  }

  /// The lexemes whose matches the benchmark counts (the "inflected-form" queries).
  static let trackedLemmas = [
    "громада", "бюджет", "послуга", "проєкт", "рішення", "школа", "дорога", "село",
    "стратегія", "вулиця",
  ]

  let nouns: [Lexeme]
  let adjectives: [String: [String]]
  let verbs: [[String]]
  private let trackedIndex: [String: Int]
  private let formOwner: [String: (lexeme: Int, isLemma: Bool)]
  private let seed: UInt64

  /// Creates a generator; the corpus depends only on `seed`.
  init(seed: UInt64 = 2025) {
    self.seed = seed
    nouns = Vocabulary.nouns()
    adjectives = Vocabulary.adjectives()
    verbs = Vocabulary.verbs()
    var index: [String: Int] = [:]
    for (number, lemma) in Self.trackedLemmas.enumerated() { index[lemma] = number }
    trackedIndex = index
    var owner: [String: (Int, Bool)] = [:]
    for lexeme in nouns {
      guard let tracked = index[lexeme.lemma] else { continue }
      for form in lexeme.forms { owner[form] = (tracked, form == lexeme.lemma) }
    }
    formOwner = owner
  }

  /// Makes document `number`: news items first, then practices.
  func item(_ number: Int, newsCount: Int) -> Item {
    var random = SplitMix64(seed: seed &+ UInt64(number) &* 0x9E37_79B9_7F4A_7C15)
    var tracked = [UInt8](repeating: 0, count: Self.trackedLemmas.count)
    let isNews = number < newsCount
    let titleWords = random.int(in: 4...9)
    let bodyWords = isNews ? random.int(in: 150...400) : random.int(in: 800...2000)
    // A document keeps to a few topic nouns, as real texts do; other nouns appear rarely.
    let topic = (0..<(isNews ? 20 : 40)).map { _ in random.zipf(nouns.count) }
    let title = text(
      words: titleWords, topic: topic, random: &random, tracked: &tracked, sentences: false)
    let body = text(
      words: bodyWords, topic: topic, random: &random, tracked: &tracked, sentences: true)
    let document = SearchDocument(
      kind: isNews ? .news : .practice,
      id: isNews
        ? String(format: "news-%06d", number) : String(format: "practice-%05d", number - newsCount),
      title: title, body: body)
    return Item(document: document, tracked: tracked)
  }

  /// Writes text of about `words` words.
  private func text(
    words: Int, topic: [Int], random: inout SplitMix64, tracked: inout [UInt8], sentences: Bool
  ) -> String {
    var output = ""
    var count = 0
    var sentenceStart = true
    while count < words {
      let phrase = self.phrase(topic: topic, random: &random)
      for word in phrase {
        if let owner = formOwner[word] {
          tracked[owner.lexeme] = max(tracked[owner.lexeme], owner.isLemma ? 2 : 1)
        }
        if !output.isEmpty { output += " " }
        output += sentenceStart ? word.prefix(1).uppercased() + word.dropFirst() : word
        sentenceStart = false
        count += 1
      }
      if sentences && random.int(in: 0...2) == 0 {
        output += random.int(in: 0...5) == 0 ? "," : "."
        sentenceStart = output.hasSuffix(".")
      }
    }
    if sentences && !output.hasSuffix(".") { output += "." }
    return output
  }

  /// A short run of words: an adjective and noun agreeing in case, a verb, function words.
  private func phrase(topic: [Int], random: inout SplitMix64) -> [String] {
    var words: [String] = []
    let slot = Self.caseSlot(random: &random)
    let pick =
      random.int(in: 0...19) == 0
      ? random.zipf(nouns.count) : topic[random.int(in: 0...(topic.count - 1))]
    let noun = nouns[pick]
    if random.int(in: 0...2) > 0, let forms = adjectives[String(noun.gender)] {
      let adjective = forms[random.zipf(forms.count / 12) * 12 + slot]
      words.append(adjective)
    }
    words.append(noun.forms[slot])
    switch random.int(in: 0...9) {
    case 0...3:
      let verb = verbs[random.zipf(verbs.count)]
      words.append(verb[random.int(in: 0...(verb.count - 1))])
    case 4...6:
      words.append(Vocabulary.functionWords[random.zipf(Vocabulary.functionWords.count)])
    case 7:
      words.append(Vocabulary.extras[random.int(in: 0...(Vocabulary.extras.count - 1))])
    case 8:
      words.append(String(random.int(in: 1...2025)))
    default:
      let second = nouns[topic[random.int(in: 0...(topic.count - 1))]]
      words.append(second.forms[1 + 6 * random.int(in: 0...1)])
    }
    return words
  }

  /// Picks a case slot with a realistic skew: nominative and genitive most often.
  private static func caseSlot(random: inout SplitMix64) -> Int {
    let roll = random.int(in: 0...99)
    let singular: Int
    switch roll % 50 {
    case 0..<15: singular = 0
    case 15..<28: singular = 1
    case 28..<31: singular = 2
    case 31..<38: singular = 3
    case 38..<43: singular = 4
    default: singular = 5
    }
    return roll < 70 ? singular : singular + 6
  }
}

extension SearchCorpusGenerator {
  /// A small, fast, seedable PRNG (SplitMix64), so the corpus is the same everywhere.
  struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
      state = seed
    }

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }

    /// A uniform integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
      range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// An index in 0..<count skewed towards 0 (about Zipf with exponent 1).
    mutating func zipf(_ count: Int) -> Int {
      let unit = Double(next() >> 11) / Double(1 << 53)
      let value = Int(exp(unit * log(Double(count) + 1))) - 1
      return min(max(0, value), count - 1)
    }
  }

  /// The benchmark's vocabulary: paradigms built from stems by declension pattern.
  enum Vocabulary {
    /// Frequent short words, most frequent first.
    static let functionWords = [
      "і", "та", "в", "у", "на", "з", "до", "для", "що", "як", "про", "за", "від", "після",
      "через", "під", "також", "ще", "вже", "щоб", "який", "яка", "які", "це", "цей", "ця",
      "було", "буде", "можна", "потрібно", "тому", "сьогодні", "вчора", "разом", "понад", "щодо",
      "завдяки",
    ]

    /// Names, Latin words and words with every apostrophe variant.
    static let extras = [
      "п'ять", "п’ять", "сім'ї", "сімʼї", "об'єкт", "об’єкти", "ЦНАП", "Київ", "Бровари",
      "Фастів", "Ірпінь", "Житомир", "Львів", "грн", "Ґанок", "їдальня", "ґрунтовно",
      "e-services", "online", "budget", "budgets", "Prozorro", "Дія", "Євросоюз",
    ]

    /// Nouns, most frequent first.
    static func nouns() -> [Lexeme] {
      [
        feminine("громад"), masculine("бюджет"), feminine("послуг", alternate: "послуз"),
        masculine("проєкт"), neuter("рішенн"), feminine("школ"),
        feminine("дорог", alternate: "дороз"),
        village("сел", genitivePlural: "сіл"), series("стратег"), soft("вулиц"), feminine("рад"),
        feminine("програм"), masculine("центр"), masculine("документ", genitive: "а"),
        masculine("ремонт"), masculine("майданчик", genitive: "а", locative: "у"),
        feminine("ініціатив"), masculine("депутат", genitive: "а"), neuter("питанн"),
        masculine("район"), series("інформац"), feminine("команд"), masculine("парк"),
        neuter("освітленн"), masculine("результат"), feminine("освіт"), series("територ"),
        masculine("конкурс"), neuter("засіданн"), feminine("культур"), masculine("транспорт"),
        neuter("зверненн"), masculine("маршрут"), series("комісі"), feminine("реформ"),
        masculine("фонд"), village("міст", genitivePlural: "міст"), neuter("управлінн"),
        feminine("бібліотек", alternate: "бібліотец"), masculine("закон"), series("сес"),
        neuter("завданн"), masculine("сквер"), masculine("стадіон"), neuter("оновленн"),
        masculine("автобус", genitive: "а"), series("технолог"), neuter("голосуванн"),
        village("підприємств", genitivePlural: "підприємств"), neuter("опаленн"),
        soft("столиц"), neuter("водопостачанн"), series("енерг"),
      ]
        + [
          "план", "звіт", "захист", "бізнес", "туризм", "спорт", "сервіс", "проспект", "тротуар",
          "концерт", "семінар", "тренінг", "форум", "фасад", "дах", "підвал", "кошторис", "тендер",
          "аукціон", "грант", "кредит", "штраф", "ліцей", "кабінет", "відділ", "департамент",
          "комітет", "офіс", "портал", "сайт", "реєстр", "паспорт", "сертифікат", "диплом",
          "ресурс", "актив", "баланс", "дефіцит", "тариф", "басейн", "спортзал", "мікрорайон",
          "квартал", "вокзал", "аеропорт", "театр", "архів", "медпункт",
        ].map { masculine($0) }
        + [
          "лічильник", "генератор", "трансформатор", "світлофор", "велосипед", "тролейбус",
          "волонтер", "ветеран", "контейнер",
        ].map { masculine($0, genitive: "а") }
        + [
          "зарплат", "виплат", "квот", "нагород", "трас", "огорож", "свердловин", "дамб",
          "клумб", "урн", "пожеж", "охорон", "родин",
        ].map { feminine($0) }
        + [
          ("поліклінік", "поліклініц"), ("аптек", "аптец"), ("допомог", "допомоз"),
          ("ставк", "ставц"), ("виставк", "виставц"), ("зупинк", "зупинц"), ("розмітк", "розмітц"),
          ("лавк", "лавц"), ("безпек", "безпец"),
        ].map { feminine($0.0, alternate: $0.1) }
        + [
          "пенс", "субсид", "стипенд", "прем", "екскурс", "каналізац", "мобілізац", "евакуац",
          "амбулатор",
        ].map { series($0) }
        + [
          "навчанн", "харчуванн", "лікуванн", "прибиранн", "утепленн", "фінансуванн",
          "опитуванн", "звітуванн", "забезпеченн", "підключенн",
          "обслуговуванн", "приміщенн",
        ].map { neuter($0) }
        + [("свят", "свят"), ("вікн", "вікон"), ("озер", "озер"), ("дерев", "дерев")].map {
          village($0.0, genitivePlural: $0.1)
        }
    }

    /// Adjective forms by gender ("m", "f", "n"): twelve forms per adjective, in case order.
    static func adjectives() -> [String: [String]] {
      let stems = [
        "громадськ", "бюджетн", "місцев", "нов", "соціальн", "шкільн", "відкрит", "електронн",
        "комунальн", "сільськ", "молодіжн", "зелен", "безпечн", "культурн", "об'єднан",
        "обʼєднан", "об’єднан", "адміністративн", "інвестиційн", "стратегічн", "енергоефективн",
        "прозор",
      ]
      let plural = ["і", "их", "им", "і", "ими", "их"]
      let endings: [String: [String]] = [
        "m": ["ий", "ого", "ому", "ий", "им", "ому"] + plural,
        "f": ["а", "ої", "ій", "у", "ою", "ій"] + plural,
        "n": ["е", "ого", "ому", "е", "им", "ому"] + plural,
      ]
      return endings.mapValues { forms in stems.flatMap { stem in forms.map { stem + $0 } } }
    }

    /// Verbs as lists of their forms, most frequent first.
    static func verbs() -> [[String]] {
      [
        ["голосувати", "голосує", "голосують", "голосували", "голосувала", "голосував"],
        ["ремонтувати", "ремонтує", "ремонтують", "ремонтували", "відремонтували"],
        ["фінансувати", "фінансує", "фінансують", "профінансували"],
        ["планувати", "планує", "планують", "планували"],
        ["відкрити", "відкрив", "відкрила", "відкрили", "відкриє"],
        ["обговорити", "обговорили", "обговорює", "обговорюють"],
        ["затвердити", "затвердили", "затвердила", "затверджує"],
        ["подати", "подали", "подав", "подає", "подають"],
        ["створити", "створили", "створює", "створюють"],
        ["провести", "провели", "проводить", "проводять"],
        ["розглянути", "розглянули", "розглядає", "розглядають"],
        ["отримати", "отримали", "отримує", "отримують"],
        ["підтримати", "підтримали", "підтримує"],
        ["звернутися", "звернулися", "звертаються"],
        ["займатися", "займається", "займаються"],
      ]
    }

    private static func masculine(
      _ stem: String, genitive: String = "у", locative: String = "і"
    ) -> Lexeme {
      let endings = ["", genitive, "у", "", "ом", locative, "и", "ів", "ам", "и", "ами", "ах"]
      return Lexeme(lemma: stem, forms: endings.map { stem + $0 }, gender: "m")
    }

    private static func feminine(_ stem: String, alternate: String? = nil) -> Lexeme {
      let other = alternate ?? stem
      let forms = [
        stem + "а", stem + "и", other + "і", stem + "у", stem + "ою", other + "і", stem + "и", stem,
        stem + "ам", stem + "и", stem + "ами", stem + "ах",
      ]
      return Lexeme(lemma: stem + "а", forms: forms, gender: "f")
    }

    private static func series(_ stem: String) -> Lexeme {
      let endings = ["ія", "ії", "ії", "ію", "ією", "ії", "ії", "ій", "іям", "ії", "іями", "іях"]
      return Lexeme(lemma: stem + "ія", forms: endings.map { stem + $0 }, gender: "f")
    }

    private static func soft(_ stem: String) -> Lexeme {
      let endings = ["я", "і", "і", "ю", "ею", "і", "і", "ь", "ям", "і", "ями", "ях"]
      return Lexeme(lemma: stem + "я", forms: endings.map { stem + $0 }, gender: "f")
    }

    private static func neuter(_ stem: String) -> Lexeme {
      var forms = ["я", "я", "ю", "я", "ям", "і", "я", "", "ям", "я", "ями", "ях"].map { stem + $0 }
      forms[7] = String(stem.dropLast()) + "ь"
      return Lexeme(lemma: stem + "я", forms: forms, gender: "n")
    }

    private static func village(_ stem: String, genitivePlural: String) -> Lexeme {
      var forms = ["о", "а", "у", "о", "ом", "і", "а", "", "ам", "а", "ами", "ах"].map { stem + $0 }
      forms[7] = genitivePlural
      return Lexeme(lemma: stem + "о", forms: forms, gender: "n")
    }
  }
}
