import Foundation
import Testing

/// `casequiz study` as a reader sees it.
@Suite("casequiz study")
struct StudyCommandTests {
  @Test(
    "the timeline gives each date once, followed by the event, and titles are set off",
    arguments: [
      ("en", "• 2003: Florence Cassez meets Israel Vallarta", "“A Kidnapping Scandal: The Florence Cassez Affair”"),
      ("es", "• 2003: Florence Cassez conoce a Israel Vallarta", "«A Kidnapping Scandal: The Florence Cassez Affair»"),
      // A template word capitalized only as a sentence start goes lowercase after the colon in Spanish.
      ("es", "• marzo de 2009: se reduce la condena de Florence Cassez", "Cronología"),
    ])
  func timeline(language: String, line: String, title: String) throws {
    let sandbox = try ProfileSandbox()
    let output = try sandbox.run(["study", "--lang", language])
    #expect(output.status == 0, "\(output.stderr)")
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains(line), "\(output.stdout.prefix(600))")
    #expect(output.stdout.contains(title))
    for entry in lines where entry.hasPrefix("• ") {
      guard let colon = entry.range(of: ": "), entry[..<colon.lowerBound].count <= 30 else { continue }
      let year = entry[..<colon.lowerBound].suffix(4)
      guard year.allSatisfy(\.isNumber) else { continue }
      #expect(!entry[colon.upperBound...].contains(year), "\(entry)")
    }
  }

  @Test(
    "the study guide names the document its quotes come from, with publisher and date",
    arguments: [
      (
        "en",
        "Every fact rests on words quoted from “A Kidnapping Scandal: The Florence Cassez Affair — who is Florence Cassez?”, Sportskeeda, August 24, 2022 (casequiz lint checks them)."
      ),
      (
        "es",
        "Cada dato se apoya en palabras citadas de «A Kidnapping Scandal: The Florence Cassez Affair — who is Florence Cassez?», Sportskeeda, 24 de agosto de 2022 (casequiz lint las comprueba)."
      ),
    ])
  func sourceNamed(language: String, line: String) throws {
    let sandbox = try ProfileSandbox()
    let output = try sandbox.run(["study", "--lang", language, "--topic", "release"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.split(separator: "\n").map(String.init).contains(line), "\(output.stdout.suffix(400))")
  }

  @Test("study --both gives each quote once, with its translation, in either language first", arguments: ["en", "es"])
  func bothGivesEachQuoteOnce(language: String) throws {
    let sandbox = try ProfileSandbox()
    let output = try sandbox.run(["study", "--lang", language, "--both", "--topic", "documentary"])
    #expect(output.status == 0, "\(output.stderr)")
    // Without the closing period: Spanish puts it after the closing guillemet («…2022»).
    let quote = "It is all set to release on Netflix this Thursday, August 25, 2022"
    #expect(output.stdout.components(separatedBy: quote).count == 2, "\(output.stdout)")
    #expect(output.stdout.contains("«Está previsto que se estrene en Netflix este jueves 25 de agosto de 2022»."))
  }
}
