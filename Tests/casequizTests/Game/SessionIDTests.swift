import Foundation
import Testing

@testable import QuizEdge

/// The session id's time stamp is the UTC second as ISO 8601's basic format writes it.
@Suite("session ids")
struct SessionIDTests {
  @Test(
    arguments: [
      0, 1, 59.999, 86_399.5, 86_400, 951_782_400, 951_868_799, 1_136_073_599, 1_764_979_199.75, 1_798_761_600,
      4_102_444_800, -1, -86_401, -2_208_988_800,
    ] as [Double])
  func stampMatchesTheISO8601Formatter(_ seconds: Double) {
    let date = Date(timeIntervalSince1970: seconds)
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withYear, .withMonth, .withDay, .withTime, .withTimeZone]
    let expected = formatter.string(from: date)
    #expect(GameRunner.sessionID(now: date, seed: 0x1_2a_bc_de) == expected + "-2abcde")
  }
}
