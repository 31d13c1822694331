// The floor for any Swift program here: start, import Foundation, read a small JSON file, decode it with
// JSONDecoder and print one line. Whatever casequiz does at start-up is measured against this.
import Foundation

struct Greeting: Decodable {
  var language: String
  var prompt: String
  var options: [String]
}

let path = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "floor.json"
guard let data = FileManager.default.contents(atPath: path) else {
  FileHandle.standardError.write(Data("floor: cannot read \(path)\n".utf8))
  exit(1)
}
do {
  let greeting = try JSONDecoder().decode(Greeting.self, from: data)
  print("\(greeting.prompt) [\(greeting.options.joined(separator: ", "))]")
} catch {
  FileHandle.standardError.write(Data("floor: \(error)\n".utf8))
  exit(1)
}
