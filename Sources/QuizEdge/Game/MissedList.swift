import Foundation
import QuizCore

extension GameRunner {
  /// `review --list`: prints the missed questions with their right answers instead of playing, as styled
  /// lines or, with `--json`, one JSON object per question.
  public func listMissed() throws {
    let setup = try setUp()
    let (context, language) = (setup.context, setup.language)
    let questions = QuestionGenerator(bank: context.bank, seed: 0).allQuestions()
    let planner = ReviewPlanner(
      profile: setup.profile.profile(), bank: context.bank.bank.id, questions: questions,
      scheduler: setup.profile.scheduler())
    let missed = planner.missed(now: clients.clock.now(), filter: setup.filter)
    let renderer = QuestionRenderer(bank: context.bank, catalog: context.catalog)
    let catalog = context.catalog
    if options.json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      for question in missed {
        let rendered = renderer.render(question, in: language)
        let line = MissedLine(
          id: question.id.rawValue, kind: question.kind.rawValue, prompt: rendered.prompt, answer: rendered.answer)
        clients.output.write(try encoder.encode(line) + Data("\n".utf8))
      }
      return
    }
    var lines = [StyledLine(catalog.string("review.listTitle", in: language, count: missed.count), .heading)]
    if missed.isEmpty {
      // "Everything you missed has been answered right since" is only true of a player who missed something.
      let key = Self.everMissed(questions, setup: setup) ? "review.listEmpty" : "review.neverMissed"
      lines = [StyledLine(catalog.string(key, in: language), .info)]
    }
    for question in missed {
      let rendered = renderer.render(question, in: language)
      lines.append(StyledLine("• " + rendered.prompt))
      let answer = GameSession.answerText(rendered)
      for (offset, line) in answer.split(separator: "\n").enumerated() {
        lines.append(StyledLine((offset == 0 ? "  → " : "    ") + line, .right))
      }
    }
    clients.terminal(color: options.color).write(lines)
  }

  /// Whether the profile ever missed (or got partly right) one of these questions that the filter allows.
  static func everMissed(_ questions: [Question], setup: Setup) -> Bool {
    let profile = setup.profile.profile()
    let bank = setup.context.bank.bank.id
    return questions.contains { question in
      guard setup.filter.allows(question), let record = profile.record(bank: bank, question: question.id) else {
        return false
      }
      return record.total.wrong + record.total.partial > 0
    }
  }

  /// One line of `review --list --json`.
  public struct MissedLine: Encodable {
    public var id: String
    public var kind: String
    public var prompt: String
    public var answer: String
  }
}
