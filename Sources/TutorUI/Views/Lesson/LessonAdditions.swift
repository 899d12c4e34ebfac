import BackpropCore
import BackpropNotation
import Lessons
import ProgressStorage

/// What the lesson adds to the explanation panel at the step on screen: its notes, with
/// `code` and *emphasis* in their styles, and its quiz (the question, the answer being typed,
/// the hint after a wrong answer, how it went), with the result hidden while the quiz waits.
struct LessonAdditions {
    let state: StepperState
    let context: RenderContext

    /// How `code` in a note looks: like the keys in the key hints (something to type).
    static let codeStyle = Style(.hint, .bold)
    /// How *emphasis* in a note looks (no italics on a terminal: underlined).
    static let emphasisStyle = Style(.normal, .underline)

    /// The additions for the step on screen.
    var additions: ExplanationAdditions { additions(notes: notesSection) }

    /// The notes at the step on screen as a section, if it has any (the same at every visit,
    /// so ``StepperRenderer`` keeps it).
    ///
    /// Presenter mode shows none: the instructor narrates, and the panel keeps the formula
    /// large and centred (a quiz, when one is asked, still shows).
    var notesSection: ExplanationSection? {
        // The instructor narrates in presenter mode; the notes' numbers are those of the
        // lesson as written, so an edited lesson (live or --set) shows none.
        guard !context.isPresenter, state.lesson.isAsWritten else { return nil }
        let notes = state.lesson.notes(atStep: state.position)
        guard !notes.isEmpty else { return nil }
        return ExplanationSection(paragraphs: notes.map { ExplanationSection.Paragraph(Self.spans(markup: $0.text,
                                                                                                    context: context)) },
                                  isEssential: false)
    }

    /// The additions for the step on screen, with its `notes` section made already.
    func additions(notes: ExplanationSection?) -> ExplanationAdditions {
        var additions = ExplanationAdditions()
        if let notes { additions.sections.append(notes) }
        if let quiz = state.quizOnScreen, let session = state.session {
            additions.sections.append(ExplanationSection(paragraphs: QuizText(quiz: quiz, state: state, session: session,
                                                                                 context: context).paragraphs,
                                                         isEssential: true))
            additions.hidesResult = session.outcomes[quiz.number] == nil
            additions.hidesArithmetic = additions.hidesResult && quiz.asksForValue
        }
        return additions
    }

    /// Lesson text with markup as panel spans (in ASCII when `context` is).
    static func spans(markup text: String, style: Style = .normal, context: RenderContext) -> [ExplanationPanelView.Span] {
        LessonMarkup.spans(text).map { span in
            let text = context.lessonText(span.style == .code ? span.text : NarrationSubscripts.applied(to: span.text))
            switch span.style {
            case .plain: return ExplanationPanelView.Span(text: text, style: style)
            case .code: return ExplanationPanelView.Span(text: text, style: codeStyle)
            case .emphasis: return ExplanationPanelView.Span(text: text, style: style.adding(.underline))
            }
        }
    }
}

/// The words of a quiz on screen, as paragraphs of styled text.
struct QuizText {
    typealias Span = ExplanationPanelView.Span
    typealias Paragraph = ExplanationSection.Paragraph

    let quiz: Quiz
    let state: StepperState
    let session: LessonSession
    let context: RenderContext

    /// The paragraphs: the question, then (while it waits) the choices, the hint after a
    /// wrong answer, the answer line and any problem with what was typed; or how it went.
    var paragraphs: [Paragraph] {
        let rank = state.rank(of: quiz)
        let label = "Quiz \(rank.number) of \(rank.count): "
        guard let outcome = session.outcomes[quiz.number] else {
            var paragraphs = [Paragraph([Span(text: label, style: .accent)] + question(style: .normal) + instruction)]
            if let given { paragraphs.append(given) }
            paragraphs += choices(highlighting: session.choice)
            if session.missCount(ofQuiz: quiz.number) > 0 { paragraphs.append(hint) }
            paragraphs.append(answerLine)
            if let problem = session.inputProblem { paragraphs.append(Paragraph([Span(text: problem, style: .error)])) }
            return paragraphs
        }
        return [Paragraph([Span(text: label, style: .dim)] + question(style: .dim)), verdict(outcome)]
    }

    /// The question, with markup when the lesson wrote it.
    func question(style: Style) -> [Span] {
        let text = quiz.question(in: context.notation)
        return quiz.authoredQuestion == nil ? [Span(text: text, style: style)]
            : LessonAdditions.spans(markup: text, style: style, context: context)
    }

    /// While a quiz that asks for a value waits (its substitution hidden), the values the
    /// substitution uses that no box of the diagram shows: `Given: w₅ = 0.4, η = 0.5,
    /// ∂l/∂w₅ = 0.082167`. Named, not placed in the formula: placing them is the exercise.
    var given: Paragraph? {
        guard quiz.asksForValue else { return nil }
        let notation = context.notation
        let values = quiz.step.substitutions.filter { Self.isOffDiagram($0.symbol) }
            .map { notation.render($0.symbol) + " = " + notation.number($0.value) }
        guard !values.isEmpty else { return nil }
        return Paragraph([Span(text: "Given: " + values.joined(separator: ", "), style: .dim)], hangingIndent: 2)
    }

