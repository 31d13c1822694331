// swift-tools-version:6.0
// The benchmarks of casequiz: a package of its own, so `make test` never builds or runs them, depending on the
// root package by path for `QuizCore`. `run.sh` (or `make bench`) builds and runs them all; see
// docs/performance.md.
import PackageDescription

let quizCore = Target.Dependency.product(name: "QuizCore", package: "casequiz")

let package = Package(
  name: "casequiz-benchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    // Named, so the product resolves whatever the checkout's folder is called.
    .package(name: "casequiz", path: "..")
  ],
  targets: [
    // Spawning children, statistics and the results table.
    .target(name: "BenchSupport"),
    // A tiny C launcher that reports a child's own peak memory (see its source for why it is needed).
    .executableTarget(name: "peak"),
    // The floor for any Swift program here: Foundation, one small JSON file decoded, one line printed.
    .executableTarget(name: "floor"),
    // Synthetic banks of N facts; load, validate and generate them, or only decode them with JSONDecoder.
    .executableTarget(name: "bench-bank", dependencies: ["BenchSupport", quizCore]),
    // FSRS: writes a stream of reviews and replays it through `Scheduler`.
    .executableTarget(name: "bench-fsrs", dependencies: ["BenchSupport", quizCore]),
    // Profiles of N questions with 10 N answers, and a driver that plays `casequiz play --json` answer by answer.
    .executableTarget(name: "bench-profile", dependencies: ["BenchSupport", quizCore]),
    // Runs every measurement side by side, alternating, and prints the table.
    .executableTarget(name: "bench", dependencies: ["BenchSupport"]),
  ]
)
