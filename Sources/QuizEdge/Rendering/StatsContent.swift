import Foundation
import QuizCore

/// What the statistics need from the banks: topic names, each question's topic, and prompts.
public struct StatsBankContent {
  public var topicNames: [String: String] = [:]
  public var questions: [QuestionID: Question] = [:]
  public var renderers: [String: QuestionRenderer] = [:]
  public var questionsByBank: [String: [QuestionID: Question]] = [:]

  /// The question's prompt in a language, or `nil` when its bank is not available.
  public func prompt(_ id: QuestionID, bank: String, in language: Language) -> String? {
    guard let renderer = renderers[bank], let question = questionsByBank[bank]?[id] else { return nil }
    return renderer.render(question, in: language).prompt
  }
}

/// Loads the banks that can be found; a bank that cannot is skipped (its ids show instead of its prompts).
public func statsBankContent(_ ids: [String], session: ProfileSession) -> StatsBankContent {
  var content = StatsBankContent()
  for id in ids {
    guard let context = try? GameContext.load(dataDir: session.dataDirectory?.path, bankID: id) else { continue }
    for topic in context.bank.bank.topics { content.topicNames[topic.id] = topic.name[session.language] }
    let questions = QuestionGenerator(bank: context.bank).allQuestions()
    let byID = Dictionary(questions.map { ($0.id, $0) }) { first, _ in first }
    content.questionsByBank[id] = byID
    content.questions.merge(byID) { first, _ in first }
    content.renderers[id] = QuestionRenderer(bank: context.bank, catalog: context.catalog)
  }
  return content
}
