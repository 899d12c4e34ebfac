/// Everything a student has done, lesson by lesson: what `progress.json` holds.
///
/// ```json
/// { "version": 1,
///   "lessons": { "worked-example": { "status": "in_progress", "step": 12,
///                                    "quizzes": { "1": "first_try", "2": "after_hint" },
///                                    "updated": "2026-03-01T10:15:00Z" } } }
/// ```
public struct StudentProgress: Codable, Sendable, Hashable {
    /// The file format's version; this code reads and writes 1.
    public var version: Int
    /// Per lesson, by the lesson's id (`LessonEntry.id` in `Lessons`).
    public var lessons: [String: LessonProgress]
    /// Practice exercises (`backprop practice`) by network shape (`2-2-1`); absent from
    /// the file until the first exercise is finished.
    public var practice: [String: PracticeRecord]?

    /// The format version this code writes.
    public static let currentVersion = 1

    /// No progress at all.
    public init(lessons: [String: LessonProgress] = [:]) {
        version = Self.currentVersion
        self.lessons = lessons
    }

    /// Adds a finished practice exercise of network `shape` that scored `score` to that
    /// shape's record.
    public mutating func recordPractice(shape: String, score: QuizScore) {
        var records = practice ?? [:]
        records[shape, default: PracticeRecord()].record(score)
        practice = records
    }

    /// A lesson's progress; a lesson never opened is not started.
    public subscript(lesson id: String) -> LessonProgress {
        get { lessons[id] ?? LessonProgress() }
        set { lessons[id] = newValue }
    }
}

/// How far a student got in one lesson.
public struct LessonProgress: Codable, Sendable, Hashable {
    /// Not started, in progress, or done.
    public var status: LessonStatus
    /// The global step (0-based) the student was last on, to resume from.
    public var step: Int
    /// How each quiz went, by the quiz's number in the lesson file (1-based, as text: JSON keys).
    public var quizzes: [String: QuizOutcome]
    /// When this lesson's progress last changed, as ISO 8601 UTC (`2026-03-01T10:15:00Z`).
    public var updated: String?

    /// A lesson not started.
    public init(status: LessonStatus = .notStarted, step: Int = 0, quizzes: [String: QuizOutcome] = [:],
                updated: String? = nil) {
        self.status = status
        self.step = step
        self.quizzes = quizzes
        self.updated = updated
    }

    /// How quiz `number` (1-based) went, if it was answered or skipped.
    public func outcome(ofQuiz number: Int) -> QuizOutcome? { quizzes[String(number)] }

    /// Records how quiz `number` (1-based) went.
    public mutating func record(_ outcome: QuizOutcome, forQuiz number: Int) { quizzes[String(number)] = outcome }

    /// The score over a lesson with `quizCount` quizzes.
    public func score(quizCount: Int) -> QuizScore {
        let outcomes = (1...max(1, quizCount)).prefix(quizCount).compactMap { outcome(ofQuiz: $0) }
        return QuizScore(firstTry: outcomes.filter { $0 == .firstTry }.count,
                         afterHint: outcomes.filter { $0 == .afterHint }.count,
                         skipped: outcomes.filter { $0 == .skipped }.count, total: quizCount,
                         revealed: outcomes.filter { $0 == .revealed }.count)
    }
}

/// Where a student is in a lesson.
public enum LessonStatus: String, Codable, Sendable, Hashable, CaseIterable {
    /// Never opened.
    case notStarted = "not_started"
    /// Opened and not finished.
    case inProgress = "in_progress"
    /// Stepped to the end.
    case done
}

/// How a quiz went.
public enum QuizOutcome: String, Codable, Sendable, Hashable, CaseIterable {
    /// Right on the first try.
    case firstTry = "first_try"
    /// Right on the second try, after the hint.
    case afterHint = "after_hint"
    /// Skipped: the student asked for the answer.
    case skipped
    /// Wrong twice, so the answer was shown.
    case revealed
}

/// A lesson's quiz results, counted: a right answer scores 1, right after a hint ½.
public struct QuizScore: Sendable, Hashable, CustomStringConvertible {
    /// Quizzes right on the first try.
    public var firstTry: Int
    /// Quizzes right after a hint.
    public var afterHint: Int
    /// Quizzes skipped.
    public var skipped: Int
    /// Quizzes in the lesson.
    public var total: Int
    /// Quizzes answered wrong twice, whose answer was then shown.
    public var revealed: Int

    /// Creates a score.
    public init(firstTry: Int, afterHint: Int, skipped: Int, total: Int, revealed: Int = 0) {
        self.firstTry = firstTry
        self.afterHint = afterHint
        self.skipped = skipped
        self.total = total
        self.revealed = revealed
    }

    /// Quizzes answered (right or not) or skipped.
    public var attempted: Int { firstTry + afterHint + skipped + revealed }

    /// Points: 1 per first-try answer, ½ per answer after a hint.
    public var points: Double { Double(firstTry) + 0.5 * Double(afterHint) }

    /// `3.5/5`: points out of the number of quizzes.
    public var description: String {
        let whole = points.rounded(.down)
        let text = points == whole ? String(Int(whole)) : String(Int(whole)) + ".5"
        return "\(text)/\(total)"
    }
}
