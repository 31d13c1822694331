import Foundation
import QuizCore

/// A profile of `questionCount` questions of one bank, each answered `answersPerQuestion` times over the past
/// year, in games of 20 answers: what a player who has played that much has on disk.
///
/// The questions are the bank's own first, then the ids a bank of copied cases would give them (`<fact>-c<k>`,
/// as `bench-bank` names the copies): all under the played bank's id, so the bank's record dictionary has
/// `questionCount` entries and answering costs what it would cost on such a bank, while the game itself starts
/// on the real (small) bank. Records are built by replaying each question's answers through the scheduler,
/// exactly as folding the events would, without folding a million events one at a time.
enum ProfileFixture {
  static func make(
    bankID: String, bankQuestions: [Question], questionCount: Int, answersPerQuestion: Int, now: Date
  ) -> Profile {
    var ids: [(id: QuestionID, kind: QuestionKind, topic: String)] = []
    ids.reserveCapacity(questionCount)
    var copy = 0
    while ids.count < questionCount {
      for question in bankQuestions where ids.count < questionCount {
        let id = copy == 0 ? question.id : QuestionID(rawValue: copiedID(question.id.rawValue, copy: copy))
        ids.append((id, question.kind, question.topic))
      }
      copy += 1
    }

    // Answers spread over the year before `now`, question after question within each round, so that a game of
    // 20 answers takes about 10 minutes and every question is answered once per round.
    let rounds = answersPerQuestion
    let total = questionCount * rounds
    let span: Double = 365 * 86_400
    let step = span / Double(total)
    let start = now.addingTimeInterval(-span - 86_400)
    var answers: [AnswerEvent] = []
    answers.reserveCapacity(total)
    var sessions: [SessionEvent] = []
    var rng = SplitMix64(seed: 42)
    var sessionID = ""
    for index in 0..<total {
      let question = ids[index % questionCount]
      let at = start.addingTimeInterval(Double(index) * step)
      if index % 20 == 0 {
        sessionID = "fixture-\(index / 20)"
        sessions.append(
          SessionEvent(
            id: sessionID, bank: bankID, language: index % 40 == 0 ? .es : .en, mode: .play, started: at,
            ended: at.addingTimeInterval(step * 20), asked: 20, answered: 20, right: 14, wrong: 6, score: 1400,
            bestStreak: 5))
      }
      let roll = Double.random(in: 0..<1, using: &rng)
      let outcome: AnswerOutcome = roll < 0.7 ? .right : .wrong
      let rating: Rating = outcome == .right ? (roll < 0.1 ? .easy : .good) : .again
      answers.append(
        AnswerEvent(
          bank: bankID, question: question.id, kind: question.kind, topic: question.topic,
          language: index % 40 < 20 ? .es : .en, outcome: outcome, credit: outcome == .right ? 1 : 0,
          points: outcome == .right ? 100 : 0, rating: rating, input: outcome == .right ? "Florence Cassez" : "no idea",
          answeredAt: at, elapsed: 4.2, session: sessionID))
    }
    answers.sort(by: AnswerEvent.precedes)

    let scheduler = Scheduler()
    var byQuestion: [QuestionID: [AnswerEvent]] = [:]
    byQuestion.reserveCapacity(questionCount)
    for answer in answers { byQuestion[answer.question, default: []].append(answer) }
    var records: [QuestionID: QuestionRecord] = [:]
    records.reserveCapacity(questionCount)
    for (id, history) in byQuestion {
      records[id] = QuestionRecord.replaying(history, scheduler: scheduler)
    }

    var profile = Profile()
    profile.banks[bankID] = BankProgress(questions: RecordTable(records))
    profile.sessions = sessions
    // The answers become the profile's unwritten history and its tallies; `main` writes them to the history
    // file, as a compaction would.
    profile.adopt(answers: answers)
    return profile
  }

  /// `florence-arrested-on.date` → `florence-arrested-on-c3.date`; timelines get every fact renamed.
  static func copiedID(_ id: String, copy: Int) -> String {
    if id.hasPrefix("timeline("), id.hasSuffix(")") {
      let facts = id.dropFirst("timeline(".count).dropLast().split(separator: ",")
      return "timeline(" + facts.map { "\($0)-c\(copy)" }.joined(separator: ",") + ")"
    }
    guard let dot = id.firstIndex(of: ".") else { return "\(id)-c\(copy)" }
    return "\(id[..<dot])-c\(copy)\(id[dot...])"
  }
}
