import Foundation

/// The first profile schema (version 1), kept only to migrate it.
///
/// Version 1 knew a single bank, so its `questions` were a flat object keyed by question id, with counts but
/// no split by language; the language played was a single preference. Its answer `history` held only
/// whether each answer was right:
///
/// ```json
/// { "schemaVersion": 1, "language": "es", "showBoth": false, "bank": "cassez",
///   "questions": { "<id>": { "attempts": 2, "right": 1, "wrong": 1, "lastAnswer": "…",
///                            "lastAnsweredAt": "…", "card": { … } } },
///   "history": [ { "question": "<id>", "correct": true, "answer": "…", "answeredAt": "…", "session": "s1" } ],
///   "sessions": [ { "id": "s1", "started": "…", "ended": "…", "score": 300, "right": 3, "wrong": 1 } ] }
/// ```
struct ProfileV1: Decodable {
  struct Question: Decodable {
    var attempts: Int?
    var right: Int?
    var wrong: Int?
    var lastAnswer: String?
    var lastAnsweredAt: Date?
    var card: MemoryCard?
  }

  struct Answer: Decodable {
    var question: QuestionID
    var correct: Bool
    var answer: String?
    var answeredAt: Date
    var session: String?
  }

  struct Session: Decodable {
    var id: String?
    var started: Date
    var ended: Date?
    var score: Int?
    var right: Int?
    var wrong: Int?
  }

  var language: Language?
  var showBoth: Bool?
  var bank: String?
  var questions: [String: Question]?
  var history: [Answer]?
  var sessions: [Session]?
}

/// Upgrades profiles written by older schemas.
public enum ProfileMigration {
  /// The bank a version 1 profile belongs to when it does not say: the only bank version 1 shipped.
  public static let v1DefaultBank = "cassez"

  /// Migrates a version 1 profile.
  ///
  /// - Its questions move under their bank (`bank`, or ``v1DefaultBank``), keeping their counts and FSRS card.
  /// - Version 1 kept no counts per language; a player then played in one language at a time, the one stored,
  ///   so every count is attributed to that language (English when none was stored).
  /// - Each history entry becomes an ``AnswerEvent`` (right or wrong, rated Good or Again, no points, kind
  ///   read from the question id, topic left empty for the statistics to fill from the bank).
  /// - A question is still missed if its last history entry was wrong, or, without history, if it was never
  ///   answered right.
  static func migrate(_ old: ProfileV1) -> Profile {
    let bank = old.bank ?? v1DefaultBank
    let language = old.language ?? .en
    var profile = Profile(preferences: Preferences(language: old.language, showBoth: old.showBoth ?? false))
    let answers = (old.history ?? []).map { entry in
      AnswerEvent(
        bank: bank, question: entry.question, kind: entry.question.inferredKind, topic: "", language: language,
        outcome: entry.correct ? .right : .wrong, credit: entry.correct ? 1 : 0, points: 0,
        rating: entry.correct ? .good : .again, input: entry.answer ?? "", answeredAt: entry.answeredAt,
        session: entry.session ?? "v1")
    }.sorted(by: AnswerEvent.precedes)
    var lastOutcome: [QuestionID: AnswerOutcome] = [:]
    for answer in answers { lastOutcome[answer.question] = answer.outcome }
    var progress = BankProgress()
    for (name, question) in old.questions ?? [:] {
      let id = QuestionID(rawValue: name)
      let right = question.right ?? 0
      let wrong = question.wrong ?? 0
      let tally = Tally(attempts: question.attempts ?? right + wrong, right: right, partial: 0, wrong: wrong)
      var record = QuestionRecord(
        kind: id.inferredKind, topic: "", due: question.lastAnsweredAt ?? Date(timeIntervalSince1970: 0))
      record.total = tally
      record[language] = tally
      record.lastAnswer = String((question.lastAnswer ?? "").prefix(AnswerEvent.maximumInputLength))
      record.lastAnsweredAt = question.lastAnsweredAt.map(ProfileCoding.normalized)
      record.lastOutcome = lastOutcome[id]
      record.missedSinceRight = lastOutcome[id].map { $0 != .right } ?? (wrong > 0 && right == 0)
      if let card = question.card { record.card = card }
      progress.questions[id] = record
    }
    if !progress.questions.isEmpty { profile.banks[bank] = progress }
    profile.sessions = (old.sessions ?? []).enumerated().map { index, session in
      let right = session.right ?? 0
      let wrong = session.wrong ?? 0
      return SessionEvent(
        id: session.id ?? "v1-\(index + 1)", bank: bank, language: language, mode: .play, started: session.started,
        ended: session.ended ?? session.started, asked: right + wrong, answered: right + wrong, right: right,
        wrong: wrong, score: session.score ?? 0, bestStreak: 0)
    }.sorted { ($0.started, $0.id) < ($1.started, $1.id) }
    profile.adopt(answers: answers)
    return profile
  }
}
