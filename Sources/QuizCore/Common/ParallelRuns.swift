import Dispatch

/// Independent pieces of work run on the machine's cores, their results returned in the order of the pieces,
/// so what a caller does with them is the same whatever ran first. One piece runs on the calling thread.
enum ParallelRuns {
  /// `body(0)`, `body(1)`, … `body(count - 1)`, run concurrently (Dispatch decides on how many threads).
  static func map<Result>(count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
    guard count > 1 else { return (0..<max(count, 0)).map(body) }
    return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
      guard let base = buffer.baseAddress else { return }
      // Each piece writes its own element only.
      nonisolated(unsafe) let results = base
      DispatchQueue.concurrentPerform(iterations: count) { piece in
        (results + piece).initialize(to: body(piece))
      }
      initialized = count
    }
  }
}
