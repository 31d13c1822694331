import ArgumentParser
import QuizCore

extension Language: ExpressibleByArgument {}
