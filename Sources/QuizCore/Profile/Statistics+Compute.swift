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
    let tallies = bank.map { profile.banks[$0]?.tallies ?? AnswerTallies() } ?? profile.tallies
    let banks = profile.banks.filter { bank == nil || $0.key == bank }
    self.bank = bank
    generatedAt = now

    func accuracy(_ counts: AnswerCounts, id: String, name: String) -> Accuracy {
      var accuracy = Accuracy(id: id, name: name)
      accuracy.add(counts)
      return accuracy
    }
    let overall = accuracy(tallies.overall, id: "all", name: "all")
    var topics: [String: Accuracy] = [:]
    for (topic, counts) in tallies.topics {
      topics[topic, default: Accuracy(id: topic, name: topicNames[topic] ?? topic)].add(counts)
    }
    // Answers that recorded no topic take their question's, from the bank, in question order (the order
    // does not change counts; credits are summed per question first).
    for (question, counts) in tallies.untopicked.sorted(by: { $0.key < $1.key }) {
      let topic = questionTopics[QuestionID(rawValue: question)] ?? ""
      topics[topic, default: Accuracy(id: topic, name: topicNames[topic] ?? topic)].add(counts)
    }
    let kinds = QuestionKind.allCases.compactMap { kind in
      tallies.kinds[kind.rawValue].map { accuracy($0, id: kind.rawValue, name: kind.rawValue) }
    }
    let languages = Language.allCases.compactMap { language in
      tallies.languages[language.rawValue].map { accuracy($0, id: language.rawValue, name: language.rawValue) }
    }
    var totals = Totals()
    totals.skipped = tallies.skipped
    totals.hints = tallies.hints
    totals.forgiven = tallies.forgiven
    totals.points = tallies.points
    totals.answered = overall.answered
    totals.right = overall.right
    totals.partial = overall.partial
    totals.wrong = overall.wrong
    let records = banks.flatMap { bank, progress in progress.questions.map { (bank, $0.key, $0.value) } }
    totals.questionsSeen = records.count
    totals.questionsMissed = Self.stillMissedCount(records)

    self.overall = overall
    byTopic = topics.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    byKind = kinds
    byLanguage = languages
    currentStreak = tallies.currentStreak
    bestStreak = tallies.bestStreak
    sessions = Self.sessionScores(
      profile.sessions.filter { bank == nil || $0.bank == bank }, orphans: tallies.orphans)
    totals.sessions = sessions.count
    self.totals = totals

    let dues = records.map(\.2.card.due)
    dueNow = dues.filter { $0 <= now }.count
    dueByDay = Self.forecast(dues, now: now, calendar: calendar)
    dueToday = dueByDay.first?.count ?? 0
    mostMissed = Self.mostMissed(records, questionTopics: questionTopics, limit: mostMissedLimit)
  }

  /// The recorded games, plus one per session id that has answers but no record (a game that was killed),
  /// marked interrupted; oldest first.
  static func sessionScores(_ sessions: [SessionEvent], orphans: [String: OrphanSession]) -> [SessionScore] {
    var scores = sessions.map { session in
      SessionScore(
        id: session.id, bank: session.bank, mode: session.mode, started: session.started, ended: session.ended,
        score: session.score, answered: session.answered, right: session.right, wrong: session.wrong,
        interrupted: session.interrupted)
    }
    let recorded = Set(sessions.map(\.id))
    for (id, orphan) in orphans where !recorded.contains(id) {
      scores.append(
        SessionScore(
          id: id, bank: orphan.bank, mode: nil, started: orphan.started, ended: orphan.ended, score: orphan.score,
          answered: orphan.answered, right: orphan.right, wrong: orphan.wrong, interrupted: true))
    }
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
