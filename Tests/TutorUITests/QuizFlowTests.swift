import BackpropCore
import Lessons
import ProgressStorage
import Testing
@testable import TutorUI

/// How a quiz goes, key by key, through the key map and the reducer: right the first time,
/// wrong then right, wrong twice, text that is no number, skipped, multiple choice, quizzes
/// off, and going back and forth.
///
/// The fixture's quiz 1 (step 1) asks for zₕ₁ = 1·0.5 + 2·(−0.25) + 0.125 = 0.125; its
/// quiz 2 (step 3) asks what o1 does with h1's output, choice 1 ("Doubles it": w₃ = 2).
struct QuizFlowTests {
    /// A stepper on the quiz fixture with a session that asks quizzes (or not).
    func stepper(asksQuizzes: Bool = true) throws -> StepperState {
        var state = StepperState(lesson: try Fixtures.quizLesson(), size: .minimum)
        state.session = LessonSession(asksQuizzes: asksQuizzes)
        return state
    }

    @Test func theFirstStepWaitsWithItsResultHidden() throws {
        let state = try stepper()
        #expect(state.waitingQuiz?.number == 1)
        #expect(state.hiddenResult == .z(0))
    }

    @Test func aRightAnswerSettlesTheQuizFirstTry() throws {
        var state = try stepper()
        try Fixtures.press("type:0.125", on: &state)
        #expect(state.session?.answer == "0.125")
        try Fixtures.press("enter", on: &state)
        #expect(state.session?.outcomes[1] == .firstTry)
        #expect(state.waitingQuiz == nil && state.hiddenResult == nil)
        #expect(state.position == 0, "answering does not move on by itself")
        try Fixtures.press("l", on: &state)
        #expect(state.position == 1)
    }

    @Test func anAnswerWithinTheToleranceCountsAsRight() throws {
        var state = try stepper()
        // The value rounded to the digits typed, with two significant digits: 0.13 for 0.125
        // counts; 0.1254 (four decimals: 0.1250) and 0.1 (one digit) would not.
        #expect(try #require(state.waitingQuiz).check("0.1254") == .wrong)
        #expect(try #require(state.waitingQuiz).check("0.1") == .wrong)
        try Fixtures.press("type:0.13 enter", on: &state)
        #expect(state.session?.outcomes[1] == .firstTry)
    }

    @Test func aWrongAnswerGivesAHintAndASecondTry() throws {
        var state = try stepper()
        try Fixtures.press("type:0.5 enter", on: &state)
        #expect(state.session?.outcomes[1] == nil)
        #expect(state.session?.missCount(ofQuiz: 1) == 1)
        #expect(state.session?.lastWrongAnswer == "0.5")
        #expect(state.session?.answer == "", "the second try starts empty")
        #expect(state.hiddenResult == .z(0), "still hidden after a wrong answer")
        try Fixtures.press("type:0.125 enter", on: &state)
        #expect(state.session?.outcomes[1] == .afterHint)
        #expect(state.hiddenResult == nil)
    }

    @Test func twoWrongAnswersRevealTheAnswerAndLetTheStudentGoOn() throws {
        var state = try stepper()
        try Fixtures.press("type:1 enter type:2 enter", on: &state)
        #expect(state.session?.outcomes[1] == .revealed)
        #expect(state.session?.lastWrongAnswer == "2")
        #expect(state.hiddenResult == nil)
        try Fixtures.press("l", on: &state)
        #expect(state.position == 1)
    }

    @Test func theSameWrongAnswerAgainDoesNotUseUpTheSecondTry() throws {
        var state = try stepper()
        try Fixtures.press("type:0.5 enter type:0.5 enter", on: &state)
        #expect(state.session?.outcomes[1] == nil && state.session?.missCount(ofQuiz: 1) == 1)
        #expect(state.session?.inputProblem == "That was your first answer too: the hint may help; s skips")
        #expect(state.session?.answer == "", "the field is empty again: the next answer is not typed after 0.5")
        #expect(state.hiddenResult == .z(0))
        try Fixtures.press("type:0.125 enter", on: &state)
        #expect(state.session?.outcomes[1] == .afterHint)
        // A multiple-choice quiz: the same wrong choice twice.
        try Fixtures.press("l l 2 enter 2 enter", on: &state)
        #expect(state.session?.outcomes[2] == nil && state.session?.missCount(ofQuiz: 2) == 1)
        try Fixtures.press("backspace 3 enter", on: &state)
        #expect(state.session?.outcomes[2] == .revealed)
    }

