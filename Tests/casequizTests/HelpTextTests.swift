import Foundation
import Testing

/// The help of every command: each option's default said once (ArgumentParser appends "(default: …)" for an
/// option with a default value, so a help text must not say it too), and the defaults a player needs are there.
@Suite("--help texts")
struct HelpTextTests {
  static let commands: [[String]] = [
    ["play"], ["review"], ["study"], ["stats"], ["export"], ["banks"], ["lint"], ["questions"], ["profile", "show"],
    ["profile", "reset"], ["profile", "import"], ["profile", "export"], ["profile", "list"], ["profile", "path"],
  ]

  /// The help's option entries, each joined into one line (`--seed <seed>  The seed … (default: 0)`).
  static func optionEntries(_ help: String) -> [String] {
    var entries: [String] = []
    for line in help.split(separator: "\n") {
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("-") {
        entries.append(String(trimmed))
      } else if line.hasPrefix("      "), !entries.isEmpty {
        entries[entries.count - 1] += " " + trimmed
      }
    }
    return entries
  }

  @Test(arguments: commands)
  func everyDefaultIsSaidOnce(command: [String]) throws {
    let help = try CaseQuizProcess.run(command + ["--help"])
    #expect(help.status == 0)
    let entries = Self.optionEntries(help.stdout)
    #expect(!entries.isEmpty)
    for entry in entries {
      #expect(entry.components(separatedBy: "(default").count <= 2, "\(command): \(entry)")
    }
  }

  /// At 80 columns, an aligned line of a help's text (an example under "Examples:") stays whole: the play test
  /// saw `(casequiz banks and casequiz study list them)` wrapped to column 0 under `casequiz play --help`. And
  /// nothing but the usage line is wider than 80 columns.
  @Test(arguments: [[]] + commands)
  func alignedLinesDoNotWrapAt80Columns(command: [String]) throws {
    let narrow = try CaseQuizProcess.run(
      command + ["--help"], environment: CaseQuizProcess.environment(["COLUMNS": "80"]))
    let wide = try CaseQuizProcess.run(
      command + ["--help"], environment: CaseQuizProcess.environment(["COLUMNS": "250"]))
    #expect(narrow.status == 0 && wide.status == 0)
    let narrowLines = narrow.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for line in narrowLines where !line.hasPrefix("USAGE:") {
      #expect(line.count <= 80, "\(command): \(line)")
    }
    let text = wide.stdout.components(separatedBy: "\nUSAGE:").first ?? ""
    for line in text.split(separator: "\n").map(String.init) where line.hasPrefix(" ") {
      #expect(narrowLines.contains(line), "\(command): wrapped at 80 columns: \(line)")
    }
  }

  @Test(arguments: [["play"], ["review"]])
  func countSaysItsDefault(command: [String]) throws {
    let help = try CaseQuizProcess.run(command + ["--help"])
    let count = Self.optionEntries(help.stdout).first { $0.hasPrefix("--count") } ?? ""
    #expect(count.contains("(default: 10 in play"), "\(count)")
  }
}
