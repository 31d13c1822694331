import Foundation

/// The second profile schema (version 2), kept only to migrate it: one JSON document holding the preferences,
/// the records per bank (as objects keyed by question id), the sessions and every answer ever given
/// (`answers`, about 350 bytes each), so its size and load time grew with the number of answers.
///
/// A profile exported by this build (``ProfileDecoding/export(of:answers:)``) also carries `answers`; the
/// schema 3 reader takes them from there.
struct ProfileV2: Decodable {
  struct Bank: Decodable {
    var questions: [String: QuestionRecord]?
  }

  var preferences: Preferences?
  var banks: [String: Bank]?
  var sessions: [SessionEvent]?
  var answers: [AnswerEvent]?
}

extension ProfileMigration {
  /// Migrates a version 2 profile: records, sessions and preferences as they were; the answers become the
  /// profile's ``Profile/newAnswers`` (written to the history file at the next compaction) and its tallies
  /// are counted from them.
  static func migrate(_ old: ProfileV2) -> Profile {
    var profile = Profile(preferences: old.preferences ?? Preferences())
    for (bank, progress) in old.banks ?? [:] {
      var questions: [QuestionID: QuestionRecord] = [:]
      for (id, record) in progress.questions ?? [:] { questions[QuestionID(rawValue: id)] = record }
      profile.banks[bank] = BankProgress(questions: RecordTable(questions))
    }
    profile.sessions = (old.sessions ?? []).sorted { ($0.started, $0.id) < ($1.started, $1.id) }
    profile.adopt(answers: old.answers ?? [])
    return profile
  }
}

extension Profile {
  /// Takes a whole answer history read from an older schema or an export: the answers become
  /// ``newAnswers`` (in fold order), the tallies are counted from them, and each record learns the session of
  /// its last answer (schema 2 did not store it).
  public mutating func adopt(answers: [AnswerEvent]) {
    newAnswers = answers.sorted(by: AnswerEvent.precedes)
    var lastSession: [String: [QuestionID: (Date, String)]] = [:]
    for answer in newAnswers {
      lastSession[answer.bank, default: [:]][answer.question] = (answer.answeredAt, answer.session)
    }
    for (bank, byQuestion) in lastSession {
      for (question, (date, session)) in byQuestion
      where banks[bank]?.questions[question]?.lastAnsweredAt == date
        && banks[bank]?.questions[question]?.lastSession == nil
      {
        banks[bank]?.questions[question]?.lastSession = session
      }
    }
    rebuildTallies(from: newAnswers)
  }
}
