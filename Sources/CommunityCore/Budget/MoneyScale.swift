/// The integer units an election's money is counted in.
///
/// Amounts become whole numbers of `10^-decimalScale` currency units (the most decimals any
/// amount in the election has). Equal Shares goes one step further and counts in
/// `1 / (voters × 10^decimalScale)`, where every voter's starting share of the budget is whole.
struct MoneyScale: Sendable {
  /// Decimal digits after the point shared by the budget and every cost.
  let decimalScale: Int
  /// `10^decimalScale`.
  let decimalFactor: Int
  /// The budget in `10^-decimalScale` units.
  let budgetUnits: Int
  /// Each project's cost in `10^-decimalScale` units.
  let costUnits: [Int]
  /// The number of ballots, empty ones included; at least 1 so shares stay defined.
  let voters: Int

  /// Scaled values stay below this so sums and Add1 increments cannot overflow `Int`.
  static let limit = 1 << 60

  init(_ election: BudgetElection) {
    let scale = election.projects.map(\.cost.scale).reduce(election.budget.scale, max)
    decimalScale = scale
    var factor = 1
    for _ in 0..<scale { factor *= 10 }
    decimalFactor = factor
    budgetUnits = election.budget.units(atScale: scale) ?? Self.limit
    costUnits = election.projects.map { $0.cost.units(atScale: scale) ?? Self.limit }
    voters = max(1, election.ballots.count)
  }

  /// Refuses elections whose amounts, in Equal Shares units, would not fit comfortably in `Int`.
  static func check(_ election: BudgetElection) throws(BudgetError) {
    let scale = MoneyScale(election)
    let perVoter = limit / scale.voters
    guard scale.budgetUnits < perVoter else {
      throw BudgetError(.amountsTooLarge("budget \(election.budget) for \(scale.voters) voters"))
    }
    for (project, units) in zip(election.projects, scale.costUnits) where units >= perVoter {
      throw BudgetError(.amountsTooLarge("project \(project.id) costs \(project.cost)"))
    }
  }

  /// Turns `units` of `10^-decimalScale` back into an amount.
  func amount(_ units: Int) -> DecimalAmount {
    DecimalAmount(units: units, scale: decimalScale)
  }

  /// Turns an exact count of Equal Shares units (`numerator / denominator` of them) into money.
  func exactAmount(_ numerator: BigInt, over denominator: BigInt = .one) -> ExactAmount {
    ExactAmount(
      numerator: numerator, denominator: denominator.multiplied(by: voters * decimalFactor))
  }
}
