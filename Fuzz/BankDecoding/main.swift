import Foundation
import QuizCore

// Fuzz target (a): a `bank.json` as `casequiz lint`, `questions`, `study` and the game read it.
//
// The bytes are decoded (BankDecoder, both the full way `lint` uses and the quick way the game uses, which must
// agree: the same bank, and the same errors when there are any) and validated (BankValidator, with the Cassez
// article as the source text, so quotes are checked against real text). A bank that decodes without errors is
// also indexed, turned into questions, rendered in both languages and laid out as a study guide, like `casequiz
// questions` and `casequiz study` do.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBankDecoding(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let world = FuzzWorld.shared
  let data = start.map { Data(bytes: $0, count: count) } ?? Data()
  let decoded = BankDecoder.decode(data, file: "QuestionBanks/cassez/bank.json", detail: .full)
  for diagnostic in decoded.diagnostics { _ = diagnostic.description }
  // The quick way the game reads a bank must agree with the full way `lint` reads it.
  let quick = BankDecoder.decode(data, file: "QuestionBanks/cassez/bank.json", detail: .errors)
  if quick.bank != decoded.bank { fuzzFailure("the quick and the full decode give different banks") }
  if decoded.diagnostics.hasErrors ? quick.diagnostics != decoded.diagnostics : quick.diagnostics.hasErrors {
    fuzzFailure("the quick decode's errors differ from the full decode's")
  }
  guard let bank = decoded.bank else {
    if !decoded.diagnostics.hasErrors { fuzzFailure("no bank and no error") }
    return 0
  }
  let validator = BankValidator(
    file: "QuestionBanks/cassez/bank.json", positions: decoded.positions, sourceTexts: world.sourceTexts,
    folderName: "cassez")
  for diagnostic in validator.validate(bank) { _ = diagnostic.description }

  // What the game, `questions` and `study` do with a bank that decodes.
  guard !decoded.diagnostics.hasErrors else { return 0 }
  let index = BankIndex(bank)
  let renderer = QuestionRenderer(bank: index, catalog: world.catalog)
  let questions = QuestionGenerator(bank: index, seed: UInt64(count)).allQuestions()
  for question in questions {
    for language in Language.allCases { _ = renderer.render(question, in: language) }
  }
  for language in Language.allCases {
    _ = StudyGuide(bank: index, renderer: renderer, language: language)
    if let topic = bank.topics.first {
      _ = StudyGuide(bank: index, renderer: renderer, language: language, topic: topic.id)
    }
  }
  return 0
}
