public enum QuizCoreVersion { public static let string = "0.1.0" }
