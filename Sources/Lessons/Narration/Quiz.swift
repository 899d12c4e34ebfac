import BackpropCore
import BackpropNotation

/// A predict-then-reveal question at one step of a lesson: `[[quiz]]` in the file.
///
/// The student sees the step with its result hidden and types a prediction: the value the
/// step computes (checked against the core within a tolerance), or the number of a choice.
/// A wrong answer gets a hint and a second try; the UI decides what follows.
public struct Quiz: Sendable, Hashable {
    /// What counts as the right answer.
    public enum Answer: Sendable, Hashable {
        /// A value the step computes, to be typed as a number.
        case value(ValueAnswer)
        /// One of several choices, by its 1-based number.
        case choice(ChoiceAnswer)
    }

    /// The quiz's 1-based position among the file's `[[quiz]]` tables (`quiz[2]`).
    public let number: Int
    /// The steps the quiz's `at` selector names.
    public let at: StepSelection
    /// The global step index (0-based) the quiz sits on: the step within `at` that computes
    /// the answer's value, or the first step of `at` for a multiple choice.
    public let stepIndex: Int
    /// That step, with its formula and the core's result.
    public let step: Step
    /// The question as the file gives it, if it does (see ``question(in:)`` for the default).
    public let authoredQuestion: String?
    /// The hint as the file gives it, if it does (see ``hint(in:)`` for the default).
    public let authoredHint: String?
    /// What counts as right.
    public let answer: Answer
    /// The common mistakes at the step and the answers they give, from the core.
    public let mistakes: [Mistake]

    /// Creates a quiz; ``LessonLoader`` is the usual way.
    public init(number: Int, at: StepSelection, stepIndex: Int, step: Step, authoredQuestion: String?,
                authoredHint: String?, answer: Answer, mistakes: [Mistake] = []) {
        self.mistakes = mistakes
        self.number = number
        self.at = at
        self.stepIndex = stepIndex
        self.step = step
        self.authoredQuestion = authoredQuestion
        self.authoredHint = authoredHint
        self.answer = answer
    }

    /// Whether the quiz asks for a number.
    public var asksForValue: Bool {
        if case .value = answer { return true }
        return false
    }

    /// Checks what the student typed: a number within the tolerance of the core's value, or
    /// the number of the right choice. Text that is no answer at all gets a message.
    public func check(_ typed: String) -> QuizVerdict {
        switch answer {
        case .value(let expected):
            switch TypedNumber.read(typed) {
            case .failure(let error): return .notANumber(error.message)
            case .success(let number): return expected.tolerance.accepts(number, as: expected.value) ? .correct : .wrong
            }
        case .choice(let choice):
            let text = String(Substring(typed).drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(text),
                  choice.choices.indices.contains(number - 1)
            else {
                return .notANumber("type the number of a choice, 1 to \(choice.choices.count)")
            }
            return number == choice.correct ? .correct : .wrong
        }
    }

    /// The question: the file's, or one made from the step's formula:
    /// `What is ∂l/∂zₕ₁ = ∂aₕ₁/∂zₕ₁·∂l/∂aₕ₁?`.
    public func question(in notation: Notation) -> String {
        if let authoredQuestion { return authoredQuestion }
        let parts = notation.parts(of: step)
        if step.isAssignment { return "What is the new \(parts[0]) \(notation.relation(of: step)) \(parts[1])?" }
        return "What is \(parts[0]) = \(parts[1])?"
    }

    /// The common mistake a wrong answer matches, if any: the first whose answer the typed
    /// number agrees with as it would with the right one.
    public func diagnosis(of typed: String) -> Mistake? {
        guard case .value(let expected) = answer, case .success(let reading) = TypedNumber.read(typed),
              !expected.tolerance.accepts(reading, as: expected.value) else { return nil }
        return mistakes.first { expected.tolerance.accepts(reading, as: $0.value) }
    }

    /// The hint after a wrong answer: the mistake it matches named (``MistakeHint``), then
    /// the file's hint or the next piece of the computation (``nextPiece(in:)``).
    /// Markup stays in the file's hint; the mistake's words have none.
    public func hint(in notation: Notation, after typed: String? = nil) -> String {
        let named = typed.flatMap(diagnosis(of:)).map { MistakeHint.sentence($0, in: notation) + " " } ?? ""
        return named + (authoredHint ?? nextPiece(in: notation))
    }

    /// The next piece of the computation, never the formula again and never the result:
    /// the step with its numbers substituted (`∂l/∂zₕ₁ = 0.5·(1 − 0.5)·2`). For a multiple
    /// choice, the step's formula in symbols.
    public func nextPiece(in notation: Notation) -> String {
        let parts = notation.parts(of: step)
        let relation = " " + notation.relation(of: step) + " "
        if case .choice = answer { return parts[0] + relation + parts[1] }
        // The last part before the result: the substituted numbers (or, where they read as
        // the result itself, the last written form).
        return parts[0] + relation + parts[parts.count - 2]
    }

    /// How exact a typed answer must be, in words; nil for a multiple choice.
    public func instruction(in notation: Notation) -> String? {
        guard case .value(let expected) = answer else { return nil }
        return expected.tolerance.instruction(numbers: notation.number)
    }
}

/// The right answer of a quiz that asks for a value.
public struct ValueAnswer: Sendable, Hashable {
    /// The value, as the file names it: `dl_dz h1`.
    public let selector: ValueSelector
    /// The value in the core's terms.
    public let ref: ValueRef
    /// The core's value: exactly the step's result.
    public let value: Double
    /// How close a typed number must be.
    public let tolerance: AnswerTolerance

    /// Creates an answer.
    public init(selector: ValueSelector, ref: ValueRef, value: Double, tolerance: AnswerTolerance) {
        self.selector = selector
        self.ref = ref
        self.value = value
        self.tolerance = tolerance
    }
}

/// The right answer of a multiple-choice quiz.
public struct ChoiceAnswer: Sendable, Hashable {
    /// The choices, in the order shown (numbered from 1).
    public let choices: [String]
    /// The 1-based number of the right choice.
    public let correct: Int

    /// Creates an answer.
    public init(choices: [String], correct: Int) {
        self.choices = choices
        self.correct = correct
    }
}
