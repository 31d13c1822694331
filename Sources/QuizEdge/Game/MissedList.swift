import Foundation
import QuizCore

extension GameRunner {
  /// `review --list`: prints the missed questions with their right answers instead of playing, as styled
  /// lines or, with `--json`, one JSON object per question. With the bank left to the default rule (no
  /// `--bank`, no `CASEQUIZ_BANK`) and no `--topic`, it covers every installed bank the profile has played,
  /// grouped by bank under its title; otherwise the one bank.
  public func listMissed() throws {
    let setup = try setUp()
    let (context, language) = (setup.context, setup.language)
    let now = clients.clock.now()
    var banks = [
      ReviewableBank(context: context, questions: QuestionGenerator(bank: context.bank, seed: 0).allQuestions())
    ]
    let everyBank = bankIsImplicit && options.topics.isEmpty
    if everyBank { banks += reviewableBanks(profile: setup.profile.profile(), except: context.bank.bank.id) }
    var groups: [(bank: ReviewableBank, filter: QuestionFilter, missed: [Question])] = []
    for bank in banks {
      let planner = ReviewPlanner(
        profile: setup.profile.profile(), bank: bank.id, questions: bank.questions,
        scheduler: setup.profile.scheduler())
      let filter = bank.id == context.bank.bank.id ? setup.filter : try options.filter(for: bank.context.bank)
      groups.append((bank, filter, planner.missed(now: now, filter: filter)))
    }
    let catalog = context.catalog
    if options.json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      for (bank, _, missed) in groups {
        let renderer = QuestionRenderer(bank: bank.context.bank, catalog: catalog)
        for question in missed {
          let rendered = renderer.render(question, in: language)
          let line = MissedLine(
            id: question.id.rawValue, kind: question.kind.rawValue, prompt: rendered.prompt, answer: rendered.answer,
            bank: bank.id)
          clients.output.write(try encoder.encode(line) + Data("\n".utf8))
        }
      }
      return
    }
    let total = groups.reduce(0) { $0 + $1.missed.count }
    var lines = [StyledLine(catalog.string("review.listTitle", in: language, count: total), .heading)]
    if total == 0 {
      // "Everything you missed has been answered right since" is only true of a player who missed something.
      let profile = setup.profile.profile()
      let everMissed = groups.contains {
        Self.everMissed($0.bank.questions, bank: $0.bank.id, filter: $0.filter, profile: profile)
      }
      lines = [StyledLine(catalog.string(everMissed ? "review.listEmpty" : "review.neverMissed", in: language), .info)]
    }
    for (bank, _, missed) in groups where !missed.isEmpty {
      // Grouped by bank when several are listed; one bank needs no heading of its own.
      if groups.count > 1 {
        lines.append(StyledLine(""))
        lines.append(StyledLine("\(bank.context.bank.bank.title[language]) (\(bank.id))", .heading))
      }
      let renderer = QuestionRenderer(bank: bank.context.bank, catalog: catalog)
      for question in missed {
        let rendered = renderer.render(question, in: language)
        lines.append(StyledLine("• " + rendered.prompt))
        let answer = GameSession.answerText(rendered)
        for (offset, line) in answer.split(separator: "\n").enumerated() {
          lines.append(StyledLine((offset == 0 ? "  → " : "    ") + line, .right))
        }
      }
    }
    clients.terminal(color: options.color).write(lines)
  }

  /// Whether the profile ever missed (or got partly right) one of these questions that the filter allows.
  static func everMissed(_ questions: [Question], bank: String, filter: QuestionFilter, profile: Profile) -> Bool {
    questions.contains { question in
      guard filter.allows(question), let record = profile.record(bank: bank, question: question.id) else {
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
    /// The bank the question belongs to.
    public var bank: String
  }
}
