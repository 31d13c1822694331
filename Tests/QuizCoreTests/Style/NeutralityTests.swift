import Foundation
import Testing

@testable import QuizCore

/// The shipped banks are about real people: what the game makes up (wrong options, false statements) must never
/// accuse anyone, since a player reads it as the game's own words.
@Suite("Neutrality of what the game invents about real people")
struct NeutralityTests {
  /// One invented text: a wrong option or a false statement, in one language.
  struct Invented {
    var bank: String
    var question: String
    var language: Language
    var text: String
  }

  /// Every wrong option and every false statement the shipped banks produce, for the seeds the style checks use.
  static func invented() throws -> [Invented] {
    let catalog = try ShippedTexts.catalog()
    var found: [Invented] = []
    for id in try ShippedTexts.bankIDs() {
      let bank = try Shipped.bank(id)
      let renderer = QuestionRenderer(bank: bank, catalog: catalog)
      for seed in ShippedTexts.seeds {
        for question in QuestionGenerator(bank: bank, seed: seed).allQuestions() {
          for language in Language.allCases {
            let rendered = renderer.render(question, in: language)
            switch question.kind {
            case .choice:
              for option in rendered.options where option != rendered.answer {
                found.append(Invented(bank: id, question: question.id.rawValue, language: language, text: option))
              }
            case .truefalse where question.answer == .truth(false):
              found.append(
                Invented(bank: id, question: question.id.rawValue, language: language, text: rendered.prompt))
            default:
              break
            }
          }
        }
      }
    }
    return found
  }

  @Test(
    "the check finds what it looks for",
    arguments: [
      ("she had confessed to the crimes", Language.en, ["confess"]),
      ("she was guilty but deserved a shorter sentence", .en, ["guilt"]),
      ("Florence Cassez has admitted them to date.", .en, ["admit"]),
      ("she had acted on Israel Vallarta's orders", .en, ["orders"]),
      ("era culpable pero merecía una condena menor", .es, ["culpab"]),
      ("había confesado los delitos", .es, ["confes"]),
      ("Florence Cassez los ha admitido hasta la fecha.", .es, ["admit"]),
      ("she was being made a scapegoat", .en, []),
      ("she had been readmitted", .en, []),
      ("la condena era injusta", .es, []),
    ])
  func guiltWordsFound(text: String, language: Language, expected: [String]) {
    #expect(StyleCheck.guiltWords(in: text, language: language) == expected)
  }

  @Test("no wrong option or false statement says or implies that someone committed a crime")
  func noInventedGuilt() throws {
    let invented = try Self.invented()
    // Not vacuous: the shipped banks give many wrong options and false statements in both languages.
    #expect(invented.filter { $0.language == .en }.count >= 50)
    #expect(invented.filter { $0.language == .es }.count >= 50)
    for item in invented {
      let found = StyleCheck.guiltWords(in: item.text, language: item.language)
      #expect(found.isEmpty, "\(item.bank) \(item.question) \(item.language): \(found) in \"\(item.text)\"")
    }
  }

  @Test("no declared wrong value accuses anyone or draws another real person in")
  func alternativesNeutral() throws {
    var checked = 0
    for id in try ShippedTexts.bankIDs() {
      let bank = try Shipped.bank(id).bank
      for relation in bank.relations {
        guard case .text(let alternatives) = relation.value else { continue }
        // A relation's own subjects may be named (the wrong full names of Florence Cassez are her own names).
        let subjects = Set(bank.facts.filter { $0.relation == relation.id }.map(\.subject))
        for alternative in alternatives {
          for language in Language.allCases {
            checked += 1
            let text = alternative[language]
            let guilt = StyleCheck.guiltWords(in: text, language: language)
            #expect(guilt.isEmpty, "\(id) \(relation.id) \(language): \(guilt) in \"\(text)\"")
            let people = StyleCheck.peopleNamed(in: text, bank: bank).filter { !subjects.contains($0) }
            #expect(people.isEmpty, "\(id) \(relation.id) \(language): names \(people) in \"\(text)\"")
          }
        }
      }
    }
    #expect(checked >= 40, "the shipped banks declare wrong values to check")
  }

  @Test("an act the source only alleges is never pinned on another entity by a wrong option or a false statement")
  func allegedActsNotPinnedOnOthers() throws {
    var alleged = 0
    for id in try ShippedTexts.bankIDs() {
      let bank = try Shipped.bank(id)
      for seed in ShippedTexts.seeds {
        for question in QuestionGenerator(bank: bank, seed: seed).allQuestions() {
          guard let fact = question.facts.first.flatMap(bank.fact), case .entity = fact.value,
            let subject = bank.entity(fact.subject),
            Language.allCases.contains(where: { StyleCheck.isHedged(subject.description[$0], language: $0) })
          else { continue }
          alleged += 1
          // "According to the article, the raid was staged by the Mexican Supreme Court" accuses a court.
          let invented =
            question.options.filter { $0 != question.answer }.count
            + (question.kind == .truefalse && question.answer == .truth(false) ? 1 : 0)
          #expect(invented == 0, "\(id) \(question.id): an alleged act offered with another doer")
        }
      }
    }
    #expect(alleged > 0, "the shipped banks hold acts the source only alleges (the staged raid)")
  }
}
