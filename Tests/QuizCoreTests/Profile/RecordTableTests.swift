import Foundation
import Testing

@testable import QuizCore

/// The record table read lazily from an intact snapshot (``RecordTable``, ``SnapshotDigest``): it must read
/// exactly what the careful, record-by-record reading reads, write the same bytes back, and never trust a record
/// array whose length or digest does not match (a damaged or hand-edited snapshot is read the careful way).
@Suite("Profile: lazy record table")
struct RecordTableTests {
  typealias S = ProfileTestSupport
  let scheduler = Scheduler()

  /// A profile of `count` questions over two banks, some answered twice, with ids that sort in a mixed order
  /// (so the binary search meets prefixes, digits and punctuation).
  func profile(questions count: Int) -> Profile {
    var profile = Profile()
    for index in 0..<count {
      let id =
        "f\(index * 7919 % (count * 3)).\(index % 3 == 0 ? "choice" : "typed")\(index % 5 == 0 ? ".inverse" : "")"
      let bank = index % 4 == 0 ? "other" : "cassez"
      let outcome: AnswerOutcome = index % 3 == 0 ? .wrong : .right
      profile.apply(.answer(S.answer(id, outcome, at: S.at(minutes: Double(index)), bank: bank)), scheduler: scheduler)
      if index % 2 == 0 {
        profile.apply(
          .answer(S.answer(id, .right, at: S.at(days: 3 + Double(index) / 1000), bank: bank)), scheduler: scheduler)
      }
    }
    return profile.withoutNewAnswers
  }

