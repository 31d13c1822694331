// swift-tools-version:6.0
import PackageDescription

// Release builds reach the metadata of concrete generic types (a `Dictionary<String, String>`, a `Set<UInt8>`)
// through direct accessor functions instead of by mangled name. By name, the runtime demangles the type and
// finds each generic requirement's conformance (`String: Hashable`) by scanning every conformance record of the
// binary, about 300,000 instructions per type the first time it is met: 2.6 M of the 25.2 M instructions to the
// first question of the static build (docs/performance.md, issue 17). The accessors cost a little code size.
let fasterStart: [SwiftSetting] = [
  .unsafeFlags(
    ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release))
]

let package = Package(
  name: "casequiz",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "casequiz", targets: ["casequiz"]),
    .library(name: "QuizCore", targets: ["QuizCore"]),
    .library(name: "QuizEdge", targets: ["QuizEdge"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .target(name: "QuizCore", swiftSettings: fasterStart),
    .systemLibrary(
      name: "CReadline",
      providers: [.apt(["libreadline-dev"])]
    ),
    // The edges: files, profiles, the terminal, the game loop and the renderers, behind small client values.
    .target(
      name: "QuizEdge",
      dependencies: ["QuizCore", "CReadline"],
      resources: [.copy("Resources/QuestionBanks"), .copy("Resources/Locales")],
      swiftSettings: fasterStart
    ),
    // Only commands and their options.
    .executableTarget(
      name: "casequiz",
      dependencies: [
        "QuizCore",
        "QuizEdge",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: fasterStart
    ),
    .testTarget(
      name: "QuizCoreTests",
      dependencies: ["QuizCore"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "casequizTests",
      dependencies: ["QuizCore", "QuizEdge", "casequiz"]
    ),
  ]
)
