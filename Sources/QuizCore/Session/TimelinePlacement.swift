/// How a timeline answer stands against the right order: the pairs of events in the right order (what its
/// credit counts, see ``AnswerChecker``) and the events in their right place. Said beside a partly right
/// timeline's points, so the player sees why it earned what it did ("2 of 3 pairs in the right order").
public struct TimelinePlacement: Sendable, Equatable, Codable {
  /// The events ordered.
  public var events: Int
  /// The events typed in the position they hold in the right order.
  public var placed: Int
  /// The pairs of events (`events × (events − 1) / 2`).
  public var pairs: Int
  /// The pairs typed in the right order.
  public var pairsInOrder: Int

  /// Creates a placement.
  public init(events: Int, placed: Int, pairs: Int, pairsInOrder: Int) {
    self.events = events
    self.placed = placed
    self.pairs = pairs
    self.pairsInOrder = pairsInOrder
  }

  /// The placement of `input` (the letters of a timeline's events, earliest first, in any spacing or
  /// punctuation) for a timeline question; `nil` for another kind or for input that is not each letter once.
  public init?(input: String, question: Question) {
    guard question.kind == .timeline else { return nil }
    let count = question.facts.count
    let letters = (0..<count).map { AnswerChecker.letter($0) }
    var chosen: [Int] = []
    for character in input.lowercased() where character.isLetter || character.isNumber {
      guard let index = letters.firstIndex(of: String(character)) else { return nil }
      chosen.append(index)
    }
    guard chosen.count == count, Set(chosen).count == count else { return nil }
    var rank: [String: Int] = [:]
    for (position, fact) in question.rightOrder.enumerated() where rank[fact] == nil { rank[fact] = position }
    let ranks = chosen.map { rank[question.facts[$0]] ?? Int.max }
    var pairs = 0
    var inOrder = 0
    for first in ranks.indices {
      for second in ranks.indices where second > first {
        pairs += 1
        if ranks[first] < ranks[second] { inOrder += 1 }
      }
    }
    let placed = ranks.enumerated().filter { $0.offset == $0.element }.count
    self.init(events: count, placed: placed, pairs: pairs, pairsInOrder: inOrder)
  }
}