  /// The snapshot without its `digest` keys: read the careful way.
  func withoutDigests(_ data: Data) -> Data {
    let text = String(decoding: data, as: UTF8.self)
    return Data(text.replacingOccurrences(of: #","digest":"[0-9a-f]{16}""#, with: "", options: .regularExpression).utf8)
  }

  @Test("reads what the careful reading reads, for present and absent ids", arguments: [0, 1, 2, 3, 10, 257])
  func lazyEqualsCareful(questions: Int) throws {
    let original = profile(questions: questions)
    let data = try ProfileDecoding.snapshot(of: original)
    let lazy = try ProfileDecoding.profile(from: data).profile
    let careful = try ProfileDecoding.profile(from: withoutDigests(data)).profile
    #expect(lazy == original && careful == original)
    let lazyBanks = lazy.banks.values.filter { $0.questions.readsLazily }.count
    let carefulLazyBanks = careful.banks.values.filter { $0.questions.readsLazily }.count
    #expect(lazyBanks == lazy.banks.count && carefulLazyBanks == 0)
    for (bank, progress) in original.banks {
      #expect(lazy.banks[bank]?.questions.count == progress.questions.count)
      for (id, record) in progress.questions {
        #expect(lazy.record(bank: bank, question: id) == record, "\(bank) \(id)")
        // Ids next to a real one, before and after it in sort order, are absent.
        for absent in [id.rawValue + "!", String(id.rawValue.dropLast()), "0" + id.rawValue, id.rawValue + "~"]
        where progress.questions[QuestionID(rawValue: absent)] == nil {
          #expect(lazy.record(bank: bank, question: QuestionID(rawValue: absent)) == nil, "\(absent)")
        }
      }
    }
    #expect(lazy.record(bank: "cassez", question: QuestionID(rawValue: "")) == nil)
    #expect(lazy.record(bank: "cassez", question: QuestionID(rawValue: "zzzz")) == nil)
    // Written back unchanged, byte for byte (untouched lines are copied).
    #expect(try ProfileDecoding.snapshot(of: lazy) == data)
  }

  @Test("changes made after a lazy read are written in order, beside the copied lines")
  func changesMergeWithStoredLines() throws {
    let original = profile(questions: 60)
    var lazy = try ProfileDecoding.profile(from: ProfileDecoding.snapshot(of: original)).profile
    var eager = original
    let events = [
      S.answer("f0.choice.inverse", .right, at: S.at(days: 30)),  // an existing record, changed
      S.answer("a-new-first.typed", .wrong, at: S.at(days: 30.1)),  // new, sorts before every stored id
      S.answer("f99.typed", .right, at: S.at(days: 30.2)),  // new, in the middle
      S.answer("zz-last.choice", .right, at: S.at(days: 30.3)),  // new, after every stored id
    ]
    for event in events {
      lazy.apply(.answer(event), scheduler: scheduler)
      eager.apply(.answer(event), scheduler: scheduler)
    }
    #expect(lazy == eager)
    #expect(lazy.banks["cassez"]?.questions.count == eager.banks["cassez"]?.questions.count)
    #expect(try ProfileDecoding.snapshot(of: lazy) == ProfileDecoding.snapshot(of: eager))
    // Removing a stored record (a migration or a merge may) is counted and written too.
    let gone = try #require(original.banks["cassez"]?.questions.keys.sorted().dropFirst(3).first)
    lazy.banks["cassez"]?.questions[gone] = nil
    eager.banks["cassez"]?.questions[gone] = nil
    #expect(lazy.record(bank: "cassez", question: gone) == nil)
    #expect(lazy.banks["cassez"]?.questions.count == eager.banks["cassez"]?.questions.count)
    #expect(try ProfileDecoding.snapshot(of: lazy) == ProfileDecoding.snapshot(of: eager))
  }

  @Test("a record array edited by hand is read the careful way, with the edited values")
  func editedArrayIsNotTrusted() throws {
    let original = profile(questions: 40)
    let data = try ProfileDecoding.snapshot(of: original)
    var text = String(decoding: data, as: UTF8.self)
    // Change one record's stability, keeping the JSON valid and every length as it was.
    let line = try #require(text.range(of: #"\n\["f0\.choice\.inverse"[^\n]*"#, options: .regularExpression))
    var edited = String(text[line])
    let stability = try #require(edited.range(of: #",\d+\.\d+,"#, options: .regularExpression))
    edited.replaceSubrange(stability, with: "," + String(repeating: "7", count: edited[stability].count - 4) + ".5,")
    text.replaceSubrange(line, with: edited)
    let reread = try ProfileDecoding.profile(from: Data(text.utf8)).profile
    #expect(reread.banks["other"]?.questions.readsLazily == false)
    #expect(reread.banks["cassez"]?.questions.readsLazily == true)
    let record = try #require(reread.record(bank: "other", question: QuestionID(rawValue: "f0.choice.inverse")))
    #expect(
      record.card.stability
        != original.record(bank: "other", question: QuestionID(rawValue: "f0.choice.inverse"))?.card.stability)
    #expect(record.card.stability.map { $0 > 7 } == true, "the edited value, read carefully")
  }

  @Test("a damaged record under a stale digest is refused as before, not read lazily")
  func damagedArrayIsRefused() throws {
    let data = try ProfileDecoding.snapshot(of: profile(questions: 20))
    var text = String(decoding: data, as: UTF8.self)
    let line = try #require(text.range(of: #"\n\["f0\.choice\.inverse","#, options: .regularExpression))
    text.replaceSubrange(line, with: "\n[\"f0.choice.inverse\"; ")  // same length, no longer JSON
    #expect(throws: ProfileReadError.self) { try ProfileDecoding.profile(from: Data(text.utf8)) }
  }

  @Test(
    "a damaged digest or length is not trusted: the careful reading gives the same profile",
    arguments: ["digest", "bytes", "count"])
  func damagedIndexKeys(key: String) throws {
    let original = profile(questions: 30)
    var text = String(decoding: try ProfileDecoding.snapshot(of: original), as: UTF8.self)
    // The keys of the first bank's record array (the games have keys of the same names, earlier).
    let banks = try #require(text.range(of: "\n\"banks\":{"))
    func range(of pattern: String, options: String.CompareOptions = []) -> Range<String.Index>? {
      text.range(of: pattern, options: options, range: banks.upperBound..<text.endIndex)
    }
    switch key {
    case "digest":
      let range = try #require(range(of: #""digest":""#))
      text.replaceSubrange(range, with: #""digest":"0"#)
    case "bytes":
      let range = try #require(range(of: #""bytes":\d+"#, options: .regularExpression))
      text.replaceSubrange(range, with: "\"bytes\":" + String(Int(text[range].dropFirst(8))! - 1))
    default:
      let range = try #require(range(of: #""count":\d+"#, options: .regularExpression))
      text.replaceSubrange(range, with: "\"count\":" + String(Int(text[range].dropFirst(8))! + 1))
    }
    let reread = try ProfileDecoding.profile(from: Data(text.utf8)).profile
    #expect(reread == original)
    let lazyBanks = reread.banks.values.filter { $0.questions.readsLazily }.count
    #expect(lazyBanks == reread.banks.count - 1)
  }

  @Test("the digest changes with any byte, the length and the count")
  func digestSeesEveryByte() {
    let bytes = Array("[\n[\"a\",1],\n[\"b\",2]]".utf8) + Array(repeating: UInt8(ascii: " "), count: 70)
    let base = bytes.withUnsafeBytes { SnapshotDigest.of(count: 2, bytes: $0) }
    for index in bytes.indices {
      var changed = bytes
      changed[index] ^= 0x01
      #expect(changed.withUnsafeBytes { SnapshotDigest.of(count: 2, bytes: $0) } != base, "byte \(index)")
    }
    #expect(bytes.withUnsafeBytes { SnapshotDigest.of(count: 3, bytes: $0) } != base)
    #expect(bytes.dropLast().withUnsafeBytes { SnapshotDigest.of(count: 2, bytes: $0) } != base)
    #expect(SnapshotDigest.hex(0xAB).count == 16)
  }
}
