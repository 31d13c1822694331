import Testing
@testable import QuizCore
@Test func version() { #expect(!QuizCoreVersion.string.isEmpty) }
