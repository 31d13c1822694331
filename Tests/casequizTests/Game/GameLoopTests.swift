import Foundation
import QuizCore
import QuizEdge
import Testing

/// Whole games played in process through `GameRunner` and `GameLoop`, with a scripted line editor and an
/// in-memory profile: every answer path and in-game command, Ctrl-C, Ctrl-D, a signal, `:lang` mid-question,
/// failed saves. The binary's own tests keep what only a process shows (signals, kill -9, exit codes, files).
@Suite("game loop, in process")
struct GameLoopTests {
  @Test("right answers score, and each is recorded before its verdict, with the game's session")
  func rightAnswers() throws {
    let game = InProcessGame()
    let order = try game.order(seed: 11, count: 5)
    #expect(order.count == 5)
    let answers = try InProcessGame.answers(seed: 11)
    let run = game.run(try order.map { .line(try #require(answers[$0])) }, seed: 11, count: 5)
    #expect(run.error == nil && run.errors.isEmpty, "\(String(describing: run.error)) \(run.errors)")
    let objects = try run.objects()
    let verdicts = objects.filter { $0["type"] as? String == "verdict" }
    #expect(verdicts.map { $0["outcome"] as? String } == Array(repeating: "right", count: 5))
    #expect(objects.last?["type"] as? String == "summary" && objects.last?["right"] as? Int == 5)
    #expect(game.answers.map(\.question.rawValue) == order && game.answers.allSatisfy { $0.outcome == .right })
    #expect(game.sessions.count == 1 && game.sessions.first?.right == 5 && game.sessions.first?.interrupted == false)
    #expect(run.editor.closed)
    #expect(run.editor.history.count == 5, "answers are kept in the prompt's history")
  }

  @Test("every in-game command answers in the JSON protocol and the question stays")
  func everyCommand() throws {
    let game = InProcessGame()
    let run = game.run(
      [":help", ":ayuda", ":score", ":source", ":nope", ":hint", ":both", ":both", "", ":skip", ":source", ":quit"]
        .map(LineInput.line))
    #expect(run.error == nil)
    let types = try run.types()
    // The protocol's hello; the first game on a bank goes on with the bank's content note, then the question.
    #expect(Array(types.prefix(3)) == ["hello", "info", "question"], "\(types)")
    let objects = try run.objects()
    #expect((objects[1]["text"] as? String)?.hasPrefix("About this case:") == true)
    let afterFirst = Array(types.dropFirst(3))
    // :help and :ayuda → info + the question again; :score, :source (nothing answered yet) → info; :nope →
    // error; :hint → info or a question with options removed; :both twice → info + the question again; an
    // empty line → error.
    #expect(
      Array(afterFirst.prefix(7)) == ["info", "question", "info", "question", "info", "info", "error"],
      "\(afterFirst)")
    #expect(objects.contains { ($0["text"] as? String) == "No question has been answered yet." })
    #expect(objects.contains { ($0["message"] as? String)?.contains(":nope") == true })
    #expect(types.filter { $0 == "verdict" }.count == 1, ":skip gives one verdict")
    #expect(types.last == "summary")
    #expect(game.answers.count == 1 && game.answers.first?.outcome == .wrong)
    // :both twice: two preference changes, saved as they happened.
    #expect(game.preferences.map(\.showBoth) == [true, false])
    #expect(game.sessions.first?.interrupted == true, ":quit after one of three questions")
  }

  @Test(":lang mid-question shows the question again in Spanish, saves the choice once, and goes on in Spanish")
  func languageMidQuestion() throws {
    let game = InProcessGame()
    let run = game.run([":lang es", ":idioma es", ":skip", ":quit"].map(LineInput.line), count: 2)
    let objects = try run.objects()
    let questions = objects.filter { $0["type"] as? String == "question" }
    #expect(questions.compactMap { $0["lang"] as? String } == ["en", "es", "es", "es"], "\(questions)")
    #expect(questions[0]["id"] as? String == questions[1]["id"] as? String)
    #expect(game.preferences.map(\.language) == [.es], "choosing the language it already has saves nothing")
    let verdict = try #require(objects.first { $0["type"] as? String == "verdict" })
    #expect(verdict["lang"] as? String == "es")
    #expect(objects.last?["lang"] as? String == "es")
  }

  @Test(
    "Ctrl-C and Ctrl-D on the first question, or a signal, end the game with a summary and no session",
    arguments: [LineInput.interrupted, .endOfInput, .terminated])
  func endingBeforeAnswering(_ input: LineInput) throws {
    let game = InProcessGame()
    let run = game.run([input])
    #expect(run.error == nil)
    let objects = try run.objects()
    #expect(objects.last?["type"] as? String == "summary" && objects.last?["answered"] as? Int == 0)
    #expect(game.memory.events.isEmpty, "nothing answered, nothing recorded")
    #expect(run.editor.closed)
  }

  @Test(
    "ending after one answer records it and an interrupted session",
    arguments: [LineInput.interrupted, .endOfInput, .terminated])
  func endingAfterAnAnswer(_ input: LineInput) throws {
    let game = InProcessGame()
    let run = game.run([.line(":skip"), input])
    let objects = try run.objects()
    #expect(objects.last?["type"] as? String == "summary" && objects.last?["answered"] as? Int == 1)
    #expect(game.answers.count == 1)
    #expect(game.sessions.count == 1 && game.sessions.first?.interrupted == true)
  }

  @Test("a failed save is said after the answer, the game goes on, and the end says how many answers are lost")
  func failedSaves() throws {
    let game = InProcessGame()
    game.memory.failingSaves = true
    let run = game.run([":skip", ":skip", ":skip"].map(LineInput.line), noRelearn: true)
    let types = try run.types()
    #expect(types.filter { $0 == "verdict" }.count == 3, "\(types)")
    // A `warning` before each verdict but the last (there is no next answer to be saved with), and after the
    // summary the one saying how many are lost.
    #expect(types.filter { $0 == "warning" }.count == 3, "\(types)")
    #expect(Array(types.suffix(2)) == ["summary", "warning"], "\(types)")
    let error = try #require(run.error as? CaseQuizError)
    #expect(error.message.contains("memory:default"), "\(error.message)")
    #expect(!run.errors.contains("will be saved with the next answer"), "no promise the end takes back: \(run.errors)")
  }

  @Test("the content note opens only the first game on a bank")
  func contentNoteOnce() throws {
    let game = InProcessGame()
    let first = game.run([.line(":skip")], count: 1)
    #expect(try first.types().dropFirst().first == "info")
    let second = game.run([.line(":skip")], count: 1)
    #expect(try second.types().dropFirst().first == "question")
  }

  @Test("a terminal game prints plain text with the progress, the verdict and the summary, and prompts")
  func terminalFront() throws {
    let game = InProcessGame()
    let run = game.run([.line(":skip")], json: false, count: 1)
    #expect(run.error == nil)
    #expect(run.output.contains("1/1 ·"), "\(run.output)")
    #expect(!run.output.contains("\u{1B}["), "no escape codes with --color never")
    #expect(run.editor.prompts.allSatisfy { !$0.isEmpty }, "a terminal game shows a prompt")
    let json = game.run([.line(":skip")], json: true, count: 1)
    #expect(json.editor.prompts.allSatisfy { $0.isEmpty }, "a JSON game shows none")
  }

  @Test("review: nothing due says so; a missed question comes back in review --missed and review --list")
  func reviewModes() throws {
    let game = InProcessGame()
    let nothing = game.run([], mode: .review)
    #expect(
      try nothing.objects().first { $0["type"] as? String == "info" }?["text"] as? String
        == "Nothing is due for review.")
    _ = game.run([.line(":skip")], count: 1)
    let missedID = try #require(game.answers.first?.question.rawValue)
    let drill = game.run([.line(":quit")], mode: .missed)
    let first = try drill.objects().first { $0["type"] as? String == "question" }
    #expect(first?["id"] as? String == missedID)
    let list = game.run([], mode: .review, list: true)
    #expect(try list.objects().map { $0["id"] as? String } == [missedID])
  }

  @Test("--kind is obeyed; a kind with no questions is an error, not an empty game")
  func kindFilter() throws {
    let game = InProcessGame()
    let run = game.run([":skip", ":skip"].map(LineInput.line), count: 2, kinds: [.number])
    let kinds = try run.objects().filter { $0["type"] as? String == "question" }.compactMap { $0["kind"] as? String }
    #expect(!kinds.isEmpty && kinds.allSatisfy { $0 == "number" })
  }

  /// Play test B4: five `--kind truefalse` games of 10 on fresh profiles were all "True". Now about half the
  /// statements are false, so "t" no longer always scores; a false statement seen through still shows the fact
  /// as it is, so the false one is not what stays.
  @Test("true/false games are not all true, and a false statement's verdict states the fact even when right")
  func trueFalseNotAlwaysTrue() throws {
    var verdicts: [[String: Any]] = []
    for seed in 1...5 as ClosedRange<UInt64> {
      let game = InProcessGame()
      let run = game.run(
        Array(repeating: .line("f"), count: 10), seed: seed, count: 10, kinds: [.truefalse], noRelearn: true)
      verdicts += try run.objects().filter { $0["type"] as? String == "verdict" }
    }
    #expect(verdicts.count == 50)
    let falseOnes = verdicts.filter { $0["answer"] as? String == "False" }
    #expect((15...35).contains(falseOnes.count), "\(falseOnes.count) of 50 statements false")
    for verdict in falseOnes {
      #expect(verdict["outcome"] as? String == "right")
      #expect((verdict["sentence"] as? String)?.isEmpty == false, "\(verdict["id"] ?? "")")
    }
    // A true statement answered right needs no lesson.
    #expect(verdicts.filter { $0["outcome"] as? String == "right" }.count == falseOnes.count)
  }

  /// Play test: `--kind date` on a fresh profile labelled never-seen facts "Date (recall)". A fact never
  /// answered asked in a harder form shows no stage; once answered, the stage shows.
  @Test("a never-answered fact asked as recall is not labelled (recall); an answered one is")
  func newFactLabel() throws {
    let game = InProcessGame()
    let first = game.run([.line(":skip")], json: false, seed: 3, count: 1, kinds: [.date], noRelearn: true)
    #expect(first.output.contains("Date") && !first.output.contains("(recall)"), "\(first.output)")
    // Skipped, the fact has been met: the next game asks it first (it is due) and names the form.
    game.now = game.now.addingTimeInterval(86_400)
    let again = game.run([.line(":skip")], json: false, seed: 3, count: 1, kinds: [.date], noRelearn: true)
    #expect(again.output.contains("Date (recall)"), "\(again.output)")
  }
}
