import Foundation
import QuizCore

/// A fault of the game itself, not of the player's input: a profile that could not be saved, a file set
/// aside. The game goes on; the terminal shows `message`, `--json` writes a `warning` object with `code`.
public struct GameFault: Equatable, Sendable {
  public var code: JSONProtocol.WarningCode
  /// One line naming the file and what to do, in the player's language.
  public var message: String
  /// The file concerned, when there is one.
  public var path: String?
  /// Answers or changes kept in memory, not yet on disk (`save-failed`).
  public var pending: Int?
  /// Answers or changes lost at the end of the game (`answers-lost`).
  public var lost: Int?

  public init(
    code: JSONProtocol.WarningCode, message: String, path: String? = nil, pending: Int? = nil, lost: Int? = nil
  ) {
    self.code = code
    self.message = message
    self.path = path
    self.pending = pending
    self.lost = lost
  }

  /// A save that failed during the game.
  public static func saveFailed(_ error: ProfileStoreError, catalog: Catalog, language: Language) -> GameFault {
    let message = ProfileMessages.error(error, catalog: catalog, language: language)
    guard case .saveFailed(let file, _, let pending) = error else {
      return GameFault(code: .saveFailed, message: message)
    }
    return GameFault(code: .saveFailed, message: message, path: file.path, pending: pending)
  }

  /// Answers still unsaved when the game ends: they are lost.
  public static func lost(_ error: ProfileStoreError, message: String) -> GameFault {
    guard case .saveFailed(let file, _, let pending) = error else {
      return GameFault(code: .answersLost, message: message)
    }
    return GameFault(code: .answersLost, message: message, path: file.path, lost: pending)
  }

  /// What loading the profile found.
  public static func notice(_ notice: ProfileNotice, catalog: Catalog, language: Language) -> GameFault {
    let message = ProfileMessages.notice(notice, catalog: catalog, language: language)
    switch notice {
    case .snapshotSetAside(let path, _): return GameFault(code: .profileSetAside, message: message, path: path)
    case .journalSetAside(let path, _, _): return GameFault(code: .journalSetAside, message: message, path: path)
    case .migrated(_, let backup): return GameFault(code: .profileMigrated, message: message, path: backup)
    case .saveFailed(let error):
      var fault = saveFailed(error, catalog: catalog, language: language)
      fault.message = message
      // Nothing pending and the lock could be taken: only the tidy-up failed, answers can still be saved.
      if case .saveFailed(let file, _, 0) = error, !ProfileMessages.isWriteRefused(file) {
        fault.code = .compactionFailed
        fault.pending = nil
      }
      return fault
    }
  }
}

extension GameFault {
  /// Whether a batch of events ends the game (it holds the summary).
  public static func endsGame(_ events: [GameEvent]) -> Bool {
    events.contains { if case .summary = $0 { true } else { false } }
  }
}

extension GameLoop {
  /// Shows a fault: a line on the terminal, a `warning` object in `--json`.
  public func report(_ fault: GameFault) {
    switch front {
    case .terminal(let output): output.write(EventText(catalog: catalog).lines(.error(fault.message)))
    case .json(let output): output.write(fault)
    }
  }
}

/// Turns the game's failed saves into faults to report. On a terminal a failure with the same cause (file
/// and system error) as the one reported last is not repeated at every answer: the player was told, and the
/// end of the game says what could not be saved. `--json` reports every one (a front end may track
/// `pending`).
public final class SaveFaults {
  private let showsRepeats: Bool
  private var lastCause: FileError?

  /// `notices` are those the profile's load printed: a save failure among them counts as reported.
  public init(showsRepeats: Bool, after notices: [ProfileNotice] = []) {
    self.showsRepeats = showsRepeats
    for case .saveFailed(.saveFailed(let file, _, _)) in notices { lastCause = file }
  }

  /// The fault to report for a save's outcome, or `nil` (saved, or a repeat the terminal does not show).
  public func fault(_ error: ProfileStoreError?, _ catalog: Catalog, _ language: Language) -> GameFault? {
    guard let error else {
      lastCause = nil
      return nil
    }
    let cause: FileError? = if case .saveFailed(let file, _, _) = error { file } else { nil }
    defer { lastCause = cause }
    if !showsRepeats, let cause, cause == lastCause { return nil }
    return GameFault.saveFailed(error, catalog: catalog, language: language)
  }
}
