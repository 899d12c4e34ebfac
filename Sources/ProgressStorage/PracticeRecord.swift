/// How practice of one network shape has gone: exercises finished, the best score, and the
/// streak of exercises finished with every value worked out (none shown or skipped).
public struct PracticeRecord: Codable, Sendable, Hashable {
    /// Exercises finished.
    public var exercises: Int
    /// The best exercise's points (1 a first-try answer, ½ after the hint) …
    public var bestPoints: Double
    /// … out of this many quizzes.
    public var bestOf: Int
    /// Exercises in a row, up to the last, with no answer shown or skipped.
    public var streak: Int
    /// The longest such run.
    public var longestStreak: Int

    /// A record of no exercises.
    public init(exercises: Int = 0, bestPoints: Double = 0, bestOf: Int = 0, streak: Int = 0, longestStreak: Int = 0) {
        self.exercises = exercises
        self.bestPoints = bestPoints
        self.bestOf = bestOf
        self.streak = streak
        self.longestStreak = longestStreak
    }

    /// Adds a finished exercise that scored `score`.
    public mutating func record(_ score: QuizScore) {
        exercises += 1
        let fraction = score.total > 0 ? score.points / Double(score.total) : 0
        let best = bestOf > 0 ? bestPoints / Double(bestOf) : -1
        if fraction > best || (fraction == best && score.total > bestOf) {
            bestPoints = score.points
            bestOf = score.total
        }
        let clean = score.total > 0 && score.firstTry + score.afterHint == score.total
        streak = clean ? streak + 1 : 0
        longestStreak = max(longestStreak, streak)
    }

    /// The best score as the menu and the card write it: `27.5/31`.
    public var best: QuizScore {
        let halves = Int((bestPoints * 2).rounded())
        return QuizScore(firstTry: halves / 2, afterHint: halves % 2, skipped: 0, total: bestOf)
    }
}
