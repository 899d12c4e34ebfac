import BackpropCore
import Lessons
import ProgressStorage
import Reports

/// A lesson to open in the stepper, and how: with quizzes or not, resuming the saved
/// progress or starting over.
public struct LessonLaunch: Sendable {
    /// The lesson.
    public var lesson: Lesson
    /// The key its progress is saved under (``LessonEntry/id``).
    public var id: String
    /// Whether quizzes are asked.
    public var asksQuizzes: Bool
    /// Whether to start over: from the first step, every quiz asked again.
    public var restarts: Bool
    /// The lesson that follows, for the end-of-lesson card.
    public var next: NextLesson?
    /// For a practice exercise, its network's shape (`2-2-1`): finishing it adds its score
    /// to that shape's practice record.
    public var practiceShape: String?

    /// A launch of `lesson`, saved under `id`.
    public init(lesson: Lesson, id: String, asksQuizzes: Bool = true, restarts: Bool = false, next: NextLesson? = nil,
                practiceShape: String? = nil) {
        self.lesson = lesson
        self.id = id
        self.asksQuizzes = asksQuizzes
        self.restarts = restarts
        self.next = next
        self.practiceShape = practiceShape
    }

    /// Where the lesson starts, given what was saved: the step (0-based) and a message saying
    /// so when it resumes (a restart promises the quizzes again only when they are asked). A lesson in progress resumes at its saved step; a lesson done, not
    /// started or restarted starts at the first step, and so does one whose saved step is past
    /// its end (the lesson has changed since), saying so.
    public func start(from saved: LessonProgress, stepCount: Int,
                      stepsPerIteration: Int) -> (position: Int, message: String?) {
        guard !restarts else {
            return (0, asksQuizzes ? "Starting over: every quiz will be asked again" : "Starting over from the first step")
        }
        switch saved.status {
        case .notStarted:
            return (0, nil)
        case .done:
            return (0, "Done before: back at the first step; the quizzes you answered stay answered")
        case .inProgress:
            guard saved.step < stepCount else {
                return (0, "The saved step \(UInt(saved.step) + 1) is past this lesson's \(stepCount) steps (it has changed): "
                        + "starting at the first step")
            }
            let position = max(0, saved.step)
            guard position > 0 else { return (0, nil) }
            let place = LessonMenu.place(ofStep: position, stepCount: stepCount, stepsPerIteration: stepsPerIteration)
            return (position, "Resumed at \(place) (g goes to the first step)")
        }
    }

    /// The quiz outcomes saved for this lesson that name one of its quizzes, by number
    /// (none when starting over).
    public func outcomes(from saved: LessonProgress) -> [Int: QuizOutcome] {
        guard !restarts else { return [:] }
        var outcomes: [Int: QuizOutcome] = [:]
        for quiz in lesson.quizzes {
            if let outcome = saved.outcome(ofQuiz: quiz.number) { outcomes[quiz.number] = outcome }
        }
        return outcomes
    }
}

extension StepperProgram {
    /// The stepper for a student: `launch`'s lesson at the step the saved progress says,
    /// its quizzes asked (or not) with the outcomes saved before, and a status-line message
    /// saying where it resumed.
    public init(launch: LessonLaunch, saved: LessonProgress, size: TerminalSize, context: RenderContext) {
        self.init(lesson: launch.lesson, size: size, context: context)
        let start = launch.start(from: saved, stepCount: state.timeline.stepCount,
                                 stepsPerIteration: state.timeline.stepsPerIteration)
        // Moved before the session exists, so no quiz on the way stops it.
        state.move(to: start.position)
        state.session = LessonSession(asksQuizzes: launch.asksQuizzes, outcomes: launch.outcomes(from: saved),
                                      next: launch.next)
        state.message = start.message.map { StepperMessage($0) }
    }
}
