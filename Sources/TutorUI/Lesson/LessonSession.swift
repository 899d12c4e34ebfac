import ProgressStorage

/// A student's session in one lesson, beyond where they are in it: the quizzes asked and
/// how each went, the answer being typed, and the card shown at the end of the lesson.
///
/// It lives in ``StepperState/session``; a plain stepper (tests, benchmarks) has none and
/// asks nothing. Only ``reduceLesson(_:_:)`` and the stepper's moves change it.
public struct LessonSession: Sendable, Hashable {
    /// Whether quizzes are asked (`--no-quiz` turns them off).
    public var asksQuizzes: Bool
    /// How each quiz ended, by the quiz's number in the lesson file.
    public var outcomes: [Int: QuizOutcome]
    /// Wrong answers so far, by quiz number (a second wrong answer ends the quiz).
    public private(set) var misses: [Int: Int] = [:]
    /// The answer being typed for the quiz on screen.
    public internal(set) var answer = ""
    /// The choice picked (1-based) for the multiple-choice quiz on screen, before Enter.
    public internal(set) var choice: Int?
    /// What was wrong with the last thing submitted that was no answer at all (kept until
    /// the next key).
    public internal(set) var inputProblem: String?
    /// The last wrong answer given to the quiz on screen, for the hint and the reveal.
    public internal(set) var lastWrongAnswer: String?
    /// Whether the quiz on screen was just settled (so the screen says how it went, with
    /// the answer the student gave).
    public internal(set) var justSettled = false
    /// The lesson that follows this one, for the end-of-lesson card.
    public var next: NextLesson?
    /// For a finished practice exercise, its shape's record with this exercise counted, for
    /// the end-of-lesson card.
    public var practice: FinishedPractice?
    /// Whether the end-of-lesson card is open.
    public internal(set) var isFinishCardVisible = false
    /// Set when the student asked, from the end-of-lesson card, to open the next lesson.
    public internal(set) var wantsNextLesson = false

    /// A session that asks quizzes (or not), with outcomes from an earlier session.
    public init(asksQuizzes: Bool, outcomes: [Int: QuizOutcome] = [:], next: NextLesson? = nil) {
        self.asksQuizzes = asksQuizzes
        self.outcomes = outcomes
        self.next = next
    }

    /// The wrong answers given so far to quiz `number`.
    public func missCount(ofQuiz number: Int) -> Int { misses[number] ?? 0 }

    /// Records a wrong answer to quiz `number`.
    mutating func recordMiss(ofQuiz number: Int) { misses[number, default: 0] += 1 }

    /// Forgets what belongs to the step being left: the answer typed, the choice, messages.
    mutating func leaveStep() {
        answer = ""
        choice = nil
        inputProblem = nil
        lastWrongAnswer = nil
        justSettled = false
    }
}

/// A practice exercise just finished: its shape and that shape's record with it counted.
public struct FinishedPractice: Sendable, Hashable {
    /// The network's shape, `2-2-1`.
    public var shape: String
    /// The shape's record, this exercise included.
    public var record: PracticeRecord

    /// Creates the description of a finished exercise.
    public init(shape: String, record: PracticeRecord) {
        self.shape = shape
        self.record = record
    }
}

/// The lesson after the one being walked through, as the end-of-lesson card names it.
public struct NextLesson: Sendable, Hashable {
    /// Its label in the menu (`8`, `1b`).
    public var label: String
    /// Its title.
    public var title: String
    /// Its file, as the library found it.
    public var path: String
    /// Its file as the end-of-lesson card writes it after `backprop open` (relative to the
    /// working directory when it lies below it).
    public var shownPath: String

    /// Creates the description of a next lesson.
    public init(label: String, title: String, path: String, shownPath: String? = nil) {
        self.label = label
        self.title = title
        self.path = path
        self.shownPath = shownPath ?? path
    }
}
