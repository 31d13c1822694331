import Foundation

extension ProfileReadError {
  /// Where in `data` (the bytes that failed to read) the problem is: the first syntax error of a document
  /// that is not JSON, or where the value of a wrongly shaped key path is written (its nearest ancestor when
  /// the key is missing). `nil` for an empty, non-UTF-8 or newer file, or when the place cannot be found.
  public func position(in data: Data) -> TextPosition? {
    let keyPath: String?
    switch self {
    case .notJSON: keyPath = nil
    case .wrongShape(let path, _): keyPath = path
    case .empty, .notUTF8, .newerVersion: return nil
    }
    // The scanner reads valid UTF-8 only; a profile that is not is reported as such, without a place.
    guard String(validating: data, as: UTF8.self) != nil else { return nil }
    return data.withUnsafeBytes { raw -> TextPosition? in
      switch JSONScanner.scan(raw.bindMemory(to: UInt8.self), maxDepth: ProfileJSONReader.maximumDepth) {
      case .failure(let error): return error.position
      case .success(let result): return keyPath.flatMap { result.positions.nearestPosition(of: $0) }
      }
    }
  }
}
