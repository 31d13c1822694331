import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `casequiz profile record` (hidden): records profile events read as JSON lines on standard input, printing
/// `recorded N` once the N-th event (and any before it) is on disk, or `pending K` when saving failed and K
/// events wait in memory for the next try. For scripts and for the durability tests.
struct ProfileRecordCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "record", abstract: HelpText.t("Record events given as JSON lines on standard input."),
      shouldDisplay: false)
  }

  @OptionGroup var options: CommonOptions
  @OptionGroup var profile: ProfileOption

  func validate() throws { try options.validate(profile) }

  @Option(help: ArgumentHelp(HelpText.t("Also compact after every N events.")))
  var compactEvery: Int?

  @Flag(help: ArgumentHelp(HelpText.t("Do not compact at the end.")))
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
