/// Builds timeline questions: three to five dated events, shown out of order, to put in order.
///
/// Only events whose dates can be told apart are grouped ("2005" and "December 8, 2005" cannot), and only
/// facts whose relation names its event in both languages take part.
struct TimelineBuilder: Sendable {
  /// The fewest and most events in one timeline.
  static let sizes = 3...5

  let bank: BankIndex
  let seed: UInt64

  /// The dated facts that can appear on a timeline, in chronological order.
  func datedEvents() -> [(fact: Fact, date: CalendarDate)] {
    var events: [(fact: Fact, date: CalendarDate)] = []
    for fact in bank.bank.facts {
      guard let date = bank.eventDate(of: fact), let relation = bank.relation(fact.relation),
        relation.templates.en.event != nil, relation.templates.es.event != nil
      else { continue }
      events.append((fact, date))
    }
    return events.sorted { $0.date < $1.date || ($0.date == $1.date && $0.fact.id < $1.fact.id) }
  }

  /// Whether two dates are in a known order at the coarser of their precisions.
  static func distinguishable(_ a: CalendarDate, _ b: CalendarDate) -> Bool {
    let precision = min(a.precision, b.precision)
    return a.truncated(to: precision) != b.truncated(to: precision)
  }

  /// The events kept for timelines: precise dates first, so that "December 8, 2005" wins over a fact that only
  /// says "2005", and each event only if it can be told apart from every event kept before it.
  ///
  /// Events come by precision, most precise first, so an event kept earlier is at least as precise as the one
  /// being considered, and the two cannot be told apart exactly when the earlier one, cut to the later one's
  /// precision, is the later one's date. Keeping every cut of every kept event in a set makes that one lookup
  /// instead of a comparison with every kept event.
  static func distinguishableEvents(_ dated: [(fact: Fact, date: CalendarDate)]) -> [(fact: Fact, date: CalendarDate)] {
    let byPrecision = dated.enumerated().sorted {
      ($1.element.date.precision, $0.offset) < ($0.element.date.precision, $1.offset)
    }.map(\.element)
    var kept: [(fact: Fact, date: CalendarDate)] = []
    var cuts: Set<Int> = []
    for event in byPrecision {
      guard !cuts.contains(Self.number(event.date)) else { continue }
      kept.append(event)
      for precision in CalendarDate.Precision.allCases where precision <= event.date.precision {
        cuts.insert(Self.number(event.date.truncated(to: precision)))
      }
    }
    return kept
  }

  /// A date as one number, different for every date and precision (`2005`, `2005-12` and `2005-12-08` are
  /// 20050000, 20051200 and 20051208), so sets of dates are sets of `Int`.
  static func number(_ date: CalendarDate) -> Int {
    date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0)
  }

  /// The most events for which every combination is a timeline; above it, only consecutive windows, so a
  /// large bank yields a number of timelines that grows linearly.
  static let allCombinationsUpTo = 8

  /// The index groups of timelines over `count` events in order: every combination of three to five events
  /// when there are few, consecutive windows otherwise.
  static func groups(count: Int) -> [[Int]] {
    var groups: [[Int]] = []
    for size in sizes where size <= count {
      if count <= allCombinationsUpTo {
        groups += combinations(of: size, from: Array(0..<count))
      } else {
        groups += (0...(count - size)).map { Array($0..<($0 + size)) }
      }
    }
    return groups
  }

  private static func combinations(of size: Int, from items: [Int]) -> [[Int]] {
    guard size > 0 else { return [[]] }
    guard items.count >= size, let first = items.first else { return [] }
    let rest = Array(items.dropFirst())
    return combinations(of: size - 1, from: rest).map { [first] + $0 } + combinations(of: size, from: rest)
  }

  /// The timelines: groups of three, four and five events over the events that can be told apart, each
  /// shown in an order that is not already the right one.
  func timelines() -> [Question] {
    var events = Self.distinguishableEvents(datedEvents())
    events.sort { $0.date < $1.date }
    guard events.count >= Self.sizes.lowerBound else { return [] }
    var questions: [Question] = []
    var seen: Set<String> = []
    for window in Self.groups(count: events.count) {
      let group = window.map { events[$0] }
      let rightOrder = group.map(\.fact.id)
      let id = QuestionID(facts: rightOrder, kind: .timeline)
      guard seen.insert(id.rawValue).inserted else { continue }
      var rng = SplitMix64(seed: seed, salt: id.rawValue)
      var shown = rightOrder
      repeat { shown.shuffle(using: &rng) } while shown == rightOrder
      questions.append(
        Question(
          id: id, kind: .timeline, direction: .forward, facts: shown, topic: group[0].fact.topic,
          answer: .truth(true), rightOrder: rightOrder, topics: Set(group.map(\.fact.topic))))
    }
    return questions
  }
}
