import Foundation

/// A problem the user can fix, reported as one line and exit status 1.
public struct CaseQuizError: Error, Equatable {
  /// What went wrong, naming the file or value.
  public var message: String

  public init(_ message: String) { self.message = message }
}
