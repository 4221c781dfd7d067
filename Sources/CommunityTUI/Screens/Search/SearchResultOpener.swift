import CommunityCore
import Foundation

/// Opens a search result where it lives: the section that owns its kind, with the screen that
/// section itself uses to show one record pushed on top.
///
/// The record is read again through CommunityCore with the viewer's rights, so a result that
/// was deleted or is not the viewer's to see since the search ran opens nothing.
enum SearchResultOpener {
  /// The section a kind of result belongs to.
  static func section(of kind: SearchKind) -> SectionID {
    switch kind {
    case .news: .news
    case .service, .request: .services
    case .proposal: .budget
    case .practice: .practices
    }
  }

  /// The navigation that shows `result`, or a status message when it cannot be shown.
  static func open(_ result: SearchResult, context: AppContext) -> Navigation {
    do {
      guard let screen = try screen(for: result, context: context) else {
        return .status(context.strings["search.gone"])
      }
      return .open(section: section(of: result.kind), screen: screen)
    } catch {
      return .error(context.describe(error))
    }
  }

  private static func screen(for result: SearchResult, context: AppContext) throws
    -> (any Screen)?
  {
    let community = context.community
    switch result.kind {
    case .news:
      let item = try community.newsItem(id: result.id, viewer: context.viewer, now: context.now())
      return item.map { NewsReaderScreen(item: $0, context: context) }
    case .service:
      return try community.service(code: result.id).map {
        ServiceCardScreen(service: $0, context: context)
      }
    case .proposal:
      return try proposal(id: result.id, context: context).map {
        ProposalText.screen($0.proposal, cycle: $0.cycle, context: context)
      }
    case .practice:
      return try community.practice(id: result.id).map {
        PracticeReaderScreen(practice: $0, context: context)
      }
    case .request:
      // "Not found" and "not yours" are one answer here, as in the core: nothing to open.
      let request = try? community.request(number: result.id, viewer: context.viewer)
      return request.map { RequestDetailScreen(request: $0, context: context) }
    }
  }

  /// A proposal by its search id, "cycle/proposal" (proposal ids repeat across cycles); a bare
  /// proposal id is looked up in the cycles newest first.
  private static func proposal(id: String, context: AppContext) throws
    -> (proposal: Proposal, cycle: BudgetCycle)?
  {
    let parts = id.split(separator: "/", maxSplits: 1).map(String.init)
    let proposalID = parts.last ?? id
    for cycle in try context.community.listCycles() where parts.count == 1 || cycle.id == parts[0] {
      let proposals = try context.community.listProposals(cycleID: cycle.id, viewer: context.viewer)
      if let found = proposals.first(where: { $0.id == proposalID }) { return (found, cycle) }
    }
    return nil
  }
}
