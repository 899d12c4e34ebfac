import Lessons
import ProgressStorage

/// The longest answer the student can type.
let longestAnswer = 24

/// Applies a quiz or end-of-lesson action: called from ``reduce(_:_:)``; pure like it.
///
/// A value quiz takes typed characters, checks them on Enter with ``Quiz/check(_:)``: right
/// settles it (first try, or after the hint); wrong the first time shows the hint and asks
/// again (the same wrong answer again is refused without using up that try); wrong again
/// shows the answer; text that is no number gets a message and is kept.
/// A multiple-choice quiz takes a choice (1–9) and checks it on Enter the same way. `s`
/// skips. Each settled quiz gets its ``QuizOutcome`` in the session.
func reduceLesson(_ state: inout StepperState, _ action: LessonAction) {
    guard var session = state.session else { return }
    defer { state.session = session }
    session.inputProblem = nil
    switch action {
    case .finishCardOpened:
        session.isFinishCardVisible = true
        state.playback.isPlaying = false
        return
    case .finishCardClosed:
        session.isFinishCardVisible = false
        return
    case .nextLessonOpened:
        session.isFinishCardVisible = false
        if session.next != nil {
            session.wantsNextLesson = true
            state.hasQuit = true
        } else {
            state.message = StepperMessage("This was the last lesson: there is none after it to open; q leaves it", isError: true)
        }
        return
    default:
        break
    }
    guard let quiz = state.waitingQuiz else { return }
    switch action {
    case .answerTyped(let character):
        if session.answer.count < longestAnswer {
            session.answer.append(character)
        } else {
            session.inputProblem = "That is long enough for an answer: Enter checks it"
        }
    case .answerRefused(let character):
        session.inputProblem = "\"\(character)\" cannot be part of a number: type digits, a point, a minus sign "
            + "and e for powers of ten (3e-4)"
    case .answerErased:
        if session.choice != nil {
            session.choice = nil
        } else if !session.answer.isEmpty {
            session.answer.removeLast()
        } else {
            state.message = StepperMessage("Nothing typed to erase; ← or h goes back a step")
        }
    case .answerCleared:
        session.answer = ""
        session.choice = nil
    case .choicePicked(let number):
        guard case .choice(let choice) = quiz.answer else { return }
        if choice.choices.indices.contains(number - 1) {
            session.choice = number
        } else {
            session.inputProblem = "There is no choice \(number): press 1 to \(choice.choices.count)"
        }
    case .answerSubmitted:
        submit(quiz, in: &session)
    case .quizSkipped:
        settle(quiz, .skipped, in: &session)
    case .finishCardOpened, .finishCardClosed, .nextLessonOpened:
        break
    }
}

/// Checks the answer typed (or the choice picked) for `quiz`.
private func submit(_ quiz: Quiz, in session: inout LessonSession) {
    let typed: String
    if case .choice(let choice) = quiz.answer {
        guard let picked = session.choice else {
            session.inputProblem = "Pick an answer first: press 1 to \(choice.choices.count), then Enter"
            return
        }
        typed = String(picked)
    } else {
        typed = session.answer
    }
    switch quiz.check(typed) {
    case .notANumber(let problem):
        session.inputProblem = problem.prefix(1).uppercased() + problem.dropFirst()
    case .correct:
        settle(quiz, session.missCount(ofQuiz: quiz.number) == 0 ? .firstTry : .afterHint, in: &session)
    case .wrong where session.missCount(ofQuiz: quiz.number) > 0 && typed == session.lastWrongAnswer:
        // The same wrong answer again does not use up the second try; the field is empty again.
        session.inputProblem = "That was your first answer too: the hint may help; s skips"
        session.answer = ""
    case .wrong:
        session.lastWrongAnswer = typed
        if session.missCount(ofQuiz: quiz.number) == 0 {
            session.recordMiss(ofQuiz: quiz.number)
            session.answer = ""
            session.choice = nil
        } else {
            session.recordMiss(ofQuiz: quiz.number)
            settle(quiz, .revealed, in: &session)
        }
    }
}

/// Ends `quiz` with `outcome`: the result shows, and the screen says how it went (the
/// answer typed stays, for that message, until the student leaves the step).
private func settle(_ quiz: Quiz, _ outcome: QuizOutcome, in session: inout LessonSession) {
    session.outcomes[quiz.number] = outcome
    session.justSettled = true
}
