import Foundation
import QuizCore

/// What `casequiz profile show` prints: preferences, answers, games and reviews due.
public enum ProfileSummary {
  /// The summary's lines.
  public static func lines(_ session: ProfileSession, now: Date) -> [String] {
    let profile = session.store.profile
    let preferences = profile.preferences
    let stats = Statistics(profile: profile, now: now, calendar: .current)
    let languageName =
      preferences.language.map { session.text("profile.language.\($0.rawValue)") }
      ?? session.text("profile.show.languageAuto")
    var lines = [
      session.text(
        "profile.show.title", ["name": session.store.paths.name.rawValue, "path": session.store.paths.snapshot]),
      session.text("profile.show.language", ["language": languageName]),
      session.text(
        "profile.show.both", ["value": session.text(preferences.showBoth ? "profile.show.yes" : "profile.show.no")]),
      session.text(
        "profile.show.retention", ["percent": Charts.percent(preferences.desiredRetention, in: session.language)]),
    ]
    guard stats.totals.answered > 0 else { return lines + [session.text("profile.show.empty")] }
    let lastPlayed = profile.tallies.last.map { localTime($0.answeredAt) } ?? session.text("profile.show.never")
    lines += [
      session.text(
        "profile.show.answers",
        [
          "count": String(stats.totals.answered), "right": String(stats.totals.right),
          "partial": String(stats.totals.partial), "wrong": String(stats.totals.wrong),
        ]),
      session.text("profile.show.games", ["count": String(stats.totals.sessions), "date": lastPlayed]),
      session.text(
        "profile.show.questions",
        [
          "seen": String(stats.totals.questionsSeen), "missed": String(stats.totals.questionsMissed),
          "due": String(stats.dueNow), "banks": profile.banks.keys.sorted().joined(separator: ", "),
        ]),
    ]
    return lines
  }

  /// `2026-03-01 18:04` in the local time zone.
  public static func localTime(_ date: Date, calendar: Calendar = .current) -> String {
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    func two(_ value: Int?) -> String { String(format: "%02ld", value ?? 0) }
    return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
  }
}
