import ArgumentParser
import Foundation
import QuizCore

/// `casequiz profile …`: where profiles live, what they hold, and moving them around.
struct ProfileCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "profile",
    abstract: "Show, list, export, import or reset player profiles.",
    discussion: """
      Profiles live in $XDG_DATA_HOME/casequiz/profiles (default ~/.local/share/casequiz/profiles): \
      <name>.json is the profile, <name>.journal the answers since it was last written, \
      <name>.history.jsonl every earlier answer.
      """,
    subcommands: [
      ProfilePathCommand.self, ProfileListCommand.self, ProfileShowCommand.self, ProfileExportCommand.self,
      ProfileImportCommand.self, ProfileResetCommand.self, ProfileRecordCommand.self,
    ],
    defaultSubcommand: ProfileShowCommand.self
  )
}

/// `casequiz profile path`: the profile file's path.
struct ProfilePathCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "path", abstract: "Print the path of the profile file (it may not exist yet).")

  @OptionGroup var options: CommonOptions
  @OptionGroup var profile: ProfileOption

  func run() throws {
    let paths = ProfilePaths(directory: ProfilePaths.liveDirectory(), name: try profile.name())
    print(paths.snapshot)
  }
}

/// `casequiz profile list`: the profiles that exist.
struct ProfileListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List the profiles.")

  @OptionGroup var options: CommonOptions

  func run() throws {
    let directory = ProfilePaths.liveDirectory()
    let names = ProfilePaths.profiles(in: directory)
    guard !names.isEmpty else {
      let session = try ProfileSession.open(common: options, name: .default, load: false)
      print(session.text("profile.list.none", ["path": directory.path]))
      return
    }
    for name in names { print(name.rawValue) }
  }
}

/// `casequiz profile show`: a readable summary of a profile.
struct ProfileShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Summarize a profile: preferences, answers, games and reviews due.")

  @OptionGroup var options: CommonOptions
  @OptionGroup var profile: ProfileOption

  func run() throws {
    let session = try ProfileSession.open(common: options, profile: profile)
    for line in Self.summary(session, now: Date()) { print(TerminalInfo.sanitize(line)) }
  }

  /// The summary's lines.
  static func summary(_ session: ProfileSession, now: Date) -> [String] {
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
      session.text("profile.show.retention", ["percent": Charts.percent(preferences.desiredRetention)]),
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
  static func localTime(_ date: Date, calendar: Calendar = .current) -> String {
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    func two(_ value: Int?) -> String { String(format: "%02ld", value ?? 0) }
    return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
  }
}

/// `casequiz profile record` (hidden): records profile events read as JSON lines on standard input, printing
/// `recorded N` once the N-th event (and any before it) is on disk, or `pending K` when saving failed and K
/// events wait in memory for the next try. For scripts and for the durability tests.
struct ProfileRecordCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "record", abstract: "Record events given as JSON lines on standard input.", shouldDisplay: false)

  @OptionGroup var options: CommonOptions
  @OptionGroup var profile: ProfileOption

  @Option(help: "Also compact after every N events.")
  var compactEvery: Int?

  @Flag(help: "Do not compact at the end.")
  var noCompact = false

  func run() throws {
    let session = try ProfileSession.open(common: options, profile: profile)
    var count = 0
    while let line = readLine(strippingNewline: true) {
      guard !line.allSatisfy(\.isWhitespace) else { continue }
      let event: ProfileEvent
      do {
        event = try ProfileDecoding.event(from: Data(line.utf8))
      } catch {
        throw CaseQuizError("line \(count + 1): \(error)")
      }
      count += 1
      do {
        try session.store.record(event)
        print("recorded \(count)")
      } catch {
        printWarning(ProfileMessages.error(error, catalog: session.catalog, language: session.language))
        print("pending \(session.store.pending.count)")
      }
      fflush(nil)
      if let compactEvery, compactEvery > 0, count % compactEvery == 0, session.store.pending.isEmpty {
        do { try session.store.compact() } catch { throw session.failure(error) }
      }
    }
    if !noCompact {
      do { try session.store.compact() } catch { throw session.failure(error) }
    }
  }
}
