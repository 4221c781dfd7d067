import Foundation

/// Reduces HTML from a feed to plain text: tags dropped (block tags become line breaks),
/// entities decoded, control characters and escape sequences removed.
package enum HTMLText {
  package static func plain(_ html: String, multiline: Bool) -> String {
    var out = ""
    var index = html.startIndex
    while index < html.endIndex {
      let character = html[index]
      if character == "<", let close = html[index...].firstIndex(of: ">") {
        let tag = html[html.index(after: index)..<close].lowercased()
        let name =
          tag.split(whereSeparator: { $0 == " " || $0 == "/" }).first.map(String.init) ?? ""
        if ["br", "p", "div", "li", "h1", "h2", "h3", "h4", "tr", "blockquote"].contains(name) {
          out += name == "li" && !tag.hasPrefix("/") ? "\n• " : "\n"
        }
        if name == "script" || name == "style", !tag.hasPrefix("/"),
          let end = html.range(
            of: "</\(name)", options: .caseInsensitive, range: close..<html.endIndex)
        {
          index =
            html[end.upperBound...].firstIndex(of: ">").map { html.index(after: $0) }
            ?? html.endIndex
          continue
        }
        index = html.index(after: close)
        continue
      }
      if character == "&", let semicolon = html[index...].prefix(12).firstIndex(of: ";") {
        let entity = String(html[html.index(after: index)..<semicolon])
        if let decoded = decode(entity) {
          out += decoded
          index = html.index(after: semicolon)
          continue
        }
      }
      out.append(character)
      index = html.index(after: index)
    }
    let clean = TextRules.sanitized(out, multiline: multiline)
    if !multiline {
      return clean.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    // Collapse runs of blank lines and trailing spaces that tag removal leaves behind.
    let lines = clean.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
    var result: [String] = []
    for line in lines where !(line.isEmpty && (result.last?.isEmpty ?? true)) {
      result.append(line)
    }
    while result.last?.isEmpty == true { result.removeLast() }
    return result.joined(separator: "\n")
  }

  private static func decode(_ entity: String) -> String? {
    switch entity {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos": return "'"
    case "nbsp": return " "
    case "mdash": return "—"
    case "ndash": return "–"
    case "laquo": return "«"
    case "raquo": return "»"
    case "hellip": return "…"
    case "rsquo": return "’"
    default: break
    }
    let number: UInt32?
    if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
      number = UInt32(entity.dropFirst(2), radix: 16)
    } else if entity.hasPrefix("#") {
      number = UInt32(entity.dropFirst())
    } else {
      number = nil
    }
    return number.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
  }
}
