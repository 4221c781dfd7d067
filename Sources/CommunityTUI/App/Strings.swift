import Foundation

/// The interface text of one language, from a string table in `Resources/strings/`.
///
/// A key missing from the chosen table falls back to Ukrainian, then to the key itself, so a
/// missing translation shows up as a readable key instead of a crash.
package struct Strings: Sendable {
  package let language: String
  private let table: [String: String]
  private let fallback: [String: String]

  package init(language: String, table: [String: String], fallback: [String: String] = [:]) {
    self.language = language
    self.table = table
    self.fallback = fallback
  }

  /// The languages the interface speaks, Ukrainian first.
  package static let languages = ["uk", "en"]

  /// Loads `<language>.json` from `directory`, with Ukrainian as the fallback.
  package static func load(language: String, from directory: URL) throws -> Strings {
    func read(_ name: String) throws -> [String: String] {
      let data = try Data(contentsOf: directory.appendingPathComponent(name + ".json"))
      return try JSONDecoder().decode([String: String].self, from: data)
    }
    let chosen = languages.contains(language) ? language : "uk"
    return Strings(language: chosen, table: try read(chosen), fallback: try read("uk"))
  }

  package subscript(_ key: String) -> String {
    table[key] ?? fallback[key] ?? key
  }

  /// The text for `key`, or `nil` when neither table has it.
  package func optional(_ key: String) -> String? {
    table[key] ?? fallback[key]
  }

  /// The text for `key` with `{0}`, `{1}`… replaced by `arguments`.
  package func format(_ key: String, _ arguments: any CustomStringConvertible...) -> String {
    var text = self[key]
    for (index, argument) in arguments.enumerated() {
      text = text.replacingOccurrences(of: "{\(index)}", with: argument.description)
    }
    return text
  }

  /// The language chosen by `--lang`, else `HROMADA_LANG`, else Ukrainian.
  package static func language(explicit: String?, environment: [String: String]) -> String {
    if let explicit, languages.contains(explicit) { return explicit }
    if let fromEnvironment = environment["HROMADA_LANG"], languages.contains(fromEnvironment) {
      return fromEnvironment
    }
    return "uk"
  }
}
