import Foundation
import QuizCore

/// Drives a `GameSession` from a line editor: reads a line, hands it to the session with the time, saves
/// every answer before its verdict is shown, and writes the events out, until the game ends.
public struct GameLoop {
  /// Where the events go: the terminal, or JSON Lines.
  public enum Front {
    case terminal(TerminalOutput)
    case json(JSONLinesOutput)
  }

  /// The longest answer taken, in characters; longer lines are refused with a message.
  public static let longestAnswer = 1000

  public var session: GameSession
  public let editor: LineEditor
  public let front: Front
  public let catalog: Catalog
  /// Saves one answer durably (messages in the given language); returns the fault to report when saving
  /// failed (the game goes on).
  public let record: (AnsweredQuestion, Language) -> GameFault?
  /// Saves a change of language or of `:both` (`nil` for what did not change), with the game's language;
  /// returns the fault to report when saving failed.
  public let preferencesChanged: (Language?, Bool?, Language) -> GameFault?
  /// The clock.
  public let now: @Sendable () -> Date
  /// Fills in what only the profile knows (facts moved up, the day streak) once the game is over, before
  /// the summary is shown.
  public var completeSummary: (GameSummary) -> GameSummary = { $0 }

  public init(
    session: GameSession, editor: LineEditor, front: Front, catalog: Catalog,
    record: @escaping (AnsweredQuestion, Language) -> GameFault?,
    preferencesChanged: @escaping (Language?, Bool?, Language) -> GameFault?, now: @escaping @Sendable () -> Date
  ) {
    self.session = session
    self.editor = editor
    self.front = front
    self.catalog = catalog
    self.record = record
    self.preferencesChanged = preferencesChanged
    self.now = now
  }

  /// Plays until the last question, `:quit`, Ctrl-D, Ctrl-C on an empty line or a signal; returns the summary.
  public mutating func run() -> GameSummary? {
    let completion = CompletionState()
    editor.completionCandidates = { before, word in completion.candidates(before: before, word: word) }
    var summary = emit(session.start(at: now()), completion: completion)
    while !session.isFinished {
      let prompt = front.isJSON ? "" : catalog.string("prompt.input", in: session.language)
      switch editor.readLine(prompt: prompt) {
      case .line(let line):
        if line.count > Self.longestAnswer {
          summary =
            emit(
              [.error(catalog.string("error.tooLong", in: session.language, count: Self.longestAnswer))],
              completion: completion) ?? summary
          continue
        }
        if !line.trimmingCharacters(in: .whitespaces).isEmpty { editor.addToHistory(line) }
        summary = emit(session.handle(line, at: now()), completion: completion) ?? summary
      case .interrupted, .endOfInput, .terminated:
        summary = emit(session.end(at: now()), completion: completion) ?? summary
      }
    }
    editor.close()
    return summary
  }

  /// Writes events, saving answers as they come; returns the summary when one was among them.
  private func emit(_ events: [GameEvent], completion: CompletionState) -> GameSummary? {
    var summary: GameSummary?
    for event in events {
      switch event {
      case .answered(let answered):
        // The answer that ends the game has no "next answer" to be saved with: the end of the game retries it
        // and reports what is still unsaved (see `GameRunner.finish`).
        // Nor is a save refused because the game was told to stop while another program held the profile:
        // the game ends at the next line, and its end says what was lost.
        if let fault = record(answered, session.language), !GameFault.endsGame(events),
          TerminalSignals.terminationSignal == nil
        {
          report(fault)
        }
      case .preferencesChanged(let language, let showBoth):
        if let fault = preferencesChanged(language, showBoth, session.language) { report(fault) }
      case .question(let presentation):
        completion.update(presentation)
        write(event)
      case .summary(let result):
        let complete = completeSummary(result)
        summary = complete
        write(.summary(complete))
      default:
        write(event)
      }
    }
    return summary
  }

  private func write(_ event: GameEvent) {
    switch front {
    case .terminal(let output): output.write(EventText(catalog: catalog).lines(event))
    case .json(let output): output.write(event)
    }
  }
}

extension GameLoop.Front {
  public var isJSON: Bool {
    if case .json = self { return true }
    return false
  }
}

/// What Tab completes to during a game: commands, `en`/`es` after `:lang`, and the current options.
public final class CompletionState {
  private var letters: [String] = []
  private var options: [String] = []

  public func update(_ presentation: QuestionPresentation) {
    let question = presentation.question
    letters = []
    options = []
    guard question.kind == .choice else { return }
    for (offset, option) in question.options.enumerated() where !presentation.removedOptions.contains(offset) {
      letters.append(RenderedQuestion.letter(offset))
      options.append(option)
    }
  }

  public func candidates(before: String, word: String) -> [String] {
    let trimmed = before.trimmingCharacters(in: .whitespaces).lowercased()
    let words = trimmed.split(separator: " ")
    if let first = words.first, first.hasPrefix(":"), before.contains(" ") {
      let name = first.dropFirst()
      let isLang = InGameCommand.names.first { $0.command == "lang" }?.aliases.contains(String(name)) ?? false
      return isLang ? ["en", "es"] : []
    }
    if before.hasPrefix(":") {
      return InGameCommand.completions.map { command in
        let takesArgument = InGameCommand.parse(command) == .command(.language(nil))
        return takesArgument ? command + " " : command
      }
    }
    return letters + options
  }
}
