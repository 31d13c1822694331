import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `casequiz stats`: what the player has done and what is due, as charts or JSON.
struct StatsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "stats",
      abstract: HelpText.t(
        "Show statistics: accuracy by topic, kind and language, scores, streaks, reviews due, most missed."),
      discussion: HelpText.t("Charts use Unicode blocks, or ASCII when the locale is not UTF-8 or TERM=dumb.")
    )
  }

  @OptionGroup var options: CommonOptions
  @OptionGroup var profile: ProfileOption

  func validate() throws { try options.validate(profile) }

  @Option(help: ArgumentHelp(HelpText.t("Only this bank (default: every bank played).")))
  var bank: String?

  @Flag(help: ArgumentHelp(HelpText.t("Print the statistics as one JSON object.")))
  var json = false

  @Option(help: ArgumentHelp(HelpText.t("Use colors: auto, always or never.")))
  var color: ColorChoice = .auto

  func run() throws {
    let session = try ProfileSession.open(common: options, profile: profile, mustExist: true)
    if let bank { try Self.checkBank(bank, session: session) }
    let now = Clock.live.now()
    let banks = bank.map { [$0] } ?? session.store.profile.banks.keys.sorted()
    let content = statsBankContent(banks, session: session)
    var stats = Statistics(
      profile: session.store.profile, bank: bank, topicNames: content.topicNames,
      questionTopics: content.questions.mapValues(\.topic), now: now, calendar: .current)
    stats.mastery = content.mastery(profile: session.store.profile, scheduler: session.store.scheduler, now: now)
    stats.dayStreak = DayStreak(
      activity: session.store.profile.sessions.flatMap { [$0.started, $0.ended] }, now: now,
      utcOffset: TimeZone.current.secondsFromGMT(for: now))
    for index in stats.mostMissed.indices {
      let missed = stats.mostMissed[index]
      stats.mostMissed[index].prompt = content.prompt(missed.question, bank: missed.bank, in: session.language)
      stats.mostMissed[index].answer = content.answer(missed.question, bank: missed.bank, in: session.language)
    }
    if json {
      let data = try ProfileCoding.snapshotEncoder().encode(stats)
      print(String(decoding: data, as: UTF8.self))
      return
    }
    // The same width source as `play` and `study`: on a terminal, bars are sized to its width and any line
    // still longer is wrapped at spaces (never broken mid-word by the terminal); piped output keeps the
    // 80-column layout, unwrapped.
    let output = TerminalOutput.live(color: color)
    var renderer = StatsRenderer(
      text: { key, arguments in session.text(key, arguments) },
      glyphs: ChartGlyphs.detect(environment: ProcessInfo.processInfo.environment), language: session.language,
      barWidth: StatsRenderer.barWidth(columns: output.width ?? 80))
    renderer.columns = output.width
    output.write(StatsRenderer.styled(renderer.lines(stats, profile: profile.profile)))
  }

  /// `--bank` must name a bank of the data folder or one the profile has played (a bank removed since still
  /// has its statistics); anything else is a typo, not an empty table.
  static func checkBank(_ bank: String, session: ProfileSession) throws(CaseQuizError) {
    let store = BankStore()
    let found = session.dataDirectory.map { store.bankFolders(in: $0).map(\.lastPathComponent) } ?? []
    let played = session.store.profile.banks.keys.sorted()
    guard !found.contains(bank) && !played.contains(bank) else { return }
    let known = Array(Set(found + played)).sorted().joined(separator: ", ")
    let name = session.store.paths.name.rawValue
    let error = CaseQuizError(
      "no bank \"\(bank)\" in the data folder or in the profile \"\(name)\""
        + (known.isEmpty ? "" : " (banks: \(known))"),
      key: known.isEmpty ? "error.statsNoBank" : "error.statsNoBankListed",
      ["bank": bank, "profile": name, "banks": known])
    throw CaseQuizError(error.message(catalog: session.catalog, language: session.language))
  }
}
