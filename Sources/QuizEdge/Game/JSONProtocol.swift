import Foundation
import QuizCore

/// The vocabulary of the `--json` protocol, documented in `docs/json-protocol.md`: its version, every object
/// type a game can write, and the stable codes of `warning` objects. The document and these lists are checked
/// against each other by the tests.
public enum JSONProtocol {
  /// The protocol's version, announced by the first object of every game (`{"type":"hello","protocol":2}`).
  /// Version 2 added `hello` and `warning`; faults are no longer written as `error`.
  public static let version = 2

  /// Every `type` a game writes.
  public enum ObjectType: String, CaseIterable, Sendable {
    /// The first object: the protocol version.
    case hello
    /// A question to answer.
    case question
    /// The verdict on an answer.
    case verdict
    /// A reply to a command, or a note.
    case info
    /// Input that was not an answer; the question stays.
    case error
    /// A fault of the game itself (the profile could not be saved…), with a stable `code`; the game goes on.
    case warning
    /// The end of the game.
    case summary
  }

  /// What a `warning` is about. The codes are stable: a front end may switch on them.
  public enum WarningCode: String, CaseIterable, Sendable {
    /// An answer or a change could not be saved; it is kept in memory (`pending`) and retried with the next one.
    case saveFailed = "save-failed"
    /// At the end of the game, `lost` answers or changes could still not be saved: they are lost (exit status 1).
    case answersLost = "answers-lost"
    /// The tidy-up at the end of a game (folding the journal into the profile) failed; nothing is lost.
    case compactionFailed = "compaction-failed"
    /// The profile file could not be read; it was set aside (`path`) and a new profile started.
    case profileSetAside = "profile-set-aside"
    /// Lines of the journal could not be read; the journal was set aside (`path`), its good lines kept.
    case journalSetAside = "journal-set-aside"
    /// The profile came from an older casequiz and was upgraded; the original is kept at `path`.
    case profileMigrated = "profile-migrated"
  }

  /// The first object of a game.
  public struct Hello: Encodable, Equatable {
    public var type = ObjectType.hello.rawValue
    public var `protocol` = JSONProtocol.version
  }

  /// A `warning` object; keys that do not apply are left out.
  public struct Warning: Encodable, Equatable {
    public var type = ObjectType.warning.rawValue
    public var code: String
    public var message: String
    public var path: String?
    public var pending: Int?
    public var lost: Int?

    public init(_ fault: GameFault) {
      code = fault.code.rawValue
      message = fault.message
      path = fault.path
      pending = fault.pending
      lost = fault.lost
    }
  }
}

extension JSONLinesOutput {
  /// Writes the `hello` object that opens a game.
  public func writeHello() {
    let hello = JSONProtocol.Hello()
    var writer = JSONLineWriter()
    writer.open()
    writer.field("protocol", hello.`protocol`)
    writer.field("type", hello.type)
    writer.close()
    sink.write(Data(writer.bytes + [UInt8(ascii: "\n")]))
  }

  /// Writes a fault as a `warning` object.
  public func write(_ fault: GameFault) { writeLine(JSONProtocol.Warning(fault)) }

  private func writeLine(_ object: some Encodable) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(object) else { return }
    sink.write(data + Data("\n".utf8))
  }
}
