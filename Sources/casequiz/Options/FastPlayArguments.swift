import QuizCore
import QuizEdge

/// The start-up fast path of the default command: `casequiz` and `casequiz play` with well-formed options are
/// read here, without ArgumentParser, whose reflection over every command's options (and second parse for
/// `--generate-completion-script`) was about a third of the instructions of a game's start (docs/performance.md).
///
/// It only accepts what ArgumentParser would accept with the same meaning: `play` as the first argument, then the
/// options of ``GameOptions`` as `--name value` or `--name=value` and its flags, each at most once (`--kind` and
/// `--topic` repeatable), every value valid. Anything else (help, `--version`, completion scripts, another
/// command, a value starting with `-`, an empty value, a repeated option, a count out of range, a bad profile
/// name, an unknown option) returns `nil`, and the caller parses with ArgumentParser, which gives the usual help
/// or error. A test checks that it agrees with ArgumentParser on a table of command lines.
struct FastPlayArguments {
  /// The options that take a value, by long name.
  enum Valued: String, CaseIterable {
    case dataDir = "data-dir"
    case bank, lang, count, kind, topic, seed, profile, color
  }

  /// The flags, by long name.
  enum Flag: String, CaseIterable {
    case noStreaks = "no-streaks"
    case timed
    case noRelearn = "no-relearn"
    case json
  }

  /// The settings `casequiz play` would run with, or `nil` when ArgumentParser must read the arguments.
  static func settings(_ arguments: [String], environment: [String: String]) -> GameSettings? {
    // Plain fields, not a dictionary or a set: each new generic type costs a run-time conformance lookup
    // (about 0.4 M instructions in the static build) at start-up.
    var read = FastPlayArguments()
    var rest = arguments[...]
    if rest.first == "play" { rest = rest.dropFirst() }
    while let argument = rest.popFirst() {
      guard argument.hasPrefix("--"), argument.count > 2 else { return nil }
      let body = argument.dropFirst(2)
      let name: Substring
      var value: String?
      if let equals = body.firstIndex(of: "=") {
        name = body[..<equals]
        value = String(body[body.index(after: equals)...])
      } else {
        name = body
      }
      if let flag = Flag(rawValue: String(name)) {
        guard value == nil, !read.flags[flag.index] else { return nil }
        read.flags[flag.index] = true
        continue
      }
      guard let option = Valued(rawValue: String(name)) else { return nil }
      if value == nil { value = rest.popFirst() }
      guard let value, !value.isEmpty, !value.hasPrefix("-") else { return nil }
      guard read.add(value, for: option) else { return nil }
    }
    return read.settings(environment: environment)
  }

  private var values: [String?] = Array(repeating: nil, count: Valued.allCases.count)
  private var kinds: [QuestionKind] = []
  private var topics: [String] = []
  private var flags = [false, false, false, false]

  /// Keeps a value; `false` when it is not valid or repeats an option that takes one value.
  private mutating func add(_ value: String, for option: Valued) -> Bool {
    switch option {
    case .kind:
      guard let kind = QuestionKind(rawValue: value) else { return false }
      kinds.append(kind)
    case .topic: topics.append(value)
    default:
      guard values[option.index] == nil else { return false }
      values[option.index] = value
    }
    return true
  }

  private func settings(environment: [String: String]) -> GameSettings? {
    let single = { (option: Valued) in values[option.index] }
    var language: Language?
    if let text = single(.lang) {
      guard let value = Language(rawValue: text) else { return nil }
      language = value
    }
    var count: Int?
    if let text = single(.count) {
      guard let value = Int(text), (1...GameSettings.maximumCount).contains(value) else { return nil }
      count = value
    }
    var seed: UInt64?
    if let text = single(.seed) {
      guard let value = UInt64(text) else { return nil }
      seed = value
    }
    var color = ColorChoice.auto
    if let text = single(.color) {
      guard let value = ColorChoice(rawValue: text) else { return nil }
      color = value
    }
    let profile = single(.profile) ?? ProfileName.default.rawValue
    guard (try? ProfileName.validate(profile)) != nil else { return nil }
    return GameSettings(
      dataDir: single(.dataDir), bank: single(.bank),
      language: LanguageChoice(flag: language, environment: environment),
      count: count, kinds: kinds, topics: topics, seed: seed, profile: profile, color: color,
      noStreaks: flags[Flag.noStreaks.index], timed: flags[Flag.timed.index], json: flags[Flag.json.index],
      noRelearn: flags[Flag.noRelearn.index])
  }
}

extension FastPlayArguments.Valued {
  var index: Int {
    switch self {
    case .dataDir: 0
    case .bank: 1
    case .lang: 2
    case .count: 3
    case .kind: 4
    case .topic: 5
    case .seed: 6
    case .profile: 7
    case .color: 8
    }
  }
}

extension FastPlayArguments.Flag {
  var index: Int {
    switch self {
    case .noStreaks: 0
    case .timed: 1
    case .noRelearn: 2
    case .json: 3
    }
  }
}
