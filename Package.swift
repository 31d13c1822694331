// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "casequiz",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "casequiz", targets: ["casequiz"]),
    .library(name: "QuizCore", targets: ["QuizCore"]),
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
    .executableTarget(
      name: "casequiz",
      dependencies: [
        "QuizCore",
        "CReadline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      resources: [.copy("Resources/QuestionBanks"), .copy("Resources/Locales")]
    ),
    .testTarget(
      name: "QuizCoreTests",
      dependencies: ["QuizCore"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "casequizTests",
      dependencies: ["QuizCore", "casequiz"]
    ),
  ]
)
