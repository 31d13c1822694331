import Foundation
import Testing

@testable import QuizCore

/// A snapshot mapped into memory (the game maps large ones instead of copying them) can change under the
/// profile if another program rewrites the file in place while a game runs, or reads as zeros where it cut the
/// file short. The digests were checked at load; the stored lines must not be copied into the next snapshot
/// unless they still match them: every record and game that still reads is written anew, the rest left out.
@Suite("Profile: snapshot bytes changed after load")
struct SnapshotChangedInPlaceTests {
  typealias S = ProfileTestSupport
  let scheduler = Scheduler()

  /// A profile of `count` questions with one game per question.
  func profile(questions count: Int) -> Profile {
    var profile = Profile()
    for index in 0..<count {
      let id = "q\(index).choice"
      let started = S.at(minutes: Double(index) * 30)
      let game = "game-\(index)"
      profile.apply(
        .answer(S.answer(id, index % 3 == 0 ? .wrong : .right, at: started.addingTimeInterval(60), session: game)),
        scheduler: scheduler)
      profile.apply(
        .session(
          S.session(game, started: started, ended: started.addingTimeInterval(600), score: index, right: 1, wrong: 0)),
        scheduler: scheduler)
    }
    return profile.withoutNewAnswers
  }

  /// Bytes a decoded profile keeps referring to (as a mapped file's pages), which the test changes afterwards.
  final class SharedBytes {
    let pointer: UnsafeMutableRawBufferPointer
    init(_ data: Data) {
      pointer = UnsafeMutableRawBufferPointer.allocate(byteCount: data.count, alignment: 16)
      pointer.copyBytes(from: data)
    }
    deinit { pointer.deallocate() }
    func data() throws -> Data {
      Data(bytesNoCopy: try #require(pointer.baseAddress), count: pointer.count, deallocator: .none)
    }

    /// The range of the first line holding `needle`, without its newline.
    func line(containing needle: String) throws -> Range<Int> {
      let bytes = Array(pointer)
      let text = Array(needle.utf8)
      let hit = try #require(
        bytes.indices.first { start in
          start + text.count <= bytes.count && Array(bytes[start..<start + text.count]) == text
        })
      var start = hit
      while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
      var end = hit
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      return start..<end
    }
  }

  @Test("zeros where a record was (a file cut short) leave that record out; the rest is written anew")
  func zeroedRecord() throws {
    let original = profile(questions: 40)
    let shared = SharedBytes(try ProfileDecoding.snapshot(of: original))
    let loaded = try ProfileDecoding.profile(from: shared.data()).profile
    #expect(loaded.banks["cassez"]?.questions.readsLazily == true)
    let line = try shared.line(containing: "[\"q17.choice\"")
    for index in line { shared.pointer[index] = 0 }

    let written = try ProfileDecoding.snapshot(of: loaded)
    let reread = try ProfileDecoding.profile(from: written).profile
    // The new snapshot is whole: its digests match (read lazily), its count is what it holds.
    #expect(reread.banks["cassez"]?.questions.readsLazily == true)
    #expect(reread.banks["cassez"]?.questions.count == 39)
    #expect(reread.record(bank: "cassez", question: QuestionID(rawValue: "q17.choice")) == nil)
    for index in 0..<40 where index != 17 {
      let id = QuestionID(rawValue: "q\(index).choice")
      #expect(reread.record(bank: "cassez", question: id) == original.record(bank: "cassez", question: id))
    }
    #expect(!String(decoding: written, as: UTF8.self).contains("\0"))
  }

  @Test("a record changed in place is read and checked like a hand edit, not copied")
  func editedRecord() throws {
    let original = profile(questions: 12)
    let shared = SharedBytes(try ProfileDecoding.snapshot(of: original))
    let loaded = try ProfileDecoding.profile(from: shared.data()).profile
    // Same length, still JSON: the record's kind becomes "chxice", which is no kind, so the record no longer
    // reads (a snapshot with this line and no digest would be refused; here only the record is left out).
    let broken = try shared.line(containing: "[\"q3.choice\"")
    var bytes = Array(shared.pointer[broken])
    let text = String(decoding: bytes, as: UTF8.self)
    let edited = text.replacingOccurrences(of: "\"q3.choice\",\"choice\"", with: "\"q3.choice\",\"chxice\"")
    #expect(edited != text && edited.utf8.count == bytes.count)
    bytes = Array(edited.utf8)
    for (offset, byte) in bytes.enumerated() { shared.pointer[broken.lowerBound + offset] = byte }

    let written = try ProfileDecoding.snapshot(of: loaded)
    let reread = try ProfileDecoding.profile(from: written).profile
    #expect(reread.banks["cassez"]?.questions.readsLazily == true)
    #expect(reread.record(bank: "cassez", question: QuestionID(rawValue: "q3.choice")) == nil)
    #expect(reread.banks["cassez"]?.questions.count == 11)
    #expect(!String(decoding: written, as: UTF8.self).contains("chxice"))
  }

  @Test("a game line zeroed after load is left out; the other games are written anew")
  func zeroedGame() throws {
    let original = profile(questions: 10)
    let shared = SharedBytes(try ProfileDecoding.snapshot(of: original))
    let loaded = try ProfileDecoding.profile(from: shared.data()).profile
    #expect(loaded.storedSessions != nil)
    let line = try shared.line(containing: "[\"game-4\"")
    for index in line { shared.pointer[index] = 0 }

    let written = try ProfileDecoding.snapshot(of: loaded)
    let reread = try ProfileDecoding.profile(from: written).profile
    #expect(reread.storedSessions != nil)  // the new index matches its array
    #expect(reread.sessionCount == 9)
    #expect(reread.sessions.map(\.id) == original.sessions.map(\.id).filter { $0 != "game-4" })
    #expect(!String(decoding: written, as: UTF8.self).contains("\0"))
  }

  @Test("unchanged bytes are still copied as they are")
  func unchangedIsVerbatim() throws {
    let original = profile(questions: 30)
    let data = try ProfileDecoding.snapshot(of: original)
    let shared = SharedBytes(data)
    let loaded = try ProfileDecoding.profile(from: shared.data()).profile
    #expect(try ProfileDecoding.snapshot(of: loaded) == data)
  }
}
