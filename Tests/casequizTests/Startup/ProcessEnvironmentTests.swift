import Foundation
import Testing

@testable import QuizEdge

/// The environment read straight from `environ` is the one Foundation reads.
@Suite("process environment")
struct ProcessEnvironmentTests {
  @Test func matchesProcessInfo() {
    #expect(ProcessEnvironment.read(environ) == ProcessInfo.processInfo.environment)
  }

  /// A block of `NAME=value` strings read as a C program's `getenv` reads it.
  static let blocks: [(entries: [String], expected: [String: String])] = [
    ([], [:]),
    (["HOME=relative/ana", "LANG=es_MX.UTF-8"], ["HOME": "relative/ana", "LANG": "es_MX.UTF-8"]),
    (["EMPTY=", "EQUALS=a=b=c", "=nameless"], ["EMPTY": "", "EQUALS": "a=b=c", "": "nameless"]),
    (["NO_EQUALS_SIGN", "TERM=dumb"], ["TERM": "dumb"]),
    (["TWICE=first", "TWICE=second"], ["TWICE": "first"]),
    (["DATA=dir with spaces/ñ", "CASEQUIZ_LANG=es"], ["DATA": "dir with spaces/ñ", "CASEQUIZ_LANG": "es"]),
  ]

  @Test(arguments: blocks)
  func readsABlock(_ entries: [String], _ expected: [String: String]) {
    var pointers: [UnsafeMutablePointer<CChar>?] = entries.map { strdup($0) }
    pointers.append(nil)
    defer { for pointer in pointers { free(pointer) } }
    let variables = pointers.withUnsafeMutableBufferPointer { ProcessEnvironment.read($0.baseAddress) }
    #expect(variables == expected)
  }

  @Test func readsNoBlock() {
    #expect(ProcessEnvironment.read(nil).isEmpty)
  }
}
