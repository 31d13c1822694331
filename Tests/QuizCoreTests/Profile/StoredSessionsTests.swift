import Foundation
import Testing

@testable import QuizCore

/// The games of a profile read lazily from an intact snapshot (``StoredSessions``): the same games as the
/// careful reading, the same bytes written back, new games folded in without reading the old ones, and an
/// index that does not match its array never trusted.
@Suite("Profile: games read lazily")
struct StoredSessionsTests {
  typealias S = ProfileTestSupport
  let scheduler = Scheduler()

  /// A profile with `count` games over two banks, each with one answer.
  func profile(games count: Int) -> Profile {
    var profile = Profile()
    for index in 0..<count {
      let bank = index % 3 == 0 ? "other" : "cassez"
      let started = S.at(minutes: Double(index) * 30)
      let id = "game-\(index)"
      profile.apply(
        .answer(S.answer("q\(index % 7).typed", .right, at: started.addingTimeInterval(60), bank: bank, session: id)),
        scheduler: scheduler)
      profile.apply(
        .session(
          S.session(
            id, started: started, ended: started.addingTimeInterval(600), score: index, right: 1, wrong: 0, bank: bank)),
        scheduler: scheduler)
    }
    return profile.withoutNewAnswers
  }

  func reread(_ data: Data) throws -> Profile { try ProfileDecoding.profile(from: data).profile }

  @Test("reads the games the careful reading reads, and writes the same bytes", arguments: [0, 1, 2, 25])
  func lazyEqualsCareful(games: Int) throws {
    let original = profile(games: games)
    let data = try ProfileDecoding.snapshot(of: original)
    let lazy = try reread(data)
    #expect(lazy.storedSessions != nil)
    #expect(lazy.sessionCount == games)
    #expect(lazy.hasSession(bank: "cassez") == (games > 1) && lazy.hasSession(bank: "other") == (games > 0))
    #expect(!lazy.hasSession(bank: "elsewhere"))
    #expect(try ProfileDecoding.snapshot(of: lazy) == data)
    #expect(lazy.sessions == original.sessions && lazy == original)
  }

  @Test("a later game is appended without reading the others; an earlier one is placed in order")
  func foldingGames() throws {
    let original = profile(games: 12)
    for minutes in [100_000.0, 5.0] {
      var lazy = try reread(ProfileDecoding.snapshot(of: original))
      var eager = original
      let started = S.at(minutes: minutes)
      let events: [ProfileEvent] = [
        .answer(S.answer("q1.typed", .wrong, at: started.addingTimeInterval(30), session: "new-game")),
        .session(
          S.session("new-game", started: started, ended: started.addingTimeInterval(90), score: 0, right: 0, wrong: 1)),
      ]
      for event in events {
        lazy.apply(event, scheduler: scheduler)
        eager.apply(event, scheduler: scheduler)
      }
      if minutes > 1000 {
        #expect(lazy.storedSessions != nil && lazy.appendedSessions.map(\.id) == ["new-game"], "appended")
      }
      #expect(lazy.sessions == eager.sessions)
      #expect(lazy.tallies == eager.tallies)
      #expect(try ProfileDecoding.snapshot(of: lazy) == ProfileDecoding.snapshot(of: eager))
      #expect(lazy.hasSession(bank: "cassez"))
    }
  }

  @Test("a game is found by its id in the bytes, exactly: no prefix, no other field, escaped ids too")
  func containsID() throws {
    var original = profile(games: 12)
    let odd = ["quote\"d", "back\\slash", "línea\nnueva", "día-ñ", "game-1,"]
    for (index, id) in odd.enumerated() {
      let started = S.at(minutes: 10_000 + Double(index) * 30)
      original.apply(
        .session(S.session(id, started: started, ended: started.addingTimeInterval(60), score: 1, right: 1, wrong: 0)),
        scheduler: scheduler)
    }
    let lazy = try reread(ProfileDecoding.snapshot(of: original))
    let stored = try #require(lazy.storedSessions)
    for game in original.sessions { #expect(stored.contains(id: game.id), "\(game.id)") }
    // Prefixes and extensions of ids, a bank name, a language, and ids that appear only inside other fields.
    for absent in ["game-", "game-1-", "ame-1", "game-100", "cassez", "en", "play", "quote", "back", "", "\""] {
      #expect(!stored.contains(id: absent), "\(absent)")
    }
    #expect(stored.contains(id: "game-1") && stored.contains(id: "game-11"))
    #expect(stored.contains(id: "game-1") == lazy.allSessionIDs.contains("game-1"))
  }

  @Test("answers of a recorded game and of an unrecorded one fold as with every game read")
  func foldingAnswersOfRecordedGames() throws {
    let original = profile(games: 20)
    var lazy = try reread(ProfileDecoding.snapshot(of: original))
    var eager = original
    eager.sessions = original.sessions  // read eagerly: the set of ids
    for (index, session) in ["game-3", "killed-game", "game-19", "killed-game"].enumerated() {
      let event = S.answer("q\(index).typed", .right, at: S.at(minutes: 20_000 + Double(index)), session: session)
      lazy.apply(.answer(event), scheduler: scheduler)
      eager.apply(.answer(event), scheduler: scheduler)
    }
    #expect(lazy.storedSessions != nil)
    #expect(lazy.tallies == eager.tallies)
    #expect(lazy.banks["cassez"]?.tallies == eager.banks["cassez"]?.tallies)
  }

  @Test(
    "an index that does not match its games is not trusted", arguments: ["count", "bytes", "banks", "digest", "array"])
  func damagedIndex(part: String) throws {
    let original = profile(games: 9)
    var text = String(decoding: try ProfileDecoding.snapshot(of: original), as: UTF8.self)
    func replaceFirst(_ pattern: String, _ replacement: (Substring) -> String) throws {
      let range = try #require(text.range(of: pattern, options: .regularExpression))
      text.replaceSubrange(range, with: replacement(text[range]))
    }
    switch part {
    case "count": try replaceFirst(#""sessionIndex":\{"count":\d+"#) { $0.dropLast() + "8" }
    case "bytes": try replaceFirst(#""bytes":\d+,"banks""#) { _ in #""bytes":20,"banks""# }
    case "banks": try replaceFirst(#""banks":\["cassez","other"\]"#) { _ in #""banks":["cassez","zther"]"# }
    case "digest": try replaceFirst(#""digest":"[0-9a-f]{16}"\}"#) { _ in #""digest":"0000000000000000"}"# }
    default:
      // A game's score changed in place: valid JSON, same length, only the digest tells.
      try replaceFirst(#""game-4","cassez","en","play",\d+,\d+,1,1,1,0,4,"#) { $0.dropLast(2) + "7," }
    }
    let careful = try reread(Data(text.utf8))
    #expect(careful.storedSessions == nil)
    if part == "array" {
      #expect(careful.sessions.first { $0.id == "game-4" }?.score == 7)
    } else {
      #expect(careful == original)
    }
  }
}
