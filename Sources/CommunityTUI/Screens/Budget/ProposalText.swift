import CommunityCore

/// A proposal's full text as a reader page: cost, category, district and status above it, the
/// votes once counted, and the reason if it was rejected.
enum ProposalText {
  static func screen(_ proposal: Proposal, cycle: BudgetCycle, context: AppContext) -> any Screen {
    let strings = context.strings
    let district = cycle.districts.first { $0.id == proposal.district }?.name
    var facts = [
      ([Hryvnias.text(proposal.cost), proposal.category] + [district].compactMap { $0 }
        + [strings["proposal.\(proposal.status.rawValue)"]]).joined(separator: " · ")
    ]
    if let votes = proposal.votes { facts.append(strings.format("budget.votes", votes)) }
    if let reason = proposal.rejectionReason {
      facts.append(strings.format("budget.rejectedBecause", reason))
    }
    return TextDetailScreen(
      heading: proposal.title, facts: facts,
      body: (proposal.summary.isEmpty ? "" : proposal.summary + "\n\n") + proposal.description,
      context: context)
  }
}
