import Foundation
import Testing

/// Options written before the subcommand: the play test's `casequiz --data-dir X study --both` said "unknown
/// option '--both'", because everything before `study` went to the default command, `play`.
@Suite("options before the subcommand")
struct LeadingOptionsTests {
  static var data: String { CaseQuizProcess.packageRoot.path }

  @Test func aSubcommandTakesItsOptionsAfterAGlobalOptionBeforeIt() throws {
    let sandbox = try ProfileSandbox()
    let study = try CaseQuizProcess.run(
      ["--data-dir", Self.data, "study", "--both", "--lang", "en"], environment: sandbox.environment())
    #expect(study.status == 0, "\(study)")
    #expect(study.stdout.contains("The Florence Cassez case") && study.stdout.contains("El caso Florence Cassez"))
    let same = try CaseQuizProcess.run(
      ["study", "--data-dir", Self.data, "--both", "--lang", "en"], environment: sandbox.environment())
    #expect(study == same)
  }

  @Test func aNestedSubcommandToo() throws {
    let sandbox = try ProfileSandbox()
    let show = try CaseQuizProcess.run(
      ["--data-dir", Self.data, "--lang", "es", "profile", "show"], environment: sandbox.environment())
    #expect(show.status == 0, "\(show)")
    #expect(show.stdout.hasPrefix("Perfil «default»: "), "\(show.stdout)")
  }

  @Test func anOptionTheSubcommandDoesNotTakeIsNamedForIt() throws {
    let sandbox = try ProfileSandbox()
    let output = try CaseQuizProcess.run(
      ["--data-dir", Self.data, "--count", "3", "stats"], environment: sandbox.environment())
    #expect(output.status == 2)
    #expect(output.stderr.hasPrefix("casequiz: error: unknown option '--count'"), "\(output.stderr)")
    #expect(output.stderr.hasSuffix(" (see 'casequiz stats --help')\n"), "\(output.stderr)")
    #expect(output.stderr.split(separator: "\n").count == 1)
  }

  @Test func helpAfterOptionsShowsTheSubcommandsHelp() throws {
    let output = try CaseQuizProcess.run(["--data-dir", Self.data, "--lang", "es", "help", "study"])
    #expect(output.status == 0, "\(output)")
    #expect(output.stdout.contains("USAGE: casequiz study"), "\(output.stdout)")
  }

  @Test func withoutASubcommandTheOptionsStillPlay() throws {
    let sandbox = try ProfileSandbox()
    let output = try CaseQuizProcess.run(
      ["--data-dir", Self.data, "--lang", "en", "--count", "1", "--seed", "3", "--json", "--no-relearn"],
      environment: sandbox.environment())
    #expect(output.status == 0, "\(output)")
    #expect(output.stdout.contains("\"type\":\"question\""), "\(output.stdout)")
  }
}
