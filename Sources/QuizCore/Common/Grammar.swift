import Foundation

/// The grammatical features of a name that a sentence needs in one language.
public struct Grammar: Codable, Sendable, Equatable, Hashable {
  /// Grammatical gender (Spanish); English names leave it out.
  public enum Gender: String, Codable, Sendable, Hashable {
    case masculine, feminine
  }

  /// Grammatical number.
  public enum Number: String, Codable, Sendable, Hashable {
    case singular, plural
  }

  /// The gender, needed in Spanish for articles and agreement.
  public var gender: Gender?
  /// The number, needed for articles and verb agreement.
  public var number: Number
  /// Whether the name takes a definite article in a sentence ("la Suprema Corte", "the Supreme Court").
  public var definiteArticle: Bool
  /// Whether the name itself begins with its article ("El Universal"): then `de` and `a` do not contract.
  public var articleInName: Bool

  /// Creates grammatical features.
  public init(gender: Gender? = nil, number: Number = .singular, definiteArticle: Bool = false, articleInName: Bool = false) {
    self.gender = gender
    self.number = number
    self.definiteArticle = definiteArticle
    self.articleInName = articleInName
  }

  enum CodingKeys: String, CodingKey {
    case gender, number, definiteArticle, articleInName
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    gender = try container.decodeIfPresent(Gender.self, forKey: .gender)
    number = try container.decodeIfPresent(Number.self, forKey: .number) ?? .singular
    definiteArticle = try container.decodeIfPresent(Bool.self, forKey: .definiteArticle) ?? false
    articleInName = try container.decodeIfPresent(Bool.self, forKey: .articleInName) ?? false
  }
}
