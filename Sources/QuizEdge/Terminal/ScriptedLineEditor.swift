/// A line editor that plays back a script: each `readLine` returns the next input, then `.endOfInput` once the
/// script is used up. It drives whole games in tests (answers, commands, Ctrl-C, Ctrl-D, a signal) without a
/// terminal, and records the prompts it was shown and the lines added to history.
public final class ScriptedLineEditor: LineEditor {
  private var script: [LineInput]
  /// The prompts `readLine` was called with, in order.
  public private(set) var prompts: [String] = []
  /// The lines the game asked to keep in history.
  public private(set) var history: [String] = []
  /// Whether the game closed the editor.
  public private(set) var closed = false
  public var completionCandidates: (_ lineBeforeCursor: String, _ word: String) -> [String] = { _, _ in [] }

  /// An editor that returns `script`'s inputs in order.
  public init(_ script: [LineInput]) { self.script = script }

  /// An editor that returns each of `lines` as a typed line.
  public convenience init(lines: [String]) { self.init(lines.map(LineInput.line)) }

  public func readLine(prompt: String) -> LineInput {
    prompts.append(prompt)
    return script.isEmpty ? .endOfInput : script.removeFirst()
  }

  public func addToHistory(_ line: String) { history.append(line) }

  public func close() { closed = true }
}
