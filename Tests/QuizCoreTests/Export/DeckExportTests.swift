import Testing

@testable import QuizCore

@Suite("Deck export")
struct DeckExportTests {
  let export = DeckExport(bank: MiniBank.index, catalog: MiniBank.catalog)
  let all = QuestionGenerator(bank: MiniBank.index, seed: 1).allQuestions()

  @Test(
    "fields: HTML escaped and joined with <br> for Anki; plain fields lose tabs and line breaks",
    arguments: [
      (["a < b & \"c\" > d"], "a &lt; b &amp; &quot;c&quot; &gt; d", "a < b & \"c\" > d"),
      (["one", "two"], "one<br>two", "one"),
      (["tab\there", "line\nbreak"], "tab here<br>line break", "tab here"),
    ])
  func fields(lines: [String], html: String, plain: String) {
    #expect(DeckExport.html(lines) == html)
    #expect(DeckExport.field(lines[0]) == plain)
  }

  @Test("a card: the prompt and options in front; the answer, the sentence and the source behind; tags")
  func card() throws {
    let choice = try #require(all.first { $0.id.rawValue == "show-director.choice" })
    let card = export.card(choice, in: .es)
    #expect(card.front.first == "¿Quién dirigió The Case?" && card.front.count == 5)
    let letter = try #require(card.front.dropFirst().first { $0.hasSuffix(") Ana Torres") }?.first)
    #expect(card.back[0] == "\(letter)) Ana Torres")
    #expect(card.back[1] == "The Case fue dirigida por Ana Torres.")
    #expect(card.back[2].hasPrefix("Fuente: «quote of show-director» («Doc», Pub, 2022)"))
    #expect(card.back[3] == "En español: «cita de show-director»")
    #expect(card.tags == ["casequiz", "bank::mini", "topic::t", "kind::choice", "lang::es"])
  }

  @Test("true/false statements are left out; one card per fact and form; both languages give two cards each")
  func selection() {
    let cards = export.cards(all, languages: [.en, .es])
    let kept = Set(
      all.filter { $0.kind != .truefalse }.map { $0.facts + [LearningForm($0).rawValue, $0.qualifier ?? ""] })
    #expect(cards.count == kept.count * 2)
    #expect(!cards.contains { ["True", "False", "Verdadero", "Falso"].contains($0.back.first) })
    #expect(!cards.contains { $0.tags.contains("kind::truefalse") })
    let text = export.text(cards, format: .anki)
    #expect(text.hasPrefix("#separator:tab\n#html:true\n#notetype:Basic\n#deck:casequiz::Mini\n#tags column:3\n"))
    #expect(text.split(separator: "\n").count == 5 + cards.count)
    let plain = export.text(cards, format: .plain)
    #expect(
      plain.split(separator: "\n").allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 2 }
    )
  }
}
