/// Orders a game's questions so that kinds alternate: never more than `longestRun` of one kind in a row
/// while another kind is left, and two of a kind in a row only when needed; otherwise the priority order.
enum KindArrangement {
  static func arrange(_ list: [Question], longestRun: Int = KindMix.standard.longestRun) -> [Question] {
    var remaining = list
    var counts: [QuestionKind: Int] = [:]
    for question in list { counts[question.kind, default: 0] += 1 }
    var result: [Question] = []
    result.reserveCapacity(list.count)
    var run = 0
    while !remaining.isEmpty {
      let previous = result.last?.kind
      func allowed(_ question: Question) -> Bool {
        let newRun = question.kind == previous ? run + 1 : 1
        guard newRun <= longestRun else { return false }
        var left = counts
        left[question.kind, default: 0] -= 1
        return feasible(left, last: question.kind, run: newRun, longestRun: longestRun)
      }
      let index =
        remaining.firstIndex { $0.kind != previous && allowed($0) } ?? remaining.firstIndex(where: allowed)
        ?? remaining.firstIndex { $0.kind != previous } ?? 0
      let question = remaining.remove(at: index)
      run = question.kind == previous ? run + 1 : 1
      counts[question.kind, default: 0] -= 1
      result.append(question)
    }
    return result
  }

  /// Whether what is left can still be laid out with no run longer than `longestRun`, after a run of `run`
  /// of `last`: each kind needs enough other questions to separate its groups.
  static func feasible(_ counts: [QuestionKind: Int], last: QuestionKind, run: Int, longestRun: Int) -> Bool {
    let total = counts.values.reduce(0, +)
    for (kind, count) in counts where count > 0 {
      let others = total - count
      let room = longestRun * (others + 1) - (kind == last ? run : 0)
      if count > room { return false }
    }
    return true
  }
}
