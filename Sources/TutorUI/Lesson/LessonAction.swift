/// Something the student did about a quiz or the end-of-lesson card (wrapped in
/// ``StepperAction/lesson(_:)``; keys map to it in ``LessonKeyMap``).
public enum LessonAction: Sendable, Hashable {
    /// A character of the answer typed (digits, `.`, `-`, `+`, `e`, `E`, `,`).
    case answerTyped(Character)
    /// A character that cannot be part of a number, typed while a value quiz waits.
    case answerRefused(Character)
    /// Backspace while answering: the last character typed (or the choice picked) erased.
    case answerErased
    /// Esc while answering with something typed: the answer cleared.
    case answerCleared
    /// 1–9 on a multiple-choice quiz: that choice picked (Enter answers with it).
    case choicePicked(Int)
    /// Enter: the answer (or the choice picked) checked.
    case answerSubmitted
    /// s: the quiz skipped, its answer shown.
    case quizSkipped
    /// → at the last step: the end-of-lesson card opened.
    case finishCardOpened
    /// Any key but Enter and the quit keys while the card is open: the card closed.
    case finishCardClosed
    /// Enter on the end-of-lesson card: leave this lesson for the next one.
    case nextLessonOpened
}
