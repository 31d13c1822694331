import Foundation
import Testing

@testable import QuizCore

/// The stored form of `MemoryCard` in the player's JSON profile.
@Suite("Scheduling memory card coding")
struct SchedulingMemoryCardCodingTests {
  /// 2024-01-15T09:00:00Z
  let t0 = Date(timeIntervalSince1970: 1_705_309_200)

  func encode(_ card: MemoryCard) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.dateEncodingStrategy = .iso8601
    return String(decoding: try encoder.encode(card), as: UTF8.self)
  }

  func decode(_ json: String) throws -> MemoryCard {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return try decoder.decode(MemoryCard.self, from: Data(json.utf8))
  }

  @Test func encodesReadableKeys() throws {
    let card = Scheduler().review(MemoryCard(due: t0), rating: .good, at: t0).card
    #expect(
      try encode(card) == """
        {"difficulty":2.118103970459016,"due":"2024-01-15T09:10:00Z","lastReview":"2024-01-15T09:00:00Z",\
        "stability":2.3065,"state":"learning","step":1}
        """)
  }

  @Test func newCardOmitsAbsentValues() throws {
    #expect(try encode(MemoryCard(due: t0)) == #"{"due":"2024-01-15T09:00:00Z","state":"learning","step":0}"#)
  }

  @Test func decodesAReviewCard() throws {
    let card = try decode(
      """
      {"state":"review","stability":46.316858,"difficulty":2.097455,\
      "due":"2024-03-14T09:10:00Z","lastReview":"2024-01-28T09:10:00Z"}
      """)
    #expect(card.state == .review)
    #expect(card.step == nil)
    #expect(card.stability == 46.316858)
    #expect(card.lastReview == Date(timeIntervalSince1970: 1_706_433_000))
  }

  @Test func rejectsUnknownState() {
    #expect(throws: DecodingError.self) { try decode(#"{"state":"new","step":0,"due":"2024-01-15T09:00:00Z"}"#) }
  }

  /// Every state round-trips exactly with the default (numeric) date strategy too.
  @Test(arguments: CardState.allCases)
  func roundTrips(_ state: CardState) throws {
    let card = MemoryCard(
      state: state, step: state == .review ? nil : 1, stability: 10.971047614770226,
      difficulty: 2.1043313692968385, due: t0.addingTimeInterval(0.25), lastReview: t0)
    let data = try JSONEncoder().encode(card)
    #expect(try JSONDecoder().decode(MemoryCard.self, from: data) == card)
  }
}
