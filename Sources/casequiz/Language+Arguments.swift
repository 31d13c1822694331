import ArgumentParser
import QuizCore

extension Language: ExpressibleByArgument {}

extension Language {
  /// The language of the user's locale: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not
  /// empty decides (Foundation's `Locale.current` ignores them on Linux). Spanish when it starts with `es`,
  /// English otherwise.
  static func preferred(in environment: [String: String]) -> Language {
    let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
    return setting?.lowercased().hasPrefix("es") == true ? .es : .en
  }
}
