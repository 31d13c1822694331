import Foundation
import QuizCore
import Testing

/// The lint checks made on generated questions and on works: one edit of the mini bank per problem, and the
/// line lint prints for it.
@Suite("Validating prompts and works")
struct BankValidatorPromptTests {
  static let edits: [BankEdit] = [
    BankEdit(
      "two relations asking the same thing for different answers",
      find: "\"ask\": \"How many years in prison was {subject} sentenced to?\"",
      replace: "\"ask\": \"When was {subject} arrested?\"",
      [
        "bank.json:205:5: error: questions ruiz-arrested.date and ruiz-sentence.number read the same in en "
          + "(\"When was Ana Ruiz arrested?\") but want different answers (\"March 9, 2019\" and \"4 years\"): "
          + "reword the relation's template so that each question says which answer it wants"
      ]),
    BankEdit(
      "a work's name written with its quotation marks",
      find: "\"type\": \"object\",\n      \"name\": { \"en\": \"brass lens\", \"es\": \"lente de latón\" },",
      replace:
        "\"type\": \"object\",\n      \"work\": true,\n      \"name\": { \"en\": \"brass lens\", \"es\": \"«lente de latón»\" },",
      [
        "bank.json:57:37: error: entity \"brass-lens\" is a work: write its es name \"«lente de latón»\" without "
          + "quotation marks; the game sets titles off itself («…» in Spanish, “…” in English)"
      ]),
    BankEdit(
      "an entity of a work's type not marked as a work",
      find: "\"id\": \"lighthouse-museum\",\n      \"type\": \"place\",",
      replace: "\"id\": \"lighthouse-museum\",\n      \"type\": \"object\",\n      \"work\": true,",
      [
        "bank.json:55:7: warning: entity \"brass-lens\" has the type \"object\" of the work \"lighthouse-museum\" "
          + "but no \"work\": true, so its name is shown without title marks; add \"work\": true if it is a title"
      ]),
  ]

  @Test("lint reports what players would misread", arguments: edits)
  func brokenBank(_ edit: BankEdit) throws {
    let lines = try BankFixture.lint(edit.apply())
    for expected in edit.expected {
      #expect(lines.contains(expected), "\(lines)")
    }
  }

  @Test("two facts of one subject and non-functional relation make different false statements")
  func distinctFalseStatements() throws {
    let bank = try Shipped.bank("cassez")
    for seed in UInt64(0)..<20 {
      let statements = QuestionGenerator(bank: bank, seed: seed).allQuestions().filter {
        $0.kind == .truefalse && $0.answer == .truth(false)
      }.map { question -> String in
        let fact = question.facts.first.flatMap(bank.fact)
        return [fact?.subject ?? "", fact?.relation ?? "", String(describing: question.statedValue)].joined(
          separator: "|")
      }
      #expect(Set(statements).count == statements.count, "seed \(seed)")
    }
  }

  @Test("the shipped banks pass the prompt check without a warning")
  func shippedBanksAreClean() throws {
    for id in try ShippedTexts.bankIDs() {
      let folder = Shipped.root.appendingPathComponent("QuestionBanks/\(id)")
      let data = try Data(contentsOf: folder.appendingPathComponent("bank.json"))
      let decoded = BankDecoder.decode(data, file: "bank.json")
      let bank = try #require(decoded.bank)
      var texts: [String: String] = [:]
      for source in bank.sources {
        texts[source.id] = try String(contentsOf: folder.appendingPathComponent(source.file), encoding: .utf8)
      }
      let diagnostics = BankValidator(
        file: "bank.json", positions: decoded.positions, sourceTexts: texts, folderName: id
      )
      .validate(bank)
      #expect(diagnostics.isEmpty, "\(id): \(diagnostics.map(\.description))")
    }
  }
}
