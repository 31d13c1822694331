import ArgumentParser
import Foundation
import QuizCore

/// `casequiz stats`: what the player has done and what is due, as charts or JSON.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Show statistics: accuracy by topic, kind and language, scores, streaks, reviews due, most missed.",
    discussion: "Charts use Unicode blocks, or ASCII when the locale is not UTF-8 or TERM=dumb."
  )

  @OptionGroup var options: CommonOptions
  @OptionGroup var profile: ProfileOption

  @Option(help: "Only this bank (default: every bank played).")
  var bank: String?

  @Flag(help: "Print the statistics as one JSON object.")
  var json = false

  func run() throws {
    let session = try ProfileSession.open(common: options, profile: profile)
    let now = Date()
    let banks = bank.map { [$0] } ?? session.store.profile.banks.keys.sorted()
    let content = Self.bankContent(banks, session: session)
    var stats = Statistics(
      profile: session.store.profile, bank: bank, topicNames: content.topicNames,
      questionTopics: content.questions.mapValues(\.topic), now: now, calendar: .current)
    for index in stats.mostMissed.indices {
      let missed = stats.mostMissed[index]
      stats.mostMissed[index].prompt = content.prompt(missed.question, bank: missed.bank, in: session.language)
    }
    if json {
      let data = try ProfileCoding.snapshotEncoder().encode(stats)
      print(String(decoding: data, as: UTF8.self))
      return
    }
    // Bars fit the terminal; piped output keeps the 80-column layout.
    let columns = TerminalInfo.isTTY(STDOUT_FILENO) ? TerminalInfo.width() : 80
    let renderer = StatsRenderer(
      text: { key, arguments in session.text(key, arguments) },
      glyphs: ChartGlyphs.detect(environment: ProcessInfo.processInfo.environment), language: session.language,
      barWidth: StatsRenderer.barWidth(columns: columns))
    for line in renderer.lines(stats, profile: profile.profile) { print(TerminalInfo.sanitize(line)) }
  }

  /// What the statistics need from the banks: topic names, each question's topic, and prompts.
  struct BankContent {
    var topicNames: [String: String] = [:]
    var questions: [QuestionID: Question] = [:]
    var renderers: [String: QuestionRenderer] = [:]
    var questionsByBank: [String: [QuestionID: Question]] = [:]

    /// The question's prompt in a language, or `nil` when its bank is not available.
    func prompt(_ id: QuestionID, bank: String, in language: Language) -> String? {
      guard let renderer = renderers[bank], let question = questionsByBank[bank]?[id] else { return nil }
      return renderer.render(question, in: language).prompt
    }
  }

  /// Loads the banks that can be found; a bank that cannot is skipped (its ids show instead of its prompts).
  static func bankContent(_ ids: [String], session: ProfileSession) -> BankContent {
    var content = BankContent()
    for id in ids {
      guard let context = try? GameContext.load(dataDir: session.dataDirectory?.path, bankID: id) else { continue }
      for topic in context.bank.bank.topics { content.topicNames[topic.id] = topic.name[session.language] }
      let questions = QuestionGenerator(bank: context.bank).allQuestions()
      let byID = Dictionary(questions.map { ($0.id, $0) }) { first, _ in first }
      content.questionsByBank[id] = byID
      content.questions.merge(byID) { first, _ in first }
      content.renderers[id] = QuestionRenderer(bank: context.bank, catalog: context.catalog)
    }
    return content
  }
}
