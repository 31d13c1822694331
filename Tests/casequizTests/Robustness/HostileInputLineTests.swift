import Foundation
import Testing

/// What a player (or a script) types during a game, at its worst: the game keeps going, answers what it can,
/// and ends with its summary.
@Suite("robustness: lines typed during a game")
struct HostileInputLineTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var input: @Sendable () -> Data
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "NUL bytes", input: { Data("a\u{0}b\n\u{0}\u{0}\n:sk\u{0}ip\ntr\u{0}ue\n".utf8) }),
    Case(name: "invalid UTF-8", input: { Data([0xFF, 0xFE, 0x0A, 0xC3, 0x28, 0x0A, 0xED, 0xA0, 0x80, 0x0A, 0xF4, 0x90, 0x80, 0x80, 0x0A]) }),
    Case(name: "a 20 MB line", input: { Data(repeating: UInt8(ascii: "x"), count: 20_000_000) + Data("\n:skip\n".utf8) }),
    Case(name: "a 20 MB line of multi-byte characters cut anywhere", input: { Data(String(repeating: "é漢😀", count: 2_500_000).utf8.dropLast(1)) }),
    Case(name: "20,000 empty lines", input: { Data(repeating: 0x0A, count: 20_000) }),
    Case(name: "10,000 commands", input: { Data(String(repeating: ":hint\n:both\n:lang\n:score\n:help\n", count: 2_000).utf8) }),
    Case(name: "unknown commands and languages", input: { Data(":\n: \n::\n:frobnicate\n:lang xx\n:idioma klingon\n:lang en es\n:LANG ES\n".utf8) }),
    Case(name: "CR LF line ends", input: { Data("a\r\ntrue\r\n:skip\r\n\r\n".utf8) }),
    Case(name: "no final newline", input: { Data("a".utf8) }),
    Case(name: "only a quit", input: { Data(":quit\n".utf8) }),
    Case(name: "numbers, dates and letters out of range", input: { Data("z\n99999999999999999999999999\n-1\n31/02/2005\n0000-00-00\nq w e r t y\n".utf8) }),
  ]

  @Test(arguments: cases)
  func theGameGoesOnAndEnds(_ badCase: Case) throws {
    let home = try SandboxHome()
    for mode in [[], ["--json"]] {
      let output = try Robust.run(
        ["play", "--count", "4", "--seed", "5", "--data-dir", CaseQuizProcess.packageRoot.path] + mode,
        environment: home.environment(), stdin: badCase.input(), timeout: 180)
      Robust.expectNoCrash(output, "play \(mode) with \(badCase.name)")
      #expect(output.status == 0, "\(output)")
      if mode.isEmpty {
        let summary = output.stdoutText.contains("Score: ") || output.stdoutText.contains("Puntuación: ")
        #expect(summary, "the summary is shown\n\(output)")
      } else {
        #expect(output.stdoutText.contains("\"type\":\"summary\""), "the summary is sent\n\(output)")
        for line in output.stdoutLines {
          #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "not JSON: \(line.prefix(200))")
        }
      }
      // A long line is not echoed back whole: no line of output is longer than a screenful.
      let longest = output.stdout.split(separator: 0x0A).map(\.count).max() ?? 0
      #expect(longest < 8192, "a line of \(longest) bytes in the output")
    }
  }
}
