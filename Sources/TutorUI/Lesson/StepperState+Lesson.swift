import BackpropCore
import Lessons
import ProgressStorage

extension StepperState {
    /// The lesson's own stepper: this one, or the one kept aside while a stepper on the
    /// training's weights is on screen. Its place and quiz answers are what progress saves.
    public var lessonPlace: StepperState { training.lessonStepper?.state ?? self }

    /// The quiz on the step on screen, when the session asks quizzes.
    public var quizOnScreen: Quiz? {
        guard let session, session.asksQuizzes else { return nil }
        return lesson.quiz(atStep: position)
    }

    /// The quiz on screen while it waits for an answer (not yet answered, revealed or skipped).
    public var waitingQuiz: Quiz? {
        guard let quiz = quizOnScreen, session?.outcomes[quiz.number] == nil else { return nil }
        return quiz
    }

    /// The value the step on screen computes, while a waiting quiz hides it behind `?`.
    public var hiddenResult: ValueRef? { waitingQuiz == nil ? nil : step.produces }

    /// The quiz's place among the lesson's quizzes in step order, and how many there are:
    /// (1, 8) for the first of eight.
    func rank(of quiz: Quiz) -> (number: Int, count: Int) {
        let before = lesson.quizzes.filter { $0.stepIndex < quiz.stepIndex }.count
        return (before + 1, lesson.quizzes.count)
    }

    /// Where a move towards `target` stops: at the quiz on screen while it waits, or at the
    /// first waiting quiz on the way forward. Leaving a step forgets its answer and closes
    /// the end-of-lesson card; arriving at a waiting quiz pauses playback. The hook
    /// ``move(to:)`` calls.
    mutating func stopAtQuiz(_ target: Int) -> Int {
        guard var session else { return target }
        var stop = target
        if session.asksQuizzes, target > position {
            if let waiting = waitingQuiz {
                stop = position
                message = StepperMessage("First the quiz: " + Self.howToAnswer(waiting), isError: true)
            } else if let first = lesson.quizzes.filter({ quiz in
                quiz.stepIndex > position && quiz.stepIndex < target && session.outcomes[quiz.number] == nil
            }).min(by: { $0.stepIndex < $1.stepIndex }) {
                stop = first.stepIndex
                message = StepperMessage("Stopped at a quiz: " + Self.howToAnswer(first))
            }
        }
        if stop != position {
            session.leaveStep()
            session.isFinishCardVisible = false
        }
        if session.asksQuizzes, let quiz = lesson.quiz(atStep: stop), session.outcomes[quiz.number] == nil {
            playback.isPlaying = false
        }
        self.session = session
        return stop
    }

    /// What to press to answer `quiz` or skip it.
    static func howToAnswer(_ quiz: Quiz) -> String {
        if case .choice(let choice) = quiz.answer {
            return "press " + (choice.choices.count == 2 ? "1 or 2" : "1 to \(choice.choices.count)")
                + " and Enter, or s to skip"
        }
        return "type your answer and press Enter, or s to skip"
    }
}
