/// Where a game's seed comes from when `--seed` is not given: the system's random generator, or a fixed
/// value in tests. Everything else random in a game is drawn from that seed (`SplitMix64`).
public struct RandomSource: Sendable {
  /// A new seed.
  public var seed: @Sendable () -> UInt64

  public init(seed: @escaping @Sendable () -> UInt64) { self.seed = seed }

  /// The system's generator.
  public static let live = RandomSource { UInt64.random(in: 0...UInt64.max) }

  /// Always `value`.
  public static func constant(_ value: UInt64) -> RandomSource { RandomSource { value } }
}
