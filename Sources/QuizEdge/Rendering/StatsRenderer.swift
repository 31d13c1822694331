import QuizCore

/// Writes ``Statistics`` as lines of text: figures, bar charts, a sparkline of scores and a forecast of
/// reviews, with Unicode blocks or ASCII.
public struct StatsRenderer {
  /// The catalog string for a key (in the player's language).
  public var text: (_ key: String, _ arguments: [String: String]) -> String
  /// Blocks or ASCII.
  public var glyphs: ChartGlyphs
  /// The language of dates in labels.
  public var language: Language = .en
  /// The width of a bar, in cells (see ``barWidth(columns:)``).
  public var barWidth = 20
  /// The most session scores drawn in the sparkline (the latest ones).
  public var maximumSparkline = 60
  /// The terminal's width, when the output goes to one: a chart row wider than it is laid out on two or three
  /// lines (name, then bar and figures) rather than wrapped, which would break the bar. `nil`: one line each.
  public var columns: Int? = nil

  public init(
    text: @escaping (_ key: String, _ arguments: [String: String]) -> String, glyphs: ChartGlyphs,
    language: Language = .en, barWidth: Int = 20
  ) {
    self.text = text
    self.glyphs = glyphs
    self.language = language
    self.barWidth = barWidth
  }

  /// The lines for a profile's statistics.
  public func lines(_ stats: Statistics, profile: String) -> [String] {
    var lines = [
      stats.bank.map { text("stats.titleBank", ["name": profile, "bank": $0]) }
        ?? text("stats.title", ["name": profile])
    ]
    guard stats.totals.answered > 0 else {
      return lines + [text("stats.noAnswers", [:])] + mastery(stats) + due(stats)
    }
    let totals = stats.totals
    lines.append(
      text(
        "stats.totals",
        [
          "answered": String(totals.answered), "right": String(totals.right), "partial": String(totals.partial),
          "wrong": String(totals.wrong), "skipped": String(totals.skipped), "points": String(totals.points),
        ]))
    lines.append(
      text(
        "stats.questions",
        [
          "seen": String(totals.questionsSeen), "missed": String(totals.questionsMissed),
          "games": String(totals.sessions),
        ]))
    lines.append("")
    var overall = stats.overall
    overall.name = text("stats.overall", [:])
    lines += table([overall], indent: "")
    lines += section("stats.byTopic", stats.byTopic.map { $0.name.isEmpty ? renamed($0, "stats.unknownTopic") : $0 })
    lines += section("stats.byKind", stats.byKind.map { renamed($0, "kind.\($0.id)") })
    lines += section("stats.byLanguage", stats.byLanguage.map { renamed($0, "profile.language.\($0.id)") })
    lines += mastery(stats)
    lines.append("")
    let scores = stats.sessions.suffix(maximumSparkline).map { Double($0.score) }
    if let last = stats.sessions.last, let best = stats.sessions.map(\.score).max() {
      lines.append(
        text(
          "stats.scores",
          ["sparkline": Charts.sparkline(scores, glyphs: glyphs), "last": String(last.score), "best": String(best)]))
    }
    lines.append(text("stats.streak", ["current": String(stats.currentStreak), "best": String(stats.bestStreak)]))
    if let days = stats.dayStreak {
      lines.append(text("stats.dayStreak", ["current": String(days.current), "longest": String(days.longest)]))
    }
    lines += due(stats)
    if !stats.mostMissed.isEmpty {
      lines += ["", text("stats.mostMissed", [:])]
      // Different facts can share a prompt ("What was she charged with?"): their answers tell them apart.
      let shared = Dictionary(stats.mostMissed.compactMap(\.prompt).map { ($0, 1) }, uniquingKeysWith: +)
      for missed in stats.mostMissed {
        var line = "  " + text("stats.missed", ["wrong": String(missed.wrong), "attempts": String(missed.attempts)])
        line += "  " + (missed.prompt ?? missed.question.rawValue)
        if let prompt = missed.prompt, shared[prompt, default: 0] > 1, let answer = missed.answer {
          line += " → " + answer
        }
        if missed.missedSinceRight { line += "  (" + text("stats.stillMissed", [:]) + ")" }
        lines.append(line)
      }
    }
    return lines
  }

  /// Per bank: how many facts are mastered, being learned and new, then one stacked bar per topic (full cells
  /// mastered, shaded ones being learned), and what "mastered" means.
  public func mastery(_ stats: Statistics) -> [String] {
    var lines: [String] = []
    for bank in stats.mastery where bank.bank.facts > 0 {
      lines += ["", text("stats.masteryBank", arguments(bank.bank, ["bank": bank.bank.name]))]
      let width = bank.topics.map(\.name.count).max() ?? 0
      for topic in bank.topics {
        let share = { (count: Int) in Double(count) / Double(max(1, topic.facts)) }
        let bar = Charts.stackedBar(share(topic.mastered), share(topic.learning), width: barWidth, glyphs: glyphs)
        lines += row(
          indent: "  ", name: topic.name, nameWidth: width, bar: bar, gap: "  ",
          tail: text("stats.masteryRow", arguments(topic, [:])))
      }
    }
    if !lines.isEmpty { lines.append(text("stats.masteryNote", [:])) }
    return lines
  }

