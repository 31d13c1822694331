import Foundation
import QuizCore
import Testing

@Suite("profile durability: kill -9, two games at once, failed saves")
struct ProfileDurabilityTests {
  @Test func anAnswerRecordedSurvivesKillNineRightAfter() throws {
    let sandbox = try ProfileSandbox()
    let recorder = try sandbox.startRecorder(["--no-compact"])
    try recorder.send([Script.answer("documentary-platform.typed", .wrong, minute: 0)])
    try recorder.waitFor("recorded 1")
    recorder.kill9()
    #expect(recorder.process.terminationReason == .uncaughtSignal)
    let journal = try String(contentsOf: sandbox.file("default.journal"), encoding: .utf8)
    #expect(journal.hasSuffix("\n") && journal.split(separator: "\n").count == 1)
    let profile = try sandbox.exported()
    #expect(profile.newAnswers.map(\.question.rawValue) == ["documentary-platform.typed"])
    #expect(
      profile.record(bank: "cassez", question: QuestionID(rawValue: "documentary-platform.typed"))?.missedSinceRight
        == true)
  }

  @Test func killedInTheMiddleOfManyAnswersKeepsEveryOneAcknowledged() throws {
    let sandbox = try ProfileSandbox()
    let recorder = try sandbox.startRecorder(["--compact-every", "7"])
    let events = (0..<40).map {
      Script.answer("documentary-platform.typed", $0 % 3 == 0 ? .wrong : .right, minute: Double($0))
    }
    try recorder.send(events)
    try recorder.waitFor("recorded 25")
    recorder.kill9()
    #expect(try sandbox.exported().newAnswers.count >= 25)
  }

  @Test func twoGamesAtOnceOnOneProfileLoseNoAnswer() throws {
    let sandbox = try ProfileSandbox()
    let questions = ["documentary-platform.typed", "raid-people-rescued.number", "documentary-premiere-date.choice"]
    let perGame = 120
    var recorders: [Recorder] = []
    var sent: [ProfileEvent] = []
    for game in 0..<2 {
      let recorder = try sandbox.startRecorder(["--compact-every", String(11 + game * 6)])
      recorders.append(recorder)
    }
    for index in 0..<perGame {
      for (game, recorder) in recorders.enumerated() {
        let event = Script.answer(
          questions[(index + game) % questions.count], index % 4 == 0 ? .wrong : .right,
          minute: Double(index) + Double(game) / 2, session: "game\(game)")
        try recorder.send([event])
        sent.append(event)
      }
    }
    for recorder in recorders {
      let (status, stderr) = try recorder.finish()
      #expect(status == 0, "\(stderr)")
    }
    let profile = try sandbox.exported()
    #expect(profile.newAnswers.count == 2 * perGame)
    let attempts = profile.banks["cassez"]?.questions.values.map(\.total.attempts).reduce(0, +)
    #expect(attempts == 2 * perGame)
    #expect(Set(profile.newAnswers.map(\.session)) == ["game0", "game1"])
    // Whatever order the two games' answers reached the snapshot in, the records and the tallies are those of
    // folding every answer in time order.
    let sequential = Profile().replaying(sent, scheduler: Scheduler())
    #expect(profile.banks == sequential.banks)
    #expect(profile.tallies == sequential.tallies)
    #expect(profile.newAnswers == sequential.newAnswers)
    #expect(try String(contentsOf: sandbox.file("default.journal"), encoding: .utf8).isEmpty)
  }

  @Test func aFailedSaveKeepsTheAnswersInMemoryAndWritesThemWithTheNextOne() throws {
    let sandbox = try ProfileSandbox()
    // A file where the profiles folder should be: nothing can be saved until it goes away.
    let blocker = sandbox.home.url.appendingPathComponent("casequiz")
    try Data("not a folder".utf8).write(to: blocker)
    let recorder = try sandbox.startRecorder()
    try recorder.send([Script.answer("documentary-platform.typed", .right, minute: 0)])
    try recorder.waitFor("pending 1")
    try recorder.send([Script.answer("raid-people-rescued.number", .wrong, minute: 1)])
    try recorder.waitFor("pending 2")
    try FileManager.default.removeItem(at: blocker)
    try recorder.send([Script.answer("documentary-premiere-date.choice", .right, minute: 2)])
    try recorder.waitFor("recorded 3")
    let (status, stderr) = try recorder.finish()
    #expect(status == 0)
    #expect(stderr.contains("casequiz: warning: Could not save the profile “default” ("))
    #expect(stderr.contains("1 unsaved answer or change is kept in memory and will be saved with the next answer."))
    #expect(stderr.contains("2 unsaved answers or changes are kept in memory"))
    #expect(try sandbox.exported().newAnswers.count == 3)
  }
}