    @Test func textThatIsNoNumberGetsAMessageAndIsKept() throws {
        var state = try stepper()
        try Fixtures.press("type:1.2.3 enter", on: &state)
        #expect(state.session?.inputProblem?.contains("is not a number") == true)
        #expect(state.session?.answer == "1.2.3", "nothing typed is lost")
        #expect(state.session?.missCount(ofQuiz: 1) == 0, "no number is no wrong answer")
        #expect(state.session?.outcomes[1] == nil)
        // A decimal comma is refused with its own message.
        try Fixtures.press("backspace backspace backspace backspace backspace type:0,125 enter", on: &state)
        #expect(state.session?.inputProblem?.contains("use a point for decimals") == true)
        // Nothing typed at all.
        try Fixtures.press("esc enter", on: &state)
        #expect(state.session?.inputProblem?.hasPrefix("Nothing typed") == true)
        // A letter that is no stepper key says what can be typed, and is not typed.
        try Fixtures.press("x", on: &state)
        #expect(state.session?.inputProblem?.contains("cannot be part of a number") == true)
        #expect(state.session?.answer == "")
        #expect(state.hasQuit == false, "Esc with something typed clears it, it does not quit")
    }

    @Test func backspaceErasesAndEscClearsThenQuits() throws {
        var state = try stepper()
        try Fixtures.press("type:0.12 backspace", on: &state)
        #expect(state.session?.answer == "0.1")
        #expect(state.position == 0, "Backspace erases while a quiz waits, it does not go back")
        try Fixtures.press("esc", on: &state)
        #expect(state.session?.answer == "")
        #expect(!state.hasQuit)
        try Fixtures.press("esc", on: &state)
        #expect(state.hasQuit)
    }

    @Test func exponentsAndSignsCanBeTyped() throws {
        var state = try stepper()
        try Fixtures.press("type:1.25e-1 enter", on: &state)
        #expect(state.session?.outcomes[1] == .firstTry)
    }

    @Test func sSkipsAndShowsTheResult() throws {
        var state = try stepper()
        try Fixtures.press("s", on: &state)
        #expect(state.session?.outcomes[1] == .skipped)
        #expect(state.hiddenResult == nil)
        try Fixtures.press("l", on: &state)
        #expect(state.position == 1)
    }

    @Test func theGradientCheckAndTheTrainingViewWaitUntilTheQuizIsSettled() throws {
        var state = try stepper()
        for key in ["c", "t"] {
            try Fixtures.press(key, on: &state)
            #expect(state.training.gradientCheck == nil && !state.training.isVisible, "\(key) shows nothing yet")
            #expect(state.message?.text.hasPrefix("First the quiz (\(key) would show its answer)") == true)
            #expect(state.message?.isError == true)
            #expect(state.hiddenResult == .z(0))
        }
        try Fixtures.press("s t", on: &state)
        #expect(state.training.isVisible, "once skipped, t opens the training view")
        // A multiple-choice quiz hides no value: t opens the training view while it waits.
        try Fixtures.press("t l l", on: &state)
        #expect(state.waitingQuiz?.number == 2 && !state.waitingQuiz!.asksForValue)
        try Fixtures.press("t", on: &state)
        #expect(state.training.isVisible)
    }

    @Test func nextStepKeysDoNotWalkPastAWaitingQuiz() throws {
        var state = try stepper()
        for key in ["l", "right", "space", "]", "G", "i"] {
            try Fixtures.press(key, on: &state)
            #expect(state.position == 0, "\(key) walked past the quiz")
        }
        try Fixtures.press("l", on: &state)
        #expect(state.message?.text.hasPrefix("First the quiz: type your answer and press Enter, or s to skip") == true)
        // The jump prompt cannot jump past it either.
        try Fixtures.press(": 5 enter", on: &state)
        #expect(state.position == 0)
    }

