import Lessons

/// The keys of quizzes and of the end-of-lesson card: the maps of the
/// ``StepperInputMode``s a lesson session adds (nil lets a key mean what it always does).
///
/// - While a value quiz waits: digits `.` `-` `+` `e` `E` `,` type the answer, Backspace
///   erases, Esc clears what is typed (and quits when nothing is), Enter checks, `s` skips;
///   another character the stepper has no use for gets a message saying what to type.
/// - While a multiple-choice quiz waits: 1–9 pick a choice, Enter answers with it,
///   Backspace un-picks, `s` skips.
/// - At the last step, → l space Enter open the end-of-lesson card; while it is open,
///   Enter opens the next lesson, q Esc leave, the keys that move back move (closing it),
///   any other key closes it.
public enum LessonKeyMap {
    /// The characters a typed answer may hold.
    static let answerCharacters: Set<Character> = Set("0123456789.-+eE,")

    /// What `key` does while the end-of-lesson card is open, or nil for a stepper key.
    static func finishCardAction(for key: KeyEvent) -> StepperAction? {
        switch key {
        case .enter: .lesson(.nextLessonOpened)
        // Quitting, the help (shown over the card), and the keys that move back (which
        // close the card as they move).
        case .character("q"), .escape, .tick, .character("?"), .character("g"), .home, .left, .character("h"),
             .backspace, .character("["), .character("N"):
            nil
        default: .lesson(.finishCardClosed)
        }
    }

    /// What `key` does while a quiz waits, or nil for a stepper key.
    static func quizAction(for key: KeyEvent, asksForValue: Bool, hasTyped: Bool) -> LessonAction? {
        switch key {
        case .enter: return .answerSubmitted
        case .character("s"): return .quizSkipped
        case .backspace: return .answerErased
        case .escape where hasTyped: return .answerCleared
        case .character(let character) where asksForValue && answerCharacters.contains(character):
            return .answerTyped(character)
        case .character(let character) where !asksForValue && ("1"..."9").contains(character):
            return .choicePicked(character.wholeNumberValue ?? 0)
        case .character(let character) where asksForValue:
            // A letter the stepper has no use for: say what can be typed.
            if case .unknownKeyPressed = StepperKeyMap.stepperAction(for: key) { return .answerRefused(character) }
            return nil
        default: return nil
        }
    }

    /// Whether `key` is one of the stepper's next-step keys.
    static func isNextStepKey(_ key: KeyEvent) -> Bool {
        key == .right || key == .enter || key == .character("l") || key == .character(" ")
    }
}
