import ArgumentParser
import QuizEdge

extension ColorChoice: ExpressibleByArgument {}
