import ArgumentParser
import Foundation
import QuizCore

/// `casequiz review`: the questions due for review, missed ones first; `--missed` drills every question ever
/// missed and not answered right since; `--list` prints the missed questions with their right answers.
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "Review the questions that are due (spaced repetition), or drill the ones you missed.",
    discussion: """
      Examples: casequiz review
                casequiz review --missed --lang es
                casequiz review --list
      """
  )

  @OptionGroup var options: GameOptions

  @Flag(help: "Drill every question ever missed and not answered right since, due or not.")
  var missed = false

  @Flag(help: "Print the missed questions with their right answers instead of playing.")
  var list = false

  func run() throws {
    if list {
      try listMissed()
    } else {
      try GameRunner(options: options, mode: missed ? .missed : .review).run()
    }
  }

  private func listMissed() throws {
    let context = try GameContext.load(dataDir: options.dataDir.path, bankID: options.bank)
    let (_, store) = try GameRunner.openProfile(options, catalog: context.catalog)
    let language = try options.language(
      environment: ProcessInfo.processInfo.environment, saved: store.profile.preferences.language)
    let questions = QuestionGenerator(bank: context.bank, seed: 0).allQuestions()
    let planner = ReviewPlanner(
      profile: store.profile, bank: context.bank.bank.id, questions: questions, scheduler: store.scheduler)
    let missed = planner.missed(now: Date(), filter: try options.filter(for: context.bank))
    let renderer = QuestionRenderer(bank: context.bank, catalog: context.catalog)
    let catalog = context.catalog
    if options.json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      for question in missed {
        let rendered = renderer.render(question, in: language)
        let line = MissedLine(id: question.id.rawValue, kind: question.kind.rawValue, prompt: rendered.prompt, answer: rendered.answer)
        FileHandle.standardOutput.write(try encoder.encode(line) + Data("\n".utf8))
      }
      return
    }
    var lines = [StyledLine(catalog.string("review.listTitle", in: language, count: missed.count), .heading)]
    if missed.isEmpty { lines = [StyledLine(catalog.string("review.listEmpty", in: language), .info)] }
    for question in missed {
      let rendered = renderer.render(question, in: language)
      lines.append(StyledLine("• " + rendered.prompt))
      let answer = GameSession.answerText(rendered)
      for (offset, line) in answer.split(separator: "\n").enumerated() {
        lines.append(StyledLine((offset == 0 ? "  → " : "    ") + line, .right))
      }
    }
    TerminalOutput.live(color: options.color).write(lines)
  }

  struct MissedLine: Encodable {
    var id: String
    var kind: String
    var prompt: String
    var answer: String
  }
}
