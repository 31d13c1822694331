import Foundation
import QuizCore

/// What the statistics need from the banks: topic names, each question's topic, and prompts.
public struct StatsBankContent {
  public var topicNames: [String: String] = [:]
  public var questions: [QuestionID: Question] = [:]
  public var renderers: [String: QuestionRenderer] = [:]
  public var questionsByBank: [String: [QuestionID: Question]] = [:]
  /// Each bank found, in the order asked, with what mastery needs: its title, topics and questions.
  public var banks: [(id: String, title: String, topics: [(id: String, name: String)], questions: [Question])] = []

  /// How many facts of each bank are new, being learned and mastered, in a profile.
  public func mastery(profile: Profile, scheduler: Scheduler, now: Date) -> [Mastery] {
    banks.map { bank in
      Mastery(
        progress: FactProgress(
          profile: profile, bank: bank.id, questions: bank.questions, scheduler: scheduler, now: now),
        bank: (id: bank.id, name: bank.title), topics: bank.topics)
    }
  }

  /// The question's prompt in a language, or `nil` when its bank is not available.
  public func prompt(_ id: QuestionID, bank: String, in language: Language) -> String? {
    guard let renderer = renderers[bank], let question = questionsByBank[bank]?[id] else { return nil }
    return renderer.render(question, in: language).prompt
  }

  /// The right answer of a question in a language, `nil` when its bank is not loaded.
  public func answer(_ id: QuestionID, bank: String, in language: Language) -> String? {
    guard let renderer = renderers[bank], let question = questionsByBank[bank]?[id] else { return nil }
    return renderer.render(question, in: language).answer
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
    content.banks.append(
      (
        id: id, title: context.bank.bank.title[session.language],
        topics: context.bank.bank.topics.map { (id: $0.id, name: $0.name[session.language]) }, questions: questions
      ))
  }
  return content
}