    @Test func movingForwardStopsAtTheFirstQuizStillWaiting() throws {
        var state = try stepper()
        try Fixtures.press("s G", on: &state)
        #expect(state.position == 2, "G stops at quiz 2 on step 3")
        #expect(state.message?.text.hasPrefix("Stopped at a quiz") == true)
        #expect(state.waitingQuiz?.number == 2)
    }

    @Test func playbackPausesAtAQuiz() throws {
        var state = try stepper()
        try Fixtures.press("s p tick", on: &state)
        #expect(state.position == 1 && state.playback.isPlaying)
        try Fixtures.press("tick", on: &state)
        #expect(state.position == 2)
        #expect(!state.playback.isPlaying, "playback stops where a quiz waits")
    }

    @Test func multipleChoicePicksThenConfirmsWithEnter() throws {
        var state = try stepper()
        try Fixtures.press("s l l", on: &state)
        #expect(state.waitingQuiz?.number == 2)
        try Fixtures.press("enter", on: &state)
        #expect(state.session?.inputProblem?.hasPrefix("Pick an answer first") == true)
        try Fixtures.press("7", on: &state)
        #expect(state.session?.inputProblem == "There is no choice 7: press 1 to 3")
        try Fixtures.press("2", on: &state)
        #expect(state.session?.choice == 2)
        #expect(state.session?.outcomes[2] == nil, "picking does not answer")
        try Fixtures.press("enter", on: &state)
        #expect(state.session?.missCount(ofQuiz: 2) == 1)
        #expect(state.session?.choice == nil)
        try Fixtures.press("1 enter", on: &state)
        #expect(state.session?.outcomes[2] == .afterHint)
        #expect(state.hiddenResult == nil)
    }

    @Test func multipleChoiceRightFirstTime() throws {
        var state = try stepper()
        try Fixtures.press("s l l 1 enter", on: &state)
        #expect(state.session?.outcomes[2] == .firstTry)
    }

    @Test func withQuizzesOffNothingIsHiddenOrAsked() throws {
        var state = try stepper(asksQuizzes: false)
        #expect(state.waitingQuiz == nil && state.hiddenResult == nil)
        try Fixtures.press("l l l", on: &state)
        #expect(state.position == 3)
        // Digits and s mean what they mean to the stepper: nothing.
        try Fixtures.press("s", on: &state)
        #expect(state.message?.text.hasPrefix("The key s does nothing here") == true)
        #expect(state.session?.outcomes.isEmpty == true)
    }

    @Test func goingBackFromAWaitingQuizAndReturningAsksAgain() throws {
        var state = try stepper()
        try Fixtures.press("s l l type:0.3", on: &state)
        try Fixtures.press("left", on: &state)
        #expect(state.position == 1, "← goes back from a waiting quiz")
        #expect(state.session?.answer == "", "leaving the step forgets the answer being typed")
        try Fixtures.press("l", on: &state)
        #expect(state.waitingQuiz?.number == 2, "the quiz still waits")
    }

    @Test func anAnsweredQuizIsNotAskedAgain() throws {
        var state = try stepper()
        try Fixtures.press("type:0.125 enter l g", on: &state)
        #expect(state.position == 0)
        #expect(state.waitingQuiz == nil)
        #expect(state.hiddenResult == nil)
        #expect(state.quizOnScreen?.number == 1)
        try Fixtures.press("l", on: &state)
        #expect(state.position == 1)
    }

    @Test func aMissIsRememberedWhenTheStudentGoesBackAndReturns() throws {
        var state = try stepper()
        try Fixtures.press("s l l 3 enter h l", on: &state)
        #expect(state.session?.missCount(ofQuiz: 2) == 1)
        try Fixtures.press("3 enter", on: &state)
        #expect(state.session?.outcomes[2] == .revealed, "the second wrong answer ends it, even after leaving")
    }