  private func arguments(_ counts: Mastery.Counts, _ extra: [String: String]) -> [String: String] {
    [
      "mastered": String(counts.mastered), "learning": String(counts.learning), "new": String(counts.new),
      "facts": String(counts.facts),
    ].merging(extra) { _, new in new }
  }

  private func renamed(_ accuracy: Statistics.Accuracy, _ key: String) -> Statistics.Accuracy {
    var accuracy = accuracy
    accuracy.name = text(key, [:])
    return accuracy
  }

  private func section(_ key: String, _ rows: [Statistics.Accuracy]) -> [String] {
    rows.isEmpty ? [] : [text(key, [:])] + table(rows, indent: "  ")
  }

  /// A forecast day as the player's language writes it short ("Dec 8" / "8 dic"); a day that is not an ISO
  /// date is shown as it is.
  public func forecastLabel(_ day: String) -> String {
    CalendarDate(iso: day).map { DateText.shortDayMonth($0, in: language) } ?? day
  }

  /// The bar width that fits a terminal of `columns`: 20 cells in 80 columns, from 10 to 40 (a name column of
  /// up to 24 cells, the figures and the indent take the rest).
  public static func barWidth(columns: Int) -> Int { min(40, max(10, columns - 60)) }

  /// `name   ███████▌     38%  (13)`, names padded to one column.
  public func table(_ rows: [Statistics.Accuracy], indent: String) -> [String] {
    let width = rows.map { $0.name.count }.max() ?? 0
    return rows.flatMap { accuracy in
      let percent = Charts.percent(accuracy.accuracy, in: language)
      let widest = Charts.percent(1, in: language).count
      let padded = String(repeating: " ", count: max(0, widest - percent.count)) + percent
      return row(
        indent: indent, name: accuracy.name, nameWidth: width,
        bar: Charts.bar(accuracy.accuracy, width: barWidth, glyphs: glyphs), gap: " ",
        tail: "\(padded)  (\(accuracy.answered))")
    }
  }

  /// `name  bar<gap>tail` with the name padded to `nameWidth`, on one line when it fits ``columns``; else the
  /// name on its own line and, indented under it, the bar with the tail beside it, the tail wrapped in its own
  /// column. Every line fits, so the terminal output never wraps a row (which would collapse the bar's spaces).
  func row(indent: String, name: String, nameWidth: Int, bar: String, gap: String, tail: String) -> [String] {
    let padded = name + String(repeating: " ", count: max(0, nameWidth - name.count))
    let line = indent + padded + "  " + bar + gap + tail
    guard let columns, TerminalInfo.displayWidth(line) > columns else { return [line] }
    let lead = indent + "  " + bar + gap
    let room = columns - TerminalInfo.displayWidth(lead)
    guard room >= 12 else { return [indent + name, indent + "  " + bar] + [indent + "  " + tail] }
    let tails = TerminalInfo.displayWidth(tail) <= room ? [tail] : TerminalInfo.wrap(tail, width: room)
    let hanging = String(repeating: " ", count: TerminalInfo.displayWidth(lead))
    return [indent + name] + tails.enumerated().map { ($0.offset == 0 ? lead : hanging) + $0.element }
  }

  /// Reviews due now and today, and one bar per day of the forecast. Nothing when nothing was ever reviewed
  /// (an empty profile has nothing to say here), and a plain sentence rather than zeros when nothing is due.
  public func due(_ stats: Statistics) -> [String] {
    let largest = stats.dueByDay.map(\.count).max() ?? 0
    if stats.dueNow == 0, stats.dueToday == 0, largest == 0, stats.totals.answered == 0 { return [] }
    var lines = [
      "",
      stats.dueNow == 0 && stats.dueToday == 0
        ? text("stats.nothingDue", [:])
        : text("stats.due", ["now": String(stats.dueNow), "today": String(stats.dueToday)]),
    ]
    guard largest > 0 else { return lines }
    lines.append(text("stats.forecast", [:]))
    let today = text("stats.today", [:])
    let labels = stats.dueByDay.map { $0.offset == 0 ? today : forecastLabel($0.day) }
    let width = labels.map(\.count).max() ?? 0
    for (day, label) in zip(stats.dueByDay, labels) {
      let bar = Charts.bar(Double(day.count) / Double(largest), width: barWidth, glyphs: glyphs)
      lines.append(
        "  " + label + String(repeating: " ", count: width - label.count) + "  " + bar + " " + String(day.count))
    }
    return lines
  }
}
