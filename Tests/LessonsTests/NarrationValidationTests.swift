import BackpropCore
import BackpropNotation
import Testing
@testable import Lessons

/// `[[notes]]` and `[[quiz]]`: what loads, where it lands, and every kind of mistake with its
/// message, key path and line.
///
/// The fixture is a 2-2-1 network (h1, h2, o1; w1…w6, b1…b3), one sample, one update, biases
/// updated: 31 steps. 0 z h1, 1 a h1, 2 z h2, 3 a h2, 4 z o1, 5 y o1, 6 loss, 7 ∂l/∂y o1,
/// 8 ∂l/∂z o1, 9 ∂l/∂a h1, 10 ∂l/∂z h1, 11 ∂l/∂a h2, 12 ∂l/∂z h2, 13…21 gradients, 22…30 updates.
/// Appended lines start at line 21.
struct NarrationValidationTests {
    func lesson(_ extra: [String]) throws -> Lesson {
        try LessonLoader.parse(LessonFixture.text(appending: extra), fileName: "t.toml")
    }

    func messages(_ extra: [String]) -> [String] {
        LessonFixture.messages(replacing: [:], appending: extra)
    }

    @Test func notesAndQuizzesLandOnTheirSteps() throws {
        let lesson = try lesson([
            "[[notes]]", "at = \"forward h2\"", "text = \"h2 now\"",
            "[[notes]]", "at = \"dl_dz h1\"", "text = \"*why* this\"",
            "[[quiz]]", "at = \"backward h1\"", "answer = \"dl_dz h1\"",
            "[[quiz]]", "at = \"loss\"", "question = \"Which?\"", "choices = [\"a\", \"b\"]", "correct = 2",
        ])
        #expect(lesson.notes.map(\.stepIndex) == [2, 10])
        #expect(lesson.notes.map(\.number) == [1, 2])
        #expect(lesson.notes[0].at.indices == [2, 3])
        #expect(lesson.notes(atStep: 10).map(\.text) == ["*why* this"])
        #expect(lesson.notes[1].spans == [TextSpan("why", .emphasis), TextSpan(" this", .plain)])
        #expect(lesson.quizzes.map(\.stepIndex) == [10, 6])
        let value = lesson.quizzes[0]
        var trainer = lesson.trainer
        let trace = trainer.tracedStep()
        #expect(value.answer == .value(ValueAnswer(selector: ValueSelector(kind: .dldz, name: "h1"), ref: .dldz(0),
                                                   value: trace.samples[0].dldz(0), tolerance: .standard)))
        #expect(value.step.produces == .dldz(0) && value.step.result == trace.samples[0].dldz(0))
        #expect(lesson.quiz(atStep: 6)?.answer == .choice(ChoiceAnswer(choices: ["a", "b"], correct: 2)))
        #expect(lesson.quiz(atStep: 7) == nil)
        #expect(lesson.stepCount == 31)
    }

    @Test func aQuizOnALaterIterationGetsThatIterationsValue() throws {
        let text = LessonFixture.text(replacing: [3: "learning_rate = 0.5\niterations = 3"],
                                      appending: ["[[quiz]]", "at = \"iteration 3 update w5\"", "answer = \"new w5\""])
        let lesson = try LessonLoader.parse(text, fileName: "t.toml")
        var trainer = lesson.trainer
        trainer.train(iterations: 2)
        let third = trainer.tracedStep()
        #expect(lesson.quizzes[0].stepIndex == 2 * 31 + 22 + 4)
        guard case .value(let answer) = lesson.quizzes[0].answer else {
            Issue.record("expected a value quiz")
            return
        }
        #expect(answer.value == third.after(4))
    }

    // MARK: - Notes

    @Test func aNoteSelectorThatNamesNoStepListsTheNeurons() {
        #expect(messages(["[[notes]]", "at = \"forward h9\"", "text = \"x\""])
                == ["t.toml:22: notes[1].at: \"forward h9\" names no step: the network has neurons h1, h2, o1"])
        #expect(messages(["[[notes]]", "at = \"x\"", "text = \"x\""])
                == ["t.toml:22: notes[1].at: \"x\": unknown step \"x\"; a selector is [iteration N] [sample N] then one "
                    + "of: start, end, loss, total loss, forward [NEURON], backward [NEURON], gradient [PARAMETER], "
                    + "update [PARAMETER], or a value such as z h1 or dl_dz h1"])
        #expect(messages(["[[notes]]", "at = \"loss\"", "text = \"x\"", "[[notes]]", "at = \"iteration 2 loss\"",
                          "text = \"x\"", "[[notes]]", "at = \"update b9\"", "text = \"x\""])
                == ["t.toml:25: notes[2].at: \"iteration 2 loss\" names no step: there is only 1 iteration",
                    "t.toml:28: notes[3].at: \"update b9\" names no step: the network has parameters w1 … w6, b1 … b3"])
    }

    @Test func noteTextMustSaySomethingWithClosedMarkup() {
        #expect(messages(["[[notes]]", "at = \"loss\"", "text = \"  \""])
                == ["t.toml:23: notes[1].text: must not be empty"])
        #expect(messages(["[[notes]]", "at = \"loss\""]) == ["t.toml:21: notes[1].text: required key is missing"])
        #expect(messages(["[[notes]]", "at = \"loss\"", "text = \"see `z\""])
                == ["t.toml:23: notes[1].text: has an unclosed ` (code is written between two backquotes; "
                    + "write \\` for a backquote)"])
        #expect(messages(["[[notes]]", "at = \"loss\"", "text = \"2 * 3\""])
                == ["t.toml:23: notes[1].text: has an unclosed * (emphasis is written between two asterisks; "
                    + "write \\* for an asterisk)"])
        #expect(messages(["[[notes]]", "at = \"loss\"", "text = \"2 \\\\* 3\""]).isEmpty)
        let long = String(repeating: "a", count: LessonLimits.maxTextLength + 1)
        #expect(messages(["[[notes]]", "at = \"loss\"", "text = \"\(long)\""])
                == ["t.toml:23: notes[1].text: at most 1000 characters (keep it short), found 1001"])
        #expect(messages(["[[notes]]", "at = \"loss\"", "txt = \"x\""])
                == ["t.toml:21: notes[1].text: required key is missing",
                    "t.toml:23: notes[1].txt: unknown key; did you mean text?"])
    }

    @Test func selectorsAreOnlyResolvedWhenTheRestOfTheLessonIsRight() {
        // With a bad learning rate there is no lesson to resolve against: only the syntax is checked.
        let text = LessonFixture.text(replacing: [3: "learning_rate = -1"],
                                      appending: ["[[notes]]", "at = \"forward h9\"", "text = \"x\"",
                                                  "[[notes]]", "at = \"fwd h1\"", "text = \"x\""])
        let found = LessonFixture.messages(in: text)
        #expect(found.count == 2)
        #expect(found.first == "t.toml:3: learning_rate: must be greater than 0, found -1")
        #expect(found.last?.hasPrefix("t.toml:25: notes[2].at: \"fwd h1\": unknown step \"fwd\"") == true)
    }

    // MARK: - Quizzes

    @Test func aQuizAnswerMustNameAValueTheRangeComputes() {
        #expect(messages(["[[quiz]]", "at = \"forward h1\"", "answer = \"z h9\""])
                == ["t.toml:23: quiz[1].answer: \"z h9\" names no value: the network has neurons h1, h2, o1"])
        #expect(messages(["[[quiz]]", "at = \"forward h1\"", "answer = \"dl_dz h1\""])
                == ["t.toml:23: quiz[1].answer: \"dl_dz h1\" is not computed at \"forward h1\": \"forward h1\" "
                    + "computes z h1, a h1"])
        #expect(messages(["[[quiz]]", "at = \"forward h1\"", "answer = \"dz h1\""])
                == ["t.toml:23: quiz[1].answer: \"dz h1\": unknown value \"dz\"; allowed: z, a, y, dl_da, dl_dy, "
                    + "dl_dz (then a neuron), dl_dw, dl_db, grad, new (then a parameter), loss, total loss"])
        #expect(messages(["[[quiz]]", "at = \"gradient\"", "answer = \"y o1\""])
                == ["t.toml:23: quiz[1].answer: \"y o1\" is not computed at \"gradient\": \"gradient\" computes "
                    + "dl_dw w1, dl_dw w2, dl_dw w3, dl_dw w4, dl_dw w5, …"])
        #expect(messages(["[[quiz]]", "at = \"loss\"", "answer = \"total loss\""])
                == ["t.toml:23: quiz[1].answer: \"total loss\" is not computed at \"loss\": no step of this lesson "
                    + "computes it"])
    }

    @Test func aQuizHasEitherAnAnswerOrChoices() {
        #expect(messages(["[[quiz]]", "at = \"loss\""])
                == ["t.toml:21: quiz[1]: needs answer (a value to predict, such as \"dl_dz h1\") or choices and "
                    + "correct (a multiple choice)"])
        #expect(messages(["[[quiz]]", "at = \"loss\"", "answer = \"loss\"", "question = \"Q\"", "choices = [\"a\", \"b\"]",
                          "correct = 1"])
                == ["t.toml:21: quiz[1]: give either answer (a value to predict) or choices (a multiple choice), not both"])
        #expect(messages(["[[quiz]]", "at = \"loss\"", "answer = \"loss\"", "correct = 1"])
                == ["t.toml:24: quiz[1].correct: correct only goes with choices (a quiz with answer is checked "
                    + "against the value)"])
        #expect(messages(["[[quiz]]", "answer = \"loss\""]) == ["t.toml:21: quiz[1].at: required key is missing"])
    }

    @Test func multipleChoiceNeedsAQuestionDistinctChoicesAndACorrectNumberInRange() {
        let head = ["[[quiz]]", "at = \"loss\""]
        #expect(messages(head + ["choices = [\"a\", \"b\"]", "correct = 3", "question = \"Q\""])
                == ["t.toml:24: quiz[1].correct: must be between 1 and 2 (the number of a choice), found 3"])
        #expect(messages(head + ["choices = [\"a\", \"b\"]", "correct = 0", "question = \"Q\""])
                == ["t.toml:24: quiz[1].correct: must be between 1 and 2 (the number of a choice), found 0"])
        #expect(messages(head + ["choices = [\"a\", \"b\"]", "correct = 1"])
                == ["t.toml:21: quiz[1]: a multiple choice needs a question (the question key)"])
        #expect(messages(head + ["choices = [\"a\", \"b\"]", "question = \"Q\""])
                == ["t.toml:21: quiz[1].correct: required with choices: the number of the right choice, from 1"])
        #expect(messages(head + ["choices = [\"a\"]", "correct = 1", "question = \"Q\""])
                == ["t.toml:23: quiz[1].choices: needs 2 to 9 choices, found 1"])
        #expect(messages(head + ["choices = [\"a\", \"\", \"a\"]", "correct = 1", "question = \"Q\""])
                == ["t.toml:23: quiz[1].choices[2]: must not be empty",
                    "t.toml:23: quiz[1].choices[3]: the same choice as choices[1]"])
        #expect(messages(head + ["choices = [\"a\", \"b\"]", "correct = 1", "question = \"Q\"", "tolerance = 0.1"])
                == ["t.toml:26: quiz[1].tolerance: tolerance only goes with answer, not with choices"])
        #expect(messages(head + ["choices = [\"a\", \"b\"]", "correct = 1", "question = \" \""])
                == ["t.toml:25: quiz[1].question: must not be empty"])
        #expect(messages(head + ["choices = [\"a\", \"b\"]", "correct = \"1\"", "question = \"Q\""])
                == ["t.toml:24: quiz[1].correct: expected an integer, found a string"])
    }

    @Test func toleranceMustBePositiveAndMustNotLetZeroPass() {
        #expect(messages(["[[quiz]]", "at = \"loss\"", "answer = \"loss\"", "tolerance = 0"])
                == ["t.toml:24: quiz[1].tolerance: must be greater than 0, found 0"])
        #expect(messages(["[[quiz]]", "at = \"loss\"", "answer = \"loss\"", "tolerance = -0.5"])
                == ["t.toml:24: quiz[1].tolerance: must be greater than 0, found -0.5"])
        #expect(messages(["[[quiz]]", "at = \"loss\"", "answer = \"loss\"", "tolerance = nan"])
                == ["t.toml:24: quiz[1].tolerance: expected a finite number, found nan"])
        // l = ½(1 − y)² with y = σ(z_o1) is far above 0, so a tolerance of 100 lets 0 pass.
        let tooWide = messages(["[[quiz]]", "at = \"loss\"", "answer = \"loss\"", "tolerance = 100"])
        #expect(tooWide.count == 1)
        #expect(tooWide.first?.hasPrefix("t.toml:24: quiz[1].tolerance: the right answer, ") == true)
        #expect(tooWide.first?.contains("is within the tolerance 100 of 0, so typing 0 would count as right; "
                                         + "give a smaller tolerance, such as tolerance = ") == true)
    }

    @Test func theDefaultToleranceMustNotLetZeroPassForATinyValue() throws {
        // A linear neuron y = x·w with x = 1, w = 0.0002, t = 0: ∂l/∂w = x·(y − t) = 0.0002 < 5e-4.
        let text = """
            title = "Tiny"
            loss = "half_squared_error"
            learning_rate = 0.5
            [network]
            inputs = 1
            [[network.layers]]
            name = "o"
            size = 1
            activation = "linear"
            weights = [[0.0002]]
            [[data]]
            x = [1]
            y = [0]
            [[quiz]]
            at = "gradient w1"
            answer = "grad w1"
            """
        // The default asks for two significant digits, so 0 never passes for 0.0002.
        let standard = try LessonLoader.parse(text, fileName: "t.toml")
        #expect(standard.quizzes[0].check("0.0002") == .correct && standard.quizzes[0].check("0") == .wrong)
        // A tolerance of the lesson's own that would let 0 pass is refused.
        #expect(LessonFixture.messages(in: text + "\ntolerance = 0.001\n")
                == ["t.toml:17: quiz[1].tolerance: the right answer, 0.0002, is within the tolerance 0.001 of 0, so "
                    + "typing 0 would count as right; give a smaller tolerance, such as tolerance = 1e-05"])
        let fixed = try LessonLoader.parse(text + "\ntolerance = 1e-5\n", fileName: "t.toml")
        #expect(fixed.quizzes[0].check("0.0002") == .correct)
        #expect(fixed.quizzes[0].check("0") == .wrong)
    }

    @Test func twoQuizzesMayNotShareAStep() {
        #expect(messages(["[[quiz]]", "at = \"backward h1\"", "answer = \"dl_dz h1\"",
                          "[[quiz]]", "at = \"dl_dz h1\"", "question = \"Q\"", "choices = [\"a\", \"b\"]", "correct = 1"])
                == ["t.toml:25: quiz[2].at: quiz[1] is already on this step (dl_dz h1 of iteration 1); one quiz per step"])
        // Two quizzes in one range are fine when they sit on different steps.
        #expect(messages(["[[quiz]]", "at = \"backward h1\"", "answer = \"dl_dz h1\"",
                          "[[quiz]]", "at = \"backward h1\"", "question = \"Q\"", "choices = [\"a\", \"b\"]",
                          "correct = 1"]).isEmpty)
    }

    // MARK: - Questions and hints

    /// The worked example with four quizzes: two with the default question and hint, one
    /// with its own, and a choice.
    static let workedExample = LessonFixture.workedExample + "\n" + """
        [[quiz]]
        at = "gradient w5"
        answer = "grad w5"
        [[quiz]]
        at = "update w5"
        answer = "new w5"
        [[quiz]]
        at = "forward h1"
        answer = "z h1"
        question = "Your own question"
        hint = "Your own hint"
        [[quiz]]
        at = "loss"
        question = "Q"
        choices = ["a", "b"]
        correct = 1
        """

    @Test func defaultQuestionsAndHintsComeFromTheStepsFormula() throws {
        // The formulas are the worked example's (see TimelineTests.formulasReadInTheNotesNotation).
        let quizzes = try LessonLoader.parse(Self.workedExample, fileName: "w.toml").quizzes
        let unicode = Notation(style: .unicode)
        #expect(quizzes[0].question(in: unicode) == "What is ∂l/∂w₅ = ∂zₒ₁/∂w₅·∂l/∂zₒ₁?")
        // The hint is the next piece, the numbers substituted, not the formula again.
        #expect(quizzes[0].hint(in: unicode) == "∂l/∂w₅ = 0.59327·0.138499")
        #expect(quizzes[1].question(in: unicode) == "What is the new w₅ ← w₅ − η·∂l/∂w₅?")
        #expect(quizzes[1].hint(in: unicode) == "w₅ ← 0.4 − 0.5·0.082167")
        #expect(quizzes[2].question(in: unicode) == "Your own question")
        #expect(quizzes[2].hint(in: unicode) == "Your own hint")
        #expect(quizzes[3].hint(in: unicode) == "l = ½·((tₒ₁ − yₒ₁)² + (tₒ₂ − yₒ₂)²)")
        #expect(quizzes[0].hint(in: Notation(style: .ascii)) == "dl/dw5 = 0.59327 * 0.138499")
        #expect(quizzes[0].instruction(in: unicode) == "round to 2 or more significant digits")
        #expect(quizzes[3].instruction(in: unicode) == nil)
    }

    @Test func aWrongAnswerOfAKnownKindIsNamed() throws {
        // Mazur's numbers: a_h1 = 0.593270, a_h2 = 0.596884, ∂l/∂z_o1 = 0.138499, w₅ = 0.4, η = 0.5,
        // ∂l/∂w₅ = a_h1·∂l/∂z_o1 = 0.0821670.
        let quizzes = try LessonLoader.parse(Self.workedExample, fileName: "w.toml").quizzes
        let unicode = Notation(style: .unicode)
        let gradient = quizzes[0], update = quizzes[1]
        // ∂l/∂z_o1 alone; a_h2 (h2's edge) for a_h1; the weight w₅ for the input on its edge.
        #expect(gradient.diagnosis(of: "0.1385")?.kind == .forgotEdgeInput(right: .q(.a("h1"))))
        #expect(gradient.diagnosis(of: "0.0827")?.kind == .wrongEdgeInput(used: .q(.a("h2")), right: .q(.a("h1"))))
        #expect(gradient.diagnosis(of: "0.0554")?.kind == .weightForEdgeInput(weight: .q(.parameter("w5")), right: .q(.a("h1"))))
        // 0.4 + 0.5·0.082167 = 0.441084 adds the step; 0.4 − 0.082167 = 0.317833 forgets η.
        #expect(update.diagnosis(of: "0.4411")?.kind == .addedStep(gradient: .q(.partial(.loss, .parameter("w5")))))
        #expect(update.diagnosis(of: "0.318")?.kind == .forgotLearningRate)
        // A right answer, one digit, or no known mistake: nothing named, the next piece only.
        #expect(gradient.diagnosis(of: "0.0822") == nil && gradient.diagnosis(of: "0.1") == nil)
        #expect(gradient.diagnosis(of: "0.5") == nil)
        #expect(gradient.hint(in: unicode, after: "0.5") == "∂l/∂w₅ = 0.59327·0.138499")
        let named = gradient.hint(in: unicode, after: "0.1385")
        #expect(named == "That is ∂l/∂z alone: the gradient also takes ∂z/∂w = aₕ₁, the value on the weight's edge. "
                + "∂l/∂w₅ = 0.59327·0.138499")
        // No hint states the answer.
        for typed in ["0.1385", "0.0827", "0.0554"] {
            #expect(!gradient.hint(in: unicode, after: typed).contains("0.0821"))
        }
        #expect(!update.hint(in: unicode, after: "0.4411").contains("0.3589"))
    }

    @Test func checkingAValueAcceptsTheCoresValueWithinTheTolerance() throws {
        // Mazur's published ∂E/∂w5 = 0.082167041 and new w5 = 0.35891648.
        let quizzes = try LessonLoader.parse(Self.workedExample, fileName: "w.toml").quizzes
        #expect(quizzes[0].check("0.082167041") == .correct)
        #expect(quizzes[0].check("0.0822") == .correct)
        #expect(quizzes[0].check(".082") == .correct)
        #expect(quizzes[0].check("8.2e-2") == .correct)
        #expect(quizzes[0].check("0.083") == .wrong)
        #expect(quizzes[0].check("−0.082167") == .wrong)
        #expect(quizzes[1].check("0.359") == .correct)
        #expect(quizzes[1].check("0.4") == .wrong)
        #expect(quizzes[3].check("1") == .correct)
        #expect(quizzes[3].check(" 2 ") == .wrong)
        #expect(quizzes[3].check("3") == .notANumber("type the number of a choice, 1 to 2"))
        #expect(quizzes[3].check("a") == .notANumber("type the number of a choice, 1 to 2"))
        #expect(quizzes[0].check("nan") == .notANumber("\"nan\" is not a number; type a decimal number such as 0.25, -1.5 or 3e-4"))
    }
}
