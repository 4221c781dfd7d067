import CommunityCore

extension BudgetCycle {
  /// The cycle's name in the interface language: the English name where one was given.
  func name(in strings: Strings) -> String {
    strings.language == "en" ? (nameEn ?? name) : name
  }
}
