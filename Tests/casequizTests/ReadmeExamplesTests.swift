import Foundation
import Testing

/// The README's examples are what the program prints: every `$ casequiz …` (or `$ printf … | casequiz …`) line
/// in a code block is run from the package root on a fresh profile, and the lines under it must be its output:
/// exactly, or, for a game transcript with typed answers (`> …` lines), in that order among the output lines.
@Suite("README examples")
struct ReadmeExamplesTests {
  /// One example: the command line, the input it is given, and the output shown.
  struct Example: CustomTestStringConvertible, Sendable {
    var command: String
    var input: String
    var shown: [String]
    var transcript: Bool
    var testDescription: String { command }
  }

  static let readme = CaseQuizProcess.packageRoot.appendingPathComponent("README.md")

  /// Every example of the README's code blocks.
  static func examples() -> [Example] {
    guard let text = try? String(contentsOf: readme, encoding: .utf8) else { return [] }
    var examples: [Example] = []
    var inBlock = false
    var current: Example?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("```") {
        if let example = current { examples.append(example) }
        current = nil
        inBlock.toggle()
        continue
      }
      guard inBlock else { continue }
      if line.hasPrefix("$ ") {
        if let example = current { examples.append(example) }
        current = nil
        let command = String(line.dropFirst(2))
        guard command.hasPrefix("casequiz ") || command.contains("| casequiz ") else { continue }
        current = Example(command: command, input: printfInput(command), shown: [], transcript: false)
      } else if current != nil {
        if line.hasPrefix("> ") {
          current?.transcript = true
          current?.input += line.dropFirst(2) + "\n"
        } else {
          current?.shown.append(line)
        }
      }
    }
    return examples
  }

  /// The text of `printf '…' |` before the command, with `\n` as newlines.
  static func printfInput(_ command: String) -> String {
    guard command.hasPrefix("printf '"), let end = command.dropFirst(8).firstIndex(of: "'") else { return "" }
    return command[command.index(command.startIndex, offsetBy: 8)..<end].replacingOccurrences(of: "\\n", with: "\n")
  }

  /// The arguments after `casequiz`.
  static func arguments(_ command: String) -> [String] {
    let call = command.components(separatedBy: "casequiz ").dropFirst().joined(separator: "casequiz ")
    return call.split(separator: " ").map(String.init)
  }

  /// A run's output with what changes from run to run (the game's duration) made constant.
  static func normalized(_ text: String) -> [String] {
    text.replacingOccurrences(of: #""seconds":[0-9.e-]+"#, with: #""seconds":0"#, options: .regularExpression)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test("the README has examples to check")
  func found() {
    let examples = Self.examples()
    #expect(examples.count >= 5, "\(examples.map(\.command))")
    #expect(examples.contains { $0.command.contains("--json") && !$0.shown.isEmpty })
    #expect(examples.contains { $0.command.hasPrefix("casequiz banks") && !$0.shown.isEmpty })
    #expect(examples.contains { $0.command.hasPrefix("casequiz lint") && !$0.shown.isEmpty })
    #expect(examples.contains { $0.transcript })
  }

  @Test("each example prints what the README shows", arguments: examples())
  func example(_ example: Example) throws {
    let sandbox = try ProfileSandbox()
    let scratch = try TemporaryFolder()
    let inURL = scratch.url.appendingPathComponent("stdin")
    try Data(example.input.utf8).write(to: inURL)
    let stdin = try FileHandle(forReadingFrom: inURL)
    defer { try? stdin.close() }
    let output = try CaseQuizProcess.run(
      Self.arguments(example.command), in: CaseQuizProcess.packageRoot,
      environment: sandbox.environment(["CASEQUIZ_DATA_DIR": CaseQuizProcess.packageRoot.path, "COLUMNS": "110"]),
      stdin: stdin)
    let shown = example.shown.reversed().drop { $0.isEmpty }.reversed().map { $0 }
    guard !shown.isEmpty else {
      #expect(output.status == 0, "\(output.stderr)")
      return
    }
    let printed = Self.normalized(output.stdout)
    let expected = Self.normalized(shown.joined(separator: "\n"))
    if example.transcript {
      var remaining = printed[...]
      for line in expected {
        guard let found = remaining.firstIndex(of: line) else {
          Issue.record("“\(line)” is not in the output, in order:\n\(output.stdout)")
          return
        }
        remaining = remaining[(found + 1)...]
      }
    } else {
      #expect(printed.reversed().drop { $0.isEmpty }.reversed() == expected, "\(output.stdout)\(output.stderr)")
    }
  }
}
