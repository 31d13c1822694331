import Foundation

@testable import QuizCore

/// Runs Debian's hunspell on text and returns the words it does not know.
enum Hunspell {
  static let executable = "/usr/bin/hunspell"
  static let dictionaries: [Language: String] = [.en: "en_US", .es: "es_MX"]

  static var available: Bool {
    FileManager.default.isExecutableFile(atPath: executable)
      && FileManager.default.fileExists(atPath: "/usr/share/hunspell/en_US.dic")
      && FileManager.default.fileExists(atPath: "/usr/share/hunspell/es_MX.dic")
  }

  /// The words of `text` unknown to the language's dictionary and not in `allowed`.
  static func unknownWords(in text: String, language: Language, allowed: Set<String>) throws -> Set<String> {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["-l", "-i", "utf-8", "-d", dictionaries[language] ?? "en_US"]
    var environment = ProcessInfo.processInfo.environment
    environment["LC_ALL"] = "C.UTF-8"
    process.environment = environment
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let words = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    // Single letters are option and event labels ("b a c"), not words.
    return Set(words.filter { $0.count > 1 && !allowed.contains($0) })
  }
}
