import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// One entry of an RSS 2.0 or Atom 1.0 feed, already reduced to plain, safe text.
package struct FeedEntry: Sendable, Equatable {
  package var title: String
  package var body: String
  package var link: String?
  package var guid: String?
  package var category: String?
  package var published: Date?
}

/// A parsed feed: its title and entries.
package struct Feed: Sendable, Equatable {
  package var title: String
  package var entries: [FeedEntry]
}

/// Why a feed could not be read.
package struct FeedError: Error, Sendable, Equatable, CustomStringConvertible {
  package var source: String
  package var line: Int?
  package var reason: String

  package var description: String {
    "\(source)\(line.map { ":\($0)" } ?? ""): not a readable RSS 2.0 or Atom 1.0 feed: \(reason)"
  }
}

/// Reads RSS 2.0 (`rss/channel/item`) and Atom 1.0 (`feed/entry`) documents.
package enum FeedParser {
  package static func parse(_ data: Data, source: String) throws(FeedError) -> Feed {
    let delegate = FeedXMLDelegate()
    let parser = XMLParser(data: withoutControlCharacters(data))
    parser.delegate = delegate
    parser.shouldProcessNamespaces = false
    guard parser.parse() else {
      let code = (parser.parserError as NSError?)?.code ?? 0
      throw FeedError(
        source: source, line: parser.lineNumber, reason: "malformed XML (parser error \(code))")
    }
    guard delegate.kind != nil else {
      throw FeedError(
        source: source, line: nil, reason: "the root element is neither <rss> nor <feed>")
    }
    let entries = delegate.entries.map { raw in
      FeedEntry(
        title: HTMLText.plain(raw.title, multiline: false),
        body: HTMLText.plain(raw.body.isEmpty ? raw.summary : raw.body, multiline: true),
        link: raw.link.map { HTMLText.plain($0, multiline: false) },
        guid: raw.guid.map { HTMLText.plain($0, multiline: false) },
        category: raw.category.map { HTMLText.plain($0, multiline: false) },
        published: raw.date.flatMap(FeedDates.parse))
    }
    return Feed(title: HTMLText.plain(delegate.feedTitle, multiline: false), entries: entries)
  }
}

/// Removes control characters, raw or as character references (`&#27;`), before parsing:
/// XML forbids them, and a hostile feed uses them to send escape sequences to terminals.
private func withoutControlCharacters(_ data: Data) -> Data {
  let text = String(decoding: data, as: UTF8.self)
  var out = String.UnicodeScalarView()
  var scalars = Array(text.unicodeScalars)[...]
  while let scalar = scalars.first {
    if scalar == "&", scalars.dropFirst().first == "#",
      let end = scalars.prefix(12).firstIndex(of: ";")
    {
      let body = String(String.UnicodeScalarView(scalars[(scalars.startIndex + 2)..<end]))
      let value =
        body.hasPrefix("x") || body.hasPrefix("X")
        ? UInt32(body.dropFirst(), radix: 16) : UInt32(body)
      if let value, let decoded = Unicode.Scalar(value), TextRules.isControl(decoded),
        decoded != "\n", decoded != "\t"
      {
        scalars = scalars[(end + 1)...]
        continue
      }
    }
    if !TextRules.isControl(scalar) || scalar == "\n" || scalar == "\t" || scalar == "\r" {
      out.append(scalar)
    }
    scalars = scalars.dropFirst()
  }
  return Data(String(out).utf8)
}

/// Collects entries while XMLParser walks the document.
private final class FeedXMLDelegate: NSObject, XMLParserDelegate {
  struct RawEntry {
    var title = ""
    var body = ""
    var summary = ""
    var link: String?
    var guid: String?
    var category: String?
    var date: String?
  }

  enum Kind {
    case rss, atom
  }

  var kind: Kind?
  var feedTitle = ""
  var entries: [RawEntry] = []
  private var current: RawEntry?
  private var text = ""
  private var path: [String] = []

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if path.isEmpty { kind = name == "rss" ? .rss : (name == "feed" ? .atom : nil) }
    path.append(name)
    text = ""
    if name == "item" || name == "entry" { current = RawEntry() }
    guard current != nil else { return }
    if name == "link", let href = attributes["href"] {
      let relation = attributes["rel"] ?? "alternate"
      if relation == "alternate" || current?.link == nil { current?.link = href }
    }
    if name == "category", let term = attributes["term"], current?.category == nil {
      current?.category = term
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    text += String(decoding: block, as: UTF8.self)
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
  ) {
    defer {
      path.removeLast()
      text = ""
    }
    let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard var entry = current else {
      if name == "title" && feedTitle.isEmpty && path.count <= 3 { feedTitle = value }
      return
    }
    switch name {
    case "title": entry.title = value
    case "description", "summary": entry.summary = value
    case "content:encoded", "content": entry.body = value
    case "link" where !value.isEmpty: entry.link = value
    case "guid", "id": entry.guid = value
    case "category" where !value.isEmpty: entry.category = entry.category ?? value
    case "pubDate", "published", "dc:date": entry.date = value
    case "updated": entry.date = entry.date ?? value
    case "item", "entry":
      entries.append(entry)
      current = nil
      return
    default: break
    }
    current = entry
  }
}

/// Dates in feeds: RFC 822 in RSS, RFC 3339 in Atom.
enum FeedDates {
  static func parse(_ text: String) -> Date? {
    if let iso = ISO8601Parsing.date(text) { return iso }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    for format in [
      "EEE, dd MMM yyyy HH:mm:ss Z", "dd MMM yyyy HH:mm:ss Z", "EEE, dd MMM yyyy HH:mm Z",
    ] {
      formatter.dateFormat = format
      if let date = formatter.date(from: text) { return date }
    }
    return nil
  }
}
