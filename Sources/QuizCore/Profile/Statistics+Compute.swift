import Foundation

extension Statistics {
  /// The number of days ``dueByDay`` covers.
  public static let forecastDays = 14

  /// Computes the statistics of a profile.
  ///
  /// - Parameters:
  ///   - profile: the profile.
  ///   - bank: limit everything to one bank id, or `nil` for all banks.
  ///   - topicNames: display names of topic ids (from the bank, in the player's language); ids without one
  ///     show as themselves.
  ///   - questionTopics: topics of question ids, for answers that did not record one (migrated profiles).
  ///   - now: the present instant.
  ///   - calendar: the calendar and time zone that decide where "today" and each following day begin.
  ///   - mostMissedLimit: how many most-missed questions to list.
  public init(
    profile: Profile, bank: String? = nil, topicNames: [String: String] = [:],
    questionTopics: [QuestionID: String] = [:], now: Date, calendar: Calendar, mostMissedLimit: Int = 10
  ) {
    let answers = profile.answers.filter { bank == nil || $0.bank == bank }
    let banks = profile.banks.filter { bank == nil || $0.key == bank }
    self.bank = bank
    generatedAt = now

    var overall = Accuracy(id: "all", name: "all")
    var topics: [String: Accuracy] = [:]
    var kinds: [QuestionKind: Accuracy] = [:]
    var languages: [Language: Accuracy] = [:]
    var totals = Totals()
    var run = 0
    var best = 0
    for event in answers {
      overall.count(event)
      let topic = event.topic.isEmpty ? questionTopics[event.question] ?? "" : event.topic
      topics[topic, default: Accuracy(id: topic, name: topicNames[topic] ?? topic)].count(event)
      kinds[event.kind, default: Accuracy(id: event.kind.rawValue, name: event.kind.rawValue)].count(event)
      languages[event.language, default: Accuracy(id: event.language.rawValue, name: event.language.rawValue)]
        .count(event)
      totals.skipped += event.skipped ? 1 : 0
      totals.hints += event.usedHint ? 1 : 0
      totals.forgiven += event.forgiven && event.isRight ? 1 : 0
      totals.points = totals.points.saturatingAdding(event.points)  // points read from a file may be anything
      run = event.isRight ? run + 1 : 0
      best = max(best, run)
    }
    totals.answered = overall.answered
    totals.right = overall.right
    totals.partial = overall.partial
    totals.wrong = overall.wrong
    let records = banks.flatMap { bank, progress in progress.questions.map { (bank, $0.key, $0.value) } }
    totals.questionsSeen = records.count
    totals.questionsMissed = records.filter { $0.2.missedSinceRight }.count

    self.overall = overall
    byTopic = topics.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    byKind = QuestionKind.allCases.compactMap { kinds[$0] }
    byLanguage = Language.allCases.compactMap { languages[$0] }
    currentStreak = run
    bestStreak = best
    sessions = Self.sessionScores(profile.sessions.filter { bank == nil || $0.bank == bank }, answers: answers)
    totals.sessions = sessions.count
    self.totals = totals

    let dues = records.map(\.2.card.due)
    dueNow = dues.filter { $0 <= now }.count
    dueByDay = Self.forecast(dues, now: now, calendar: calendar)
    dueToday = dueByDay.first?.count ?? 0
    mostMissed = records.filter { $0.2.total.wrong > 0 }
      .sorted { lhs, rhs in
        let (l, r) = (lhs.2, rhs.2)
        if l.total.wrong != r.total.wrong { return l.total.wrong > r.total.wrong }
        if l.missedSinceRight != r.missedSinceRight { return l.missedSinceRight }
        if l.total.attempts != r.total.attempts { return l.total.attempts < r.total.attempts }
        return (lhs.0, lhs.1) < (rhs.0, rhs.1)
      }
      .prefix(max(0, mostMissedLimit))
      .map { bank, id, record in
        MissedQuestion(
          bank: bank, question: id, kind: record.kind,
          topic: record.topic.isEmpty ? questionTopics[id] ?? "" : record.topic, wrong: record.total.wrong,
          attempts: record.total.attempts, missedSinceRight: record.missedSinceRight, lastAnswer: record.lastAnswer,
          lastAnsweredAt: record.lastAnsweredAt, prompt: nil)
      }
  }

  /// The recorded games, plus one per session id that has answers but no record (a game that was killed),
  /// marked interrupted; oldest first.
  static func sessionScores(_ sessions: [SessionEvent], answers: [AnswerEvent]) -> [SessionScore] {
    var scores = sessions.map { session in
      SessionScore(
        id: session.id, bank: session.bank, mode: session.mode, started: session.started, ended: session.ended,
        score: session.score, answered: session.answered, right: session.right, wrong: session.wrong,
        interrupted: session.interrupted)
    }
    let recorded = Set(sessions.map(\.id))
    var orphans: [String: SessionScore] = [:]
    for event in answers where !recorded.contains(event.session) {
      var score =
        orphans[event.session]
        ?? SessionScore(
          id: event.session, bank: event.bank, mode: nil, started: event.answeredAt, ended: event.answeredAt,
          score: 0, answered: 0, right: 0, wrong: 0, interrupted: true)
      score.ended = max(score.ended, event.answeredAt)
      score.started = min(score.started, event.answeredAt)
      score.score = score.score.saturatingAdding(event.points)
      score.answered += 1
      score.right += event.isRight ? 1 : 0
      score.wrong += event.outcome == .wrong ? 1 : 0
      orphans[event.session] = score
    }
    scores += orphans.values
    return scores.sorted { ($0.started, $0.id) < ($1.started, $1.id) }
  }

  /// Counts of due dates per day for ``forecastDays`` days from the start of today; today also counts
  /// everything overdue.
  static func forecast(_ dues: [Date], now: Date, calendar: Calendar) -> [DueDay] {
    let today = calendar.startOfDay(for: now)
    var starts: [Date] = [today]
    for offset in 1...forecastDays {
      let previous = starts[offset - 1]
      starts.append(
        calendar.date(byAdding: .day, value: 1, to: previous) ?? previous.addingTimeInterval(86_400))
    }
    var counts = Array(repeating: 0, count: forecastDays)
    for due in dues where due < starts[forecastDays] {
      var offset = 0
      while offset + 1 < forecastDays, due >= starts[offset + 1] { offset += 1 }
      counts[offset] += 1
    }
    return (0..<forecastDays).map { offset in
      let parts = calendar.dateComponents([.year, .month, .day], from: starts[offset])
      let day = pad(parts.year ?? 0, 4) + "-" + pad(parts.month ?? 0, 2) + "-" + pad(parts.day ?? 0, 2)
      return DueDay(day: day, offset: offset, count: counts[offset])
    }
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}
