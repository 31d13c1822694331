import Foundation
import QuizCore

/// The banks a review can also cover: every installed bank the profile has answered questions of.
struct ReviewableBank {
  var context: GameContext
  var questions: [Question]

  var id: String { context.bank.bank.id }
}

extension GameRunner {
  /// Whether the bank was left to the default rule (no `--bank`, no `CASEQUIZ_BANK`), so a review speaks of
  /// every bank and not only the one chosen.
  var bankIsImplicit: Bool {
    options.bank == nil && (options.language.environment[BankChoice.variable] ?? "").isEmpty
  }

  /// The installed banks the profile has records of, other than `except`, each loaded with its questions;
  /// a bank that cannot be read is skipped (playing it says why).
  func reviewableBanks(profile: Profile, except: String? = nil) -> [ReviewableBank] {
    guard let data = try? DataLocator.live().locate(dataDir: options.dataDir) else { return [] }
    let installed = BankStore().bankFolders(in: data).map(\.lastPathComponent)
    return installed.filter { $0 != except && profile.banks[$0] != nil }.compactMap { id in
      guard let context = try? GameContext.load(dataDir: options.dataDir, bankID: id) else { return nil }
      return ReviewableBank(context: context, questions: QuestionGenerator(bank: context.bank, seed: 0).allQuestions())
    }
  }

  /// What `review` (due) or `review --missed` would ask in a bank now, with the game's kinds (its topics
  /// belong to the bank played).
  func toReview(in bank: ReviewableBank, profile: ProfileClient, now: Date) -> Int {
    let planner = ReviewPlanner(
      profile: profile.profile(), bank: bank.id, questions: bank.questions, scheduler: profile.scheduler())
    let filter = QuestionFilter(kinds: options.kinds.isEmpty ? nil : Set(options.kinds), topics: nil)
    return mode == .missed
      ? planner.missed(now: now, filter: filter).count : planner.dueForReview(now: now, filter: filter).count
  }

  /// For a review on a bank left to the default rule: one line naming the bank reviewed, and the other banks
  /// with questions to review and how to reach them; nothing when no other bank has any.
  func otherBanksNote(_ setup: Setup, now: Date) -> String? {
    guard mode != .play, bankIsImplicit else { return nil }
    let current = setup.context.bank.bank
    let others = reviewableBanks(profile: setup.profile.profile(), except: current.id).compactMap {
      bank -> String? in
      let count = toReview(in: bank, profile: setup.profile, now: now)
      return count > 0 ? "\(bank.id) (\(count))" : nil
    }
    guard !others.isEmpty else { return nil }
    return setup.context.catalog.string(
      "review.otherBanks", in: setup.language,
      ["bank": current.title[setup.language], "id": current.id, "others": others.joined(separator: ", ")])
  }
}