    /// Whether the diagram leaves `symbol` out of its boxes: a neuron's z, a, y, ∂l/∂a, ∂l/∂y
    /// and ∂l/∂z, the inputs, targets and loss of the sample on screen are drawn; parameters,
    /// η, gradients and other samples' values are not.
    static func isOffDiagram(_ symbol: Quantity) -> Bool {
        switch symbol {
        case .input, .z, .a, .y, .t, .loss: return false
        case .partial(.loss, .z), .partial(.loss, .a), .partial(.loss, .y): return false
        default: return true
        }
    }

    /// How exact to be, after the question of a quiz that asks for a value.
    var instruction: [Span] {
        guard let words = quiz.instruction(in: context.notation) else { return [] }
        return [Span(text: " (" + words + ")", style: .dim)]
    }

    /// The choices of a multiple-choice quiz, numbered, the one picked in the selection style.
    func choices(highlighting picked: Int?) -> [Paragraph] {
        guard case .choice(let choice) = quiz.answer else { return [] }
        return choice.choices.enumerated().map { index, text in
            let number = index + 1
            let style: Style = number == picked ? .selection : .normal
            return Paragraph([Span(text: " \(number)  ", style: Style(.hint, .bold))]
                             + LessonAdditions.spans(markup: text, style: style, context: context), hangingIndent: 4)
        }
    }

    /// After a wrong answer: what was wrong, the common mistake it matches (named), and the
    /// lesson's hint or the next piece of the computation.
    var hint: Paragraph {
        var spans: [Span] = []
        if let wrong = session.lastWrongAnswer { spans.append(Span(text: "Not \(shown(wrong)). ", style: .error)) }
        spans.append(Span(text: "Hint: ", style: .title))
        if let wrong = session.lastWrongAnswer, let mistake = quiz.diagnosis(of: wrong) {
            spans.append(Span(text: context.lessonText(MistakeHint.sentence(mistake, in: context.notation)) + " ",
                              style: .normal))
        }
        spans += quiz.authoredHint.map { LessonAdditions.spans(markup: $0, context: context) }
            ?? [Span(text: quiz.nextPiece(in: context.notation), style: .normal)]
        return Paragraph(spans, hangingIndent: 2)
    }

    /// The line the answer is typed on, with the keys that act on it.
    var answerLine: Paragraph {
        let retry = session.missCount(ofQuiz: quiz.number) > 0
        let keys = Span(text: "   Enter checks\(context.separator)s skips", style: .dim)
        if case .choice(let choice) = quiz.answer {
            guard let picked = session.choice else {
                let range = choice.choices.count == 2 ? "1 or 2" : "1 to \(choice.choices.count)"
                let prompt = (retry ? "Try again: press " : "Press ") + range + " to choose"
                return Paragraph([Span(text: prompt, style: .normal), keys])
            }
            return Paragraph([Span(text: "Your choice: ", style: .normal),
                              Span(text: String(picked), style: Style(.normal, .bold)), keys])
        }
        return Paragraph([Span(text: retry ? "Second try: " : "Your answer: ", style: .normal),
                          Span(text: session.answer, style: Style(.normal, .bold)),
                          Span(text: "_", style: Style(.normal, .bold)), keys])
    }

    /// How a settled quiz went, with the answer.
    func verdict(_ outcome: QuizOutcome) -> Paragraph {
        let answer = Span(text: rightAnswer, style: .normal)
        let fresh = session.justSettled
        switch outcome {
        case .firstTry:
            return Paragraph([Span(text: "Right! ", style: .accent), answer], hangingIndent: 2)
        case .afterHint:
            return Paragraph([Span(text: "Right on the second try. ", style: .accent), answer], hangingIndent: 2)
        case .revealed:
            let wrong = fresh ? session.lastWrongAnswer.map { "Not \(shown($0)) either. " } ?? "" : "Two wrong answers. "
            return Paragraph([Span(text: wrong, style: .error), Span(text: "The answer: ", style: .title), answer],
                             hangingIndent: 2)
        case .skipped:
            return Paragraph([Span(text: "Skipped. ", style: .dim), Span(text: "The answer: ", style: .title), answer],
                             hangingIndent: 2)
        }
    }

    /// The right answer in words: `zₕ₁ = 0.3775`, or the right choice with its number.
    var rightAnswer: String {
        switch quiz.answer {
        case .value:
            let parts = context.notation.parts(of: quiz.step)
            return parts[0] + " " + context.notation.relation(of: quiz.step) + " " + context.notation.number(quiz.step.result)
        case .choice(let choice):
            return "choice \(choice.correct), " + context.lessonText(LessonMarkup.spans(choice.choices[choice.correct - 1])
                .map { $0.style == .code ? $0.text : NarrationSubscripts.applied(to: $0.text) }.joined())
        }
    }

    /// What the student answered, as they typed it or as the choice's number.
    func shown(_ typed: String) -> String {
        quiz.asksForValue ? typed : "choice \(typed)"
    }
}
