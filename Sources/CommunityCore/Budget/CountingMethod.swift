/// The ways Hromada can decide which projects a participatory budget funds.
package enum CountingMethod: String, Sendable, Codable, CaseIterable {
  /// Most votes first; a project that no longer fits is skipped (pabutools'
  /// `greedy_utilitarian_welfare` with cost satisfaction).
  case greedy
  /// The Method of Equal Shares with cost satisfaction, Add1 as pabutools 1.2.3 runs it, then
  /// greedy completion.
  case equalShares = "equal-shares"
  /// Equal Shares with Add1 as equalshares.net runs it: the voters' money keeps rising for as
  /// long as the outcome stays within the budget.
  case equalSharesNet = "equal-shares-net"
}
