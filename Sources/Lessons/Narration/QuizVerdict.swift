/// What ``Quiz/check(_:)`` makes of what the student typed.
public enum QuizVerdict: Sendable, Hashable {
    /// The answer is right (within the tolerance, or the right choice).
    case correct
    /// The answer is a number (or a choice) but not the right one.
    case wrong
    /// The text is not an answer at all; the message says what to type instead.
    case notANumber(String)
}
