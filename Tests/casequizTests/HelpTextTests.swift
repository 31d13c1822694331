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

  @Test(arguments: [["play"], ["review"]])
  func countSaysItsDefault(command: [String]) throws {
    let help = try CaseQuizProcess.run(command + ["--help"])
    let count = Self.optionEntries(help.stdout).first { $0.hasPrefix("--count") } ?? ""
    #expect(count.contains("(default: 10 in play"), "\(count)")
  }
}
