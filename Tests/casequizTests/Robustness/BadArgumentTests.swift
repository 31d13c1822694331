import Foundation
import Testing

/// Bad command lines: one line on standard error naming the value, exit status 2 for what the parser refuses
/// (unknown options, values out of range or not in the list) and 1 for values checked against the data (a
/// bank or topic that does not exist). Nothing is written: no profile, no history.
@Suite("robustness: bad arguments")
struct BadArgumentTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var status: Int32
    /// The whole line, without `casequiz: error: ` and the newline.
    var message: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let longName = String(repeating: "x", count: 300)
  static let topics = "documentary, who-she-is, relationship, arrest, charges, sentence, release, legal-status"
  static let kinds = " 'choice', 'truefalse', 'typed', 'number', 'date' or 'timeline'."

  static let cases: [Case] = [
    // play
    Case(
      arguments: ["play", "--frobnicate"], status: 2,
      message: "unknown option '--frobnicate' (see 'casequiz play --help')"),
    Case(arguments: ["play", "extra"], status: 2, message: "unexpected argument 'extra' (see 'casequiz play --help')"),
    Case(
      arguments: ["play", "--count", "0"], status: 2,
      message: "--count must be between 1 and 500, not 0 (see 'casequiz play --help')"),
    Case(
      arguments: ["play", "--count=-1"], status: 2,
      message: "--count must be between 1 and 500, not -1 (see 'casequiz play --help')"),
    // Issue 16: `-1` after `--count` is read as its value, not as an option, and named.
    Case(
      arguments: ["play", "--count", "-1"], status: 2,
      message: "--count must be between 1 and 500, not -1 (see 'casequiz play --help')"),
    Case(
      arguments: ["play", "--seed", "-5"], status: 2,
      message:
        "the value '-5' is invalid for '--seed <seed>': it must be a whole number from 0 to 18446744073709551615 (see 'casequiz play --help')"
    ),
    Case(
      arguments: ["questions", "--seed", "-5"], status: 2,
      message:
        "the value '-5' is invalid for '--seed <seed>': it must be a whole number from 0 to 18446744073709551615 (see 'casequiz questions --help')"
    ),
    Case(
      arguments: ["play", "--profile=-x"], status: 2,
      message:
        "the profile name “-x” starts with “-”; start it with a letter a–z, a digit or _ (see 'casequiz play --help')"),
    Case(
      arguments: ["play", "--profile=.x"], status: 2,
      message: "the profile name “.x” contains “.”; use only letters a–z, digits, - and _ (see 'casequiz play --help')"),
    Case(
      arguments: ["play", "--profile", "ab\u{1}c"], status: 2,
      message:
        "the profile name “ab\\u0001c” contains “U+0001”; use only letters a–z, digits, - and _ (see 'casequiz play --help')"
    ),
    Case(
      arguments: ["play", "--profile", "ab\u{1B}[2Jc"], status: 2,
      message:
        "the profile name “ab\\u001B[2Jc” contains “U+001B”; use only letters a–z, digits, - and _ (see 'casequiz play --help')"
    ),
    Case(
      arguments: ["stats", "--bank", "nope"], status: 1,
      message: "no bank \"nope\" in the data folder or in the profile \"default\" (banks: cassez)"),
    Case(
      arguments: ["help", "nope"], status: 2,
      message:
        "casequiz has no command \"nope\" (commands: play, review, banks, lint, questions, study, export, profile, stats) (see 'casequiz --help')"
    ),
    Case(
      arguments: ["help", "profile", "nope"], status: 2,
      message:
        "casequiz profile has no command \"nope\" (commands: path, list, show, export, import, reset) (see 'casequiz profile --help')"
    ),
    Case(
      arguments: ["play", "--count", "1000000"], status: 2,
      message: "--count must be between 1 and 500, not 1000000 (see 'casequiz play --help')"),
    Case(
      arguments: ["play", "--count", "99999999999999999999999"], status: 2,
      message:
        "the value '99999999999999999999999' is invalid for '--count <count>': it must be a whole number (see 'casequiz play --help')"
    ),
    Case(
      arguments: ["play", "--count", "abc"], status: 2,
      message:
        "the value 'abc' is invalid for '--count <count>': it must be a whole number (see 'casequiz play --help')"),
    Case(
      arguments: ["play", "--lang", "xx"], status: 2,
      message:
        "the value 'xx' is invalid for '--lang <lang>'. Please provide one of 'en' and 'es'. (see 'casequiz play --help')"
    ),
    Case(
      arguments: ["play", "--kind", "nope"], status: 2,
      message:
        "the value 'nope' is invalid for '--kind <kind>'. Please provide one of\(kinds) (see 'casequiz play --help')"
    ),
    Case(
      arguments: ["play", "--color", "purple"], status: 2,
      message:
        "the value 'purple' is invalid for '--color <color>'. Please provide one of 'auto', 'always' or 'never'. (see 'casequiz play --help')"
    ),
    Case(
      arguments: ["play", "--bank", "nope"], status: 1,
      message: "no bank \"nope\" in {data}/QuestionBanks (banks found: cassez)"),
    Case(
      arguments: ["play", "--bank", "../../etc"], status: 1,
      message: "no bank \"../../etc\" in {data}/QuestionBanks (banks found: cassez)"),
    Case(
      arguments: ["play", "--topic", "nope"], status: 1,
      message: "no topic \"nope\" in the bank \"cassez\" (topics: \(topics))"),
    Case(
      arguments: ["play", "--profile", "a/b"], status: 2,
      message: "the profile name “a/b” contains “/”; use only letters a–z, digits, - and _ (see 'casequiz play --help')"
    ),
    Case(
      arguments: ["play", "--profile", ".."], status: 2,
      message: "the profile name “..” contains “.”; use only letters a–z, digits, - and _ (see 'casequiz play --help')"),
    Case(
      arguments: ["play", "--profile", longName], status: 2,
      message:
        "the profile name “xxxxxxxxxxxxxxxxxxxxxxxx…” is 300 characters long; the limit is 64 (see 'casequiz play --help')"
    ),
    Case(
      arguments: ["play", "--profile", ""], status: 2,
      message: "a profile name cannot be empty; use letters a–z, digits, - and _ (see 'casequiz play --help')"),
    // review
    Case(
      arguments: ["review", "--count", "0"], status: 2,
      message: "--count must be between 1 and 500, not 0 (see 'casequiz review --help')"),
    Case(
      arguments: ["review", "--profile", "../x"], status: 2,
      message:
        "the profile name “../x” contains “.”; use only letters a–z, digits, - and _ (see 'casequiz review --help')"),
    // questions, study
    Case(
      arguments: ["questions", "--lang", "xx"], status: 2,
      message:
        "the value 'xx' is invalid for '--lang <lang>'. Please provide one of 'en', 'es' or 'all'. (see 'casequiz questions --help')"
    ),
    Case(
      arguments: ["questions", "--kind", "nope"], status: 2,
      message:
        "the value 'nope' is invalid for '--kind <kind>'. Please provide one of\(kinds) (see 'casequiz questions --help')"
    ),
    Case(
      arguments: ["questions", "--bank", "nope"], status: 1,
      message: "no bank \"nope\" in {data}/QuestionBanks (banks found: cassez)"),
    Case(
      arguments: ["study", "--topic", "nope"], status: 1,
      message: "no topic \"nope\" in the bank \"cassez\" (topics: \(topics))"),
    Case(
      arguments: ["study", "--lang", "fr"], status: 2,
      message:
        "the value 'fr' is invalid for '--lang <lang>'. Please provide one of 'en' and 'es'. (see 'casequiz study --help')"
    ),
    Case(
      arguments: ["study", "--bank", "../cassez"], status: 1,
      message: "no bank \"../cassez\" in {data}/QuestionBanks (banks found: cassez)"),
    // stats, profile
    Case(
      arguments: ["stats", "--frobnicate"], status: 2,
      message: "unknown option '--frobnicate' (see 'casequiz stats --help')"),
    Case(
      arguments: ["stats", "--profile", "a/b"], status: 2,
      message:
        "the profile name “a/b” contains “/”; use only letters a–z, digits, - and _ (see 'casequiz stats --help')"),
    Case(
      arguments: ["profile", "show", "--profile", ".."], status: 2,
      message:
        "the profile name “..” contains “.”; use only letters a–z, digits, - and _ (see 'casequiz profile --help')"),
    Case(
      arguments: ["profile", "path", "--profile", "../../etc/passwd"], status: 2,
      message:
        "the profile name “../../etc/passwd” contains “.”; use only letters a–z, digits, - and _ (see 'casequiz profile --help')"
    ),
    Case(
      arguments: ["profile", "show", "--profile", longName], status: 2,
      message:
        "the profile name “xxxxxxxxxxxxxxxxxxxxxxxx…” is 300 characters long; the limit is 64 (see 'casequiz profile --help')"
    ),
    Case(
      arguments: ["profile", "frob"], status: 2, message: "unexpected argument 'frob' (see 'casequiz profile --help')"),
    Case(
      arguments: ["profile", "import", "/dev/zero"], status: 1,
      message: "cannot read /dev/zero (it is not a regular file); nothing was imported."),
    Case(
      arguments: ["profile", "import", "/nonexistent-casequiz-file"], status: 1,
      message: "cannot read /nonexistent-casequiz-file (the file does not exist); nothing was imported."
    ),
    // the root, lint, banks
    Case(arguments: ["frobnicate"], status: 2, message: "unexpected argument 'frobnicate' (see 'casequiz --help')"),
    Case(
      arguments: ["lint", "--frobnicate"], status: 2,
      message: "unknown option '--frobnicate' (see 'casequiz lint --help')"),
    Case(
      arguments: ["banks", "--lang", "xx"], status: 2,
      message:
        "the value 'xx' is invalid for '--lang <lang>'. Please provide one of 'en' and 'es'. (see 'casequiz banks --help')"
    ),
  ]

  @Test(arguments: cases)
  func oneLineNamingTheValueAndNothingWritten(_ badCase: Case) throws {
    let home = try SandboxHome()
    let data = CaseQuizProcess.packageRoot.path
    let output = try Robust.run(
      badCase.arguments + ["--data-dir", data], environment: home.environment(), stdin: Data("a\n".utf8), timeout: 60)
    Robust.expectOneErrorLine(
      output, badCase.testDescription, status: badCase.status,
      containing: ["casequiz: error: " + badCase.message.replacingOccurrences(of: "{data}", with: data) + "\n"])
    #expect(
      output.stderrText == "casequiz: error: " + badCase.message.replacingOccurrences(of: "{data}", with: data) + "\n")
    // A refused command writes no profile and no history: at most the profiles folder and an empty lock
    // file (`profile`/`stats` commands open the profile before they check some values), and the empty marker
    // saying the shipped bank was found clean with the bank's compiled form beside it, and the UI catalogs'
    // compiled form (facts about the bank and the catalogs, not about the command; see `ValidatedBanks`).
    let written = FolderSnapshot(home.url).files.filter { path, content in
      !(path.hasSuffix("/") || (path.hasPrefix("data/casequiz/profiles/") && path.hasSuffix(".lock"))
        || (path.hasPrefix("cache/casequiz/validated/")
          && (content.hasPrefix("0:") || path.hasSuffix(".bank") || path.hasSuffix(".catalog"))))
    }
    #expect(written.isEmpty, "\(written.keys.sorted())")
  }
}

extension BadArgumentTests {
  @Test(
    "a bad profile name is worded from the --data-dir catalog, even for a binary outside the checkout",
    arguments: [["play"], ["profile", "show"], ["stats"]])
  func profileNameErrorsUseTheGivenDataFolder(_ command: [String]) throws {
    let folder = try TemporaryFolder()
    let copy = folder.url.appendingPathComponent("casequiz")
    try FileManager.default.copyItem(at: try CaseQuizProcess.binary(), to: copy)
    let output = try CaseQuizProcess.run(
      command + ["--profile", "a/b", "--data-dir", CaseQuizProcess.packageRoot.path], executable: copy)
    #expect(output.status == 2)
    #expect(output.stderr.hasPrefix("casequiz: error: the profile name “a/b” contains “/”"), "\(output.stderr)")
    let spanish = try CaseQuizProcess.run(
      command + ["--profile", "a/b", "--lang", "es", "--data-dir", CaseQuizProcess.packageRoot.path],
      executable: copy)
    #expect(spanish.stderr.contains("«a/b»"), "\(spanish.stderr)")
  }
}
