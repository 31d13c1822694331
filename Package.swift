// swift-tools-version:6.0
import PackageDescription

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
    .target(name: "QuizCore"),
    .systemLibrary(
      name: "CReadline",
      providers: [.apt(["libreadline-dev"])]
    ),
    // The edges: files, profiles, the terminal, the game loop and the renderers, behind small client values.
    .target(
      name: "QuizEdge",
      dependencies: ["QuizCore", "CReadline"],
      resources: [.copy("Resources/QuestionBanks"), .copy("Resources/Locales")]
    ),
    // Only commands and their options.
    .executableTarget(
      name: "casequiz",
      dependencies: [
        "QuizCore",
        "QuizEdge",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
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
