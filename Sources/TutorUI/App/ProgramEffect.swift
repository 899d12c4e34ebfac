import ProgressStorage

/// File IO that a program asks for instead of doing it, as Bubble Tea's commands: the runner
/// carries it out with ``ProgressEffects`` and hands the program its ``EffectOutcome``.
public enum ProgramEffect: Sendable, Hashable {
    /// Save lesson `lesson`'s progress, changed as `change` says.
    case saveProgress(lesson: String, change: LessonProgressChange)
    /// Read the saved progress again (another copy of `backprop` may have saved some).
    case reloadProgress
    /// Add a finished practice exercise's score to the record of its network `shape`.
    case recordPractice(shape: String, score: QuizScore)
}

/// What came of a ``ProgramEffect``.
public enum EffectOutcome: Sendable, Hashable {
    /// The progress as saved (nil when nothing was stored), and a message to show if the
    /// save failed or warned.
    case progressSaved(StudentProgress?, problem: String?)
    /// The progress as read (nil when nothing is stored), and warnings about the file.
    case progressLoaded(StudentProgress?, warnings: [String])
}

/// How one save changes a lesson's progress: where the student is, its quiz outcomes, and
/// whether it is done.
public struct LessonProgressChange: Sendable, Hashable {
    /// Whether the save replaces what was saved before (the lesson was started over).
    public var restarts: Bool
    /// The step the student is at.
    public var step: Int
    /// Whether the student has reached the lesson's end (once done, a lesson stays done).
    public var isDone: Bool
    /// The quizzes settled so far, by number.
    public var outcomes: [Int: QuizOutcome]

    /// Applies the change to `progress`.
    public func apply(to progress: inout LessonProgress) {
        if restarts { progress = LessonProgress() }
        progress.step = step
        progress.status = isDone || progress.status == .done ? .done : .inProgress
        for (number, outcome) in outcomes { progress.record(outcome, forQuiz: number) }
    }
}
