/// The decisions of a run made with `trackHorizon`, enough for a run at a larger share to take
/// over the rounds they prove unchanged there.
struct EqualSharesPrefix: Sendable {
  /// The initial share the run started with, in Equal Shares units.
  var share: Int
  /// The project bought in each round (free projects not included).
  var winners: [Int]
  /// For each round, how far the share can rise with its decisions unchanged (given those of
  /// the rounds before).
  var roundLimits: [Double]
  /// The projects found unaffordable in each round, as in `EqualSharesRun.dropped`.
  var dropped: [Int32]
  var droppedEnd: [Int]
}

extension EqualSharesRun {
  /// The decisions of the last run, for replaying at a larger share.
  var prefix: EqualSharesPrefix {
    EqualSharesPrefix(
      share: share, winners: Array(selected.dropFirst(instance.freeProjects.count)),
      roundLimits: roundLimits, dropped: dropped, droppedEnd: droppedEnd)
  }

  /// Buys the winners of `prefix`'s first rounds, as long as the share has risen by less than
  /// each round's limit: every decision of those rounds (the winner, who pays in full, which
  /// rivals are out of money) is then proven the same here, so only the winner is evaluated,
  /// to pay for it with this share's money; rivals, the costly part of a round, are not.
  ///
  /// The rounds' limits carry over, lowered by the rise, and the new purchases narrow them
  /// further. Projects are left with their initial price bounds, which hold at any share.
  func replay(_ prefix: EqualSharesPrefix) {
    guard share >= prefix.share, trackHorizon else { return }
    let rise = Double(share - prefix.share)
    for (index, winner) in prefix.winners.enumerated() {
      guard prefix.roundLimits[index] > rise else { break }
      roundLimits.append(prefix.roundLimits[index] - rise)
      let start = index == 0 ? 0 : prefix.droppedEnd[index - 1]
      for project in prefix.dropped[start..<prefix.droppedEnd[index]] {
        active[Int(project)] = false
        dropped.append(project)
      }
      droppedEnd.append(dropped.count)
      let evaluation = evaluate(winner)
      // Money only grows with the share while decisions hold, so the winner stays affordable.
      precondition(evaluation.affordable, "replayed winner \(winner) became unaffordable")
      buy(evaluation)
      round += 1
      replayedRounds += 1
    }
  }
}
