import Foundation

extension Statistics {
  /// The most-missed list: one line per question as the player sees it, most wrong answers first.
  ///
  /// The typed and the multiple-choice question of a fact (and its number or date question) show the same
  /// prompt, so they are one line (the play test saw the same prompt twice). A true-or-false statement, a
  /// timeline and the inverse question stay lines of their own.
  ///
  /// A line counts every answer given to the prompt, in whatever form: its wrong answers and its attempts
  /// cover all of its forms, those never missed included (a fact missed once typed and answered right three
  /// times among options is "1 of 4 wrong", not "1 of 1"). It is still missed when the last answer given to
  /// the prompt, in any form, was not right: a right answer among options after a wrong typed one means the
  /// player knew it last time they were asked.
  static func mostMissed(
    _ records: [(String, QuestionID, QuestionRecord)], questionTopics: [QuestionID: String], limit: Int
  ) -> [MissedQuestion] {
    var groups: [String: [(String, QuestionID, QuestionRecord)]] = [:]
    for record in records {
      groups[record.0 + "\u{1F}" + record.1.askedAs, default: []].append(record)
    }
    let lines = groups.values.compactMap { members -> MissedQuestion? in
      guard members.contains(where: { $0.2.total.wrong > 0 }) else { return nil }
      // The member missed most names the line (its kind and prompt); ties go to the smaller id.
      let sorted = members.sorted { lhs, rhs in
        lhs.2.total.wrong != rhs.2.total.wrong ? lhs.2.total.wrong > rhs.2.total.wrong : lhs.1 < rhs.1
      }
      let (bank, id, record) = sorted[0]
      // The member answered last, in fold order (its time, then its session); on a full tie a right answer
      // wins, so a line is never called still missed on a coin toss.
      let latest = members.max { lhs, rhs in
        let left = (lhs.2.lastAnsweredAt ?? .distantPast, lhs.2.lastSession ?? "")
        let right = (rhs.2.lastAnsweredAt ?? .distantPast, rhs.2.lastSession ?? "")
        if left != right { return left < right }
        if lhs.2.missedSinceRight != rhs.2.missedSinceRight { return lhs.2.missedSinceRight }
        return lhs.1 > rhs.1
      }
      return MissedQuestion(
        bank: bank, question: id, questions: members.map(\.1).sorted(), kind: record.kind,
        topic: record.topic.isEmpty ? questionTopics[id] ?? "" : record.topic,
        wrong: members.reduce(0) { $0.saturatingAdding($1.2.total.wrong) },
        attempts: members.reduce(0) { $0.saturatingAdding($1.2.total.attempts) },
        missedSinceRight: latest?.2.missedSinceRight ?? false, lastAnswer: latest?.2.lastAnswer ?? "",
        lastAnsweredAt: latest?.2.lastAnsweredAt, prompt: nil)
    }
    return lines.sorted { l, r in
      if l.wrong != r.wrong { return l.wrong > r.wrong }
      if l.missedSinceRight != r.missedSinceRight { return l.missedSinceRight }
      if l.attempts != r.attempts { return l.attempts < r.attempts }
      return (l.bank, l.question) < (r.bank, r.question)
    }
    .prefix(max(0, limit)).map { $0 }
  }
}

extension Statistics {
  /// The questions still missed, by the rule of the most-missed lines: a question missed and not answered
  /// right since is no longer still missed once another form of its prompt (typed, choice, number, date) was
  /// answered right after it.
  static func stillMissedCount(_ records: [(String, QuestionID, QuestionRecord)]) -> Int {
    var lastRight: [String: (Date, String)] = [:]
    for (bank, id, record) in records where !record.missedSinceRight && record.lastOutcome == .right {
      let key = bank + "\u{1F}" + id.askedAs
      let when = (record.lastAnsweredAt ?? .distantPast, record.lastSession ?? "")
      if let known = lastRight[key], known >= when { continue }
      lastRight[key] = when
    }
    return records.filter { bank, id, record in
      guard record.missedSinceRight else { return false }
      guard let right = lastRight[bank + "\u{1F}" + id.askedAs] else { return true }
      return (record.lastAnsweredAt ?? .distantPast, record.lastSession ?? "") > right
    }.count
  }
}

extension QuestionID {
  /// What the question asks, whatever the form of the answer: the id without its kind when the kind is one of
  /// the forms of the same prompt (typed, choice, number, date); the whole id for a true-or-false statement, a
  /// timeline, or an id that names no kind.
  var askedAs: String {
    guard !rawValue.hasPrefix("timeline(") else { return rawValue }
    var parts = rawValue.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard parts.count >= 2, let kind = QuestionKind(rawValue: parts[1]) else { return rawValue }
    switch kind {
    case .typed, .choice, .number, .date:
      parts.remove(at: 1)
      return parts.joined(separator: ".")
    case .truefalse, .timeline:
      return rawValue
    }
  }
}
