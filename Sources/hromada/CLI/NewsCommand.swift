import ArgumentParser
import CommunityCore
import Foundation

/// `hromada news …`: read, publish and import community news.
struct NewsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "news", abstract: "Community news.",
    subcommands: [List.self, Show.self, Add.self, Import.self])

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List news, pinned first, newest next.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "How many items.") var limit = 20
    @Option(help: "Only this category.") var category: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
      try runReporting {
        let community = try global.openCommunity()
        let viewer = try global.viewer(in: community)
        let items = try community.listNews(
          NewsQuery(limit: max(0, limit), category: category), viewer: viewer)
        if json { return try Output.json(items) }
        let read = try community.readNewsIDs(items.map(\.id), viewer: viewer)
        Output.table(
          header: ["ID", "DATE", "CATEGORY", "TITLE"],
          rows: items.map { item in
            let marks =
              (item.pinned ? "📌" : "")
              + (viewer.account != nil && !read.contains(item.id) ? "•" : "")
            return [
              item.id, String(item.publishedAt.ISO8601Format().prefix(10)), item.category,
              (marks.isEmpty ? "" : marks + " ") + item.title,
            ]
          })
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show one news item.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The news item's id.") var id: String
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
      try runReporting {
        let community = try global.openCommunity()
        let viewer = try global.viewer(in: community)
        guard let item = try community.newsItem(id: id, viewer: viewer) else {
          throw CLIError("no news item \(id)")
        }
        try community.setRead(true, newsID: id, viewer: viewer)
        if json { return try Output.json(item) }
        Output.line(item.title)
        Output.line("\(item.publishedAt.ISO8601Format()) · \(item.category) · \(item.author)")
        Output.line("")
        Output.line(item.body)
      }
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Publish a news item (officials).")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Title.") var title: String
    @Option(help: "Body text.") var body: String
    @Option(help: "Category.") var category = "Оголошення"
    @Flag(help: "Pin it to the top.") var pinned = false
    @Option(help: "Publication time, ISO 8601 (may be in the future).") var publishAt: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
      try runReporting {
        var publishDate: Date?
        if let publishAt {
          guard let date = ISO8601Parsing.date(publishAt) else {
            throw CLIError("--publish-at: '\(publishAt)' is not an ISO 8601 date or time")
          }
          publishDate = date
        }
        let community = try global.openCommunity()
        let viewer = try global.viewer(in: community)
        let item = try community.publishNews(
          title: title, body: body, category: category, publishAt: publishDate, pinned: pinned,
          viewer: viewer)
        if json { return try Output.json(item) }
        print(item.id)
      }
    }
  }

  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import an RSS 2.0 or Atom 1.0 feed file (officials); known items are skipped.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The feed file.") var file: String

    func run() throws {
      try runReporting {
        let data: Data
        do {
          data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
          throw CLIError("\(file): cannot be read (\(error.localizedDescription))")
        }
        let community = try global.openCommunity()
        let result = try community.importFeed(
          data, source: file, viewer: try global.viewer(in: community))
        print(
          "Imported \(result.added) new item(s), skipped \(result.skipped) already known, from '\(result.feedTitle)'"
        )
      }
    }
  }
}
