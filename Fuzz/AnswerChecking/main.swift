import Foundation
import QuizCore

// Fuzz target (c): a typed answer checked against a Cassez question.
//
// Byte 0 (low bits) and byte 1 (its upper 7 bits, for banks over 256 questions) pick the question; the low bit
// of byte 1 picks the language; the rest is the answer as typed (invalid UTF-8 repaired with U+FFFD, as the
// line reader does). The answer is normalized, read as a date in both languages, measured against the
// expected answer, and checked; the verdict must be in range.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswerChecking(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  guard let start, count >= 2 else { return 0 }
  let world = FuzzWorld.shared
  let bytes = UnsafeRawBufferPointer(start: start, count: count)
  let questionIndex = (Int(bytes[0]) | Int(bytes[1] >> 1) << 8) % world.questions.count
  let language: Language = bytes[1] & 1 == 0 ? .en : .es
  let input = fuzzString(UnsafeRawBufferPointer(rebasing: bytes[2...]))
  let question = world.questions[questionIndex]

  let normalized = AnswerNormalizer.normalize(input)
  _ = AnswerNormalizer.normalize(input, stripArticle: false)
  _ = AnswerNormalizer.isBlank(input)
  _ = (normalized.words, normalized.markedWords, normalized.length, normalized.foldedAccents)
  _ = DateAnswer.read(input, language: .en)
  _ = DateAnswer.read(input, language: .es)

  let text = ValueText(bank: world.bank, catalog: world.catalog)
  let expected = text.text(question.answer, in: language)
  _ = EditDistance.distance(input, expected, limit: 3)
  _ = EditDistance.distance(normalized.folded, AnswerNormalizer.normalize(expected).folded)

  let checker = AnswerChecker(bank: world.bank, text: text)
  switch checker.check(input, question: question, language: language) {
  case .askAgain(let again):
    _ = again.letters
  case .verdict(let verdict):
    if !(0...1).contains(verdict.credit) { fuzzFailure("credit \(verdict.credit) out of 0...1 for \(question.id)") }
    if let option = verdict.matchedOption, !(question.options.indices.contains(option) || question.options.isEmpty) {
      fuzzFailure("matched option \(option) of \(question.options.count) for \(question.id)")
    }
  }
  return 0
}
