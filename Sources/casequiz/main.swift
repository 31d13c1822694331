import ArgumentParser
import CReadline
import Foundation
import QuizCore
print(Bundle.module.url(forResource: "QuestionBanks", withExtension: nil) as Any)