    @Test func quizNumbersFollowTheSteps() throws {
        let state = try stepper()
        let quizzes = state.lesson.quizzes
        #expect(state.rank(of: quizzes[0]) == (1, 2))
        #expect(state.rank(of: quizzes[1]) == (2, 2))
    }

    @Test func theEndOfTheLessonOpensTheCardAndEnterAsksForTheNextLesson() throws {
        var state = try stepper(asksQuizzes: false)
        state.session?.next = NextLesson(label: "2", title: "Next one", path: "/x/02-next.toml")
        try Fixtures.press("G", on: &state)
        #expect(state.isAtEnd)
        try Fixtures.press("l", on: &state)
        #expect(state.session?.isFinishCardVisible == true)
        try Fixtures.press("x", on: &state)
        #expect(state.session?.isFinishCardVisible == false, "any other key closes the card")
        try Fixtures.press("l g", on: &state)
        #expect(state.position == 0 && state.session?.isFinishCardVisible == false, "g closes the card and goes back")
        try Fixtures.press("G l enter", on: &state)
        #expect(state.session?.wantsNextLesson == true && state.hasQuit)
    }

    @Test func theCardWithoutANextLessonSaysSoOnEnter() throws {
        var state = try stepper(asksQuizzes: false)
        try Fixtures.press("G l enter", on: &state)
        #expect(!state.hasQuit)
        #expect(state.message?.text.hasPrefix("This was the last lesson") == true)
    }

    @Test func aPlainStepperHasNoQuizzesAndNoCard() throws {
        var state = StepperState(lesson: try Fixtures.quizLesson(), size: .minimum)
        #expect(state.waitingQuiz == nil)
        try Fixtures.press("G l", on: &state)
        #expect(state.message?.text.hasPrefix("End of the lesson") == true)
    }
}

/// Quizzes and what-if edits together: an edit makes the stored answers wrong, so quizzes
/// stop while any edit is in force, and come back when every edit is undone.
struct QuizzesAndEditsTests {
    @Test func withAValueSelectedEAndUEditAndUndoEvenWhileAQuizWaits() throws {
        var state = StepperState(lesson: try Fixtures.quizLesson(), size: .minimum)
        state.session = LessonSession(asksQuizzes: true)
        try Fixtures.press("e", on: &state)
        #expect(state.session?.answer == "e" && state.instructor.prompt == nil, "nothing selected: e is typed")
        try Fixtures.press("backspace tab e", on: &state)
        #expect(state.instructor.prompt != nil && state.session?.answer == "", "a value selected: e edits it")
        try Fixtures.press("esc u", on: &state)
        #expect(state.message?.text == "Nothing to undo: no edit has been made")
        try Fixtures.press("esc", on: &state)
        #expect(state.selection == nil && state.waitingQuiz?.number == 1)
    }

    @Test func anEditSuspendsQuizzesAndUndoingItRestoresThem() throws {
        var state = StepperState(lesson: try Fixtures.quizLesson(), size: .minimum)
        state.session = LessonSession(asksQuizzes: true)
        try Fixtures.press("s", on: &state)
        #expect(state.session?.outcomes[1] == .skipped)
        // Select the first editable value (an input) and change it: quiz 2 no longer waits.
        try Fixtures.press("tab e backspace backspace backspace type:3 enter", on: &state)
        #expect(state.instructor.undoStack.count == 1)
        #expect(state.session?.asksQuizzes == false)
        #expect(state.message?.text.hasSuffix("; quizzes and notes are off until it is undone") == true)
        try Fixtures.press("esc l l", on: &state)
        #expect(state.position == 2 && state.waitingQuiz == nil, "quiz 2 at step 3 does not stop an edited lesson")
        try Fixtures.press("u", on: &state)
        #expect(state.instructor.undoStack.isEmpty)
        #expect(state.session?.asksQuizzes == true)
        #expect(state.waitingQuiz?.number == 2, "the lesson as written asks again")
    }
}
