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

  /// How many times each event is dealt into a timeline: every event appears in about this many timelines, so
  /// a bank has about `passes × events / 4` timelines, never every combination of its events.
  static let passes = 2

  /// The event groups of a bank's timelines, as indices into `count` events in chronological order: each pass
  /// shuffles the events and deals them into groups of three, four and five in turn, so every event appears in
  /// every pass, and a group is dropped when an earlier one has the same events. The last group of a pass, if
  /// too short, borrows events from the start of the pass. The shuffle is seeded from the bank's id, not the
  /// game's seed, so a bank always has the same timelines (their ids are what the profile remembers).
  static func groups(count: Int, bankID: String) -> [[Int]] {
    guard count >= sizes.lowerBound else { return [] }
    var rng = SplitMix64(seed: 0, salt: "timelines:" + bankID)
    var groups: [[Int]] = []
    var seen: Set<[Int]> = []
    var sizeTurn = 0
    for _ in 0..<passes {
      let order = Array(0..<count).shuffled(using: &rng)
      var start = 0
      while start < count {
        let size = min(sizes.lowerBound + sizeTurn % sizes.count, count)
        sizeTurn += 1
        var group = Array(order[start..<min(start + size, count)])
        var borrow = 0
        while group.count < sizes.lowerBound, borrow < count {
          if !group.contains(order[borrow]) { group.append(order[borrow]) }
          borrow += 1
        }
        start += size
        group.sort()
        if seen.insert(group).inserted { groups.append(group) }
      }
    }
    return groups
  }

  /// The timelines: groups of three, four and five events over the events that can be told apart (see
  /// ``groups(count:bankID:)``), each shown in an order that is not already the right one.
  func timelines() -> [Question] {
    var events = Self.distinguishableEvents(datedEvents())
    events.sort { $0.date < $1.date }
    guard events.count >= Self.sizes.lowerBound else { return [] }
    var questions: [Question] = []
    for window in Self.groups(count: events.count, bankID: bank.bank.id) {
      let group = window.map { events[$0] }
      let rightOrder = group.map(\.fact.id)
      let id = QuestionID(facts: rightOrder, kind: .timeline)
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
