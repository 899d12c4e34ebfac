import BackpropCore
import Testing
@testable import Lessons

/// What-if edits: `NAME=VALUE` parsed against a lesson, applied to make a new lesson, and
/// refused with a message that says what is wrong.
struct ValueEditTests {
    /// A 2-2-1 lesson with three samples, for `@N`.
    static let threeSamples = """
        title = "Three samples"
        loss = "half_squared_error"
        learning_rate = 1
        [network]
        inputs = ["x1", "x2"]
        [[network.layers]]
        name = "h"
        size = 2
        activation = "sigmoid"
        [[network.layers]]
        name = "o"
        size = 1
        activation = "sigmoid"
        [[data]]
        x = [0, 0]
        y = [0]
        [[data]]
        x = [0, 1]
        y = [1]
        [[data]]
        x = [1, 0]
        y = [1]
        """

    static func lesson(_ text: String) throws -> Lesson { try LessonLoader.parse(text, fileName: "t.toml") }

    /// The problem parsing `text` against `lesson` reports; fails the test if there is none.
    func problem(_ text: String, in lesson: Lesson, sourceLocation: SourceLocation = #_sourceLocation) -> ValueEditError? {
        do {
            let edit = try ValueEdit(parsing: text, in: lesson)
            Issue.record("\(text) parsed as \(edit)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    @Test func namesResolveToTheLessonsValues() throws {
        let lesson = try Self.lesson(LessonFixture.workedExample)
        #expect(try ValueEdit(parsing: "w5=0.9", in: lesson) == ValueEdit(target: .parameter(4), value: 0.9))
        #expect(try ValueEdit(parsing: "b1=-0.2", in: lesson) == ValueEdit(target: .parameter(8), value: -0.2))
        #expect(try ValueEdit(parsing: "b4=1", in: lesson).target == .parameter(11))
        for name in ["eta", "η", "learning_rate"] {
            #expect(try ValueEdit(parsing: "\(name)=1.0", in: lesson) == ValueEdit(target: .learningRate, value: 1))
        }
        #expect(try ValueEdit(parsing: "i2=0.3", in: lesson) == ValueEdit(target: .input(sample: 0, index: 1), value: 0.3))
        #expect(try ValueEdit(parsing: "t_o2=0.5", in: lesson) == ValueEdit(target: .target(sample: 0, index: 1), value: 0.5))
        #expect(try ValueEdit(parsing: "i1@1=0.3", in: lesson).target == .input(sample: 0, index: 0))
        // Spaces around the parts, a Unicode minus as the screen writes it, exponents.
        #expect(try ValueEdit(parsing: "  w5 =  0.9 ", in: lesson).value == 0.9)
        #expect(try ValueEdit(parsing: "w5=−0.25", in: lesson).value == -0.25)
        #expect(try ValueEdit(parsing: "w5=1e-3", in: lesson).value == 0.001)
    }

    @Test func sampleNumbersPickTheSample() throws {
        let lesson = try Self.lesson(Self.threeSamples)
        #expect(try ValueEdit(parsing: "x1=0.3", in: lesson).target == .input(sample: 0, index: 0))
        #expect(try ValueEdit(parsing: "x2@3=0.3", in: lesson).target == .input(sample: 2, index: 1))
        #expect(try ValueEdit(parsing: "t_o1@2=0", in: lesson).target == .target(sample: 1, index: 0))
        let outside = problem("x1@4=0", in: lesson)
        #expect(outside?.problem == .sampleOutOfRange(4, sampleCount: 3))
        #expect(outside?.description == "x1@4=0: sample 4 does not exist: the lesson has 3 samples")
        #expect(problem("x1@0=0", in: lesson)?.message == "samples are numbered from 1, found @0")
        #expect(problem("x1@two=0", in: lesson)?.problem == .badSampleNumber("two"))
        #expect(problem("x1@=0", in: lesson)?.message == "expected a sample number (1, 2, ...) after @, found nothing")
        #expect(problem("w1@2=0", in: lesson)?.message == "w1 is the same for every sample; leave out the @")
        #expect(problem("eta@1=1", in: lesson)?.problem == .notPerSample("eta"))
    }

    @Test func everyEditableValueReadsBackFromItsName() throws {
        let lesson = try Self.lesson(Self.threeSamples)
        for sample in lesson.samples.indices {
            let values = lesson.editableValues(sample: sample)
            // 2 inputs, 1 target, 6 + 3 parameters, η.
            #expect(values.count == 2 + 1 + 9 + 1)
            for value in values {
                let name = value.name(in: lesson)
                #expect(try ValueEdit(parsing: name + "=0.5", in: lesson).target == value, "\(name)")
                #expect(EditableValue(value.ref, sample: sample) == value)
            }
        }
        #expect(EditableValue(.z(0), sample: 0) == nil)
        #expect(EditableValue(.gradient(3), sample: 0) == nil)
        #expect(lesson.editableValues(sample: 3).isEmpty)
    }

    @Test func unknownNamesSuggestTheNearestAndListWhatCanBeEdited() throws {
        let lesson = try Self.lesson(LessonFixture.workedExample)
        let upper = problem("W5=1", in: lesson)
        #expect(upper?.problem == .unknownName("W5", suggestion: "w5",
                                               editable: "w1…w8, b1…b4, eta, inputs i1, i2, targets t_o1, t_o2"))
        #expect(upper?.description == "W5=1: unknown name W5; did you mean w5? "
                + "(this lesson can edit w1…w8, b1…b4, eta, inputs i1, i2, targets t_o1, t_o2)")
        #expect(problem("learning_rte=1", in: lesson)?.message.contains("did you mean learning_rate?") == true)
        #expect(problem("t_o3=1", in: lesson)?.message.contains("did you mean t_o1?") == true)
        #expect(problem("t_h1=1", in: lesson)?.message.hasPrefix("unknown name t_h1") == true, "h1 is not an output")
        let far = problem("momentum=1", in: lesson)
        #expect(far?.message.hasPrefix("unknown name momentum (this lesson can edit") == true)
        let xor = try Self.lesson(Self.threeSamples)
        #expect(problem("y=1", in: xor)?.message.hasSuffix("targets t_o1, with @N for sample N of 1…3)") == true)
    }

    @Test func malformedEditsSayWhatIsMissing() throws {
        let lesson = try Self.lesson(LessonFixture.workedExample)
        #expect(problem("w5", in: lesson)?.problem == .missingEquals)
        #expect(problem("w5", in: lesson)?.message == "expected NAME=VALUE, like w5=0.9, eta=1 or i1@2=0.3")
        #expect(problem("=0.9", in: lesson)?.problem == .missingName)
        #expect(problem("@2=0.9", in: lesson)?.problem == .missingName)
        #expect(problem("w5=", in: lesson)?.problem == .missingValue)
        #expect(problem("w5=  ", in: lesson)?.message == "missing the value after =")
        // Split at the first =: the name is w5 and the value 0.9=1 is what is wrong.
        #expect(problem("w5=0.9=1", in: lesson)?.description == "w5=0.9=1: 0.9=1 is not a number")
        #expect(problem("eta==1", in: lesson)?.problem == .notANumber("=1"))
    }

    @Test func valuesMustBeFiniteDecimalNumbers() throws {
        let lesson = try Self.lesson(LessonFixture.workedExample)
        for text in ["abc", "0.9.1", "1,5", "0x10", "1e", "--1", "0.9 1"] {
            #expect(problem("w5=\(text)", in: lesson)?.problem == .notANumber(text), "\(text)")
        }
        #expect(problem("w5=abc", in: lesson)?.description == "w5=abc: abc is not a number")
        for text in ["inf", "-inf", "nan", "NaN", "infinity", "1e999", "-1e400"] {
            #expect(problem("w5=\(text)", in: lesson)?.problem == .notFinite(text), "\(text)")
        }
        #expect(problem("eta=1e999", in: lesson)?.message == "1e999 is not a finite number")
    }

    @Test func anInputNamedLikeAnotherValueIsAmbiguous() throws {
        let lesson = try Self.lesson(LessonFixture.workedExample.replacingOccurrences(of: "[\"i1\", \"i2\"]",
                                                                                      with: "[\"eta\", \"t_o1\"]"))
        #expect(problem("eta=1", in: lesson)?.message == "eta is ambiguous in this lesson: it names the learning rate and an input")
        #expect(problem("t_o1=1", in: lesson)?.problem == .ambiguousName("t_o1", meanings: ["an input", "a target"]))
        #expect(try ValueEdit(parsing: "learning_rate=1", in: lesson).target == .learningRate)
    }

    @Test func applyingReturnsANewLessonAndLeavesTheOldOne() throws {
        let lesson = try Self.lesson(LessonFixture.workedExample)
        let edited = try lesson.applying([ValueEdit(parsing: "w5=0.9", in: lesson), ValueEdit(parsing: "eta=1", in: lesson),
                                          ValueEdit(parsing: "i1=0.3", in: lesson), ValueEdit(parsing: "t_o2=0.5", in: lesson)])
        #expect(edited.network.value(of: "w5") == 0.9)
        #expect(edited.options.learningRate == 1)
        #expect(edited.samples[0].inputs == [0.3, 0.1])
        #expect(edited.samples[0].targets == [0.01, 0.5])
        #expect(lesson.network.value(of: "w5") == 0.4 && lesson.options.learningRate == 0.5)
        #expect(lesson.samples[0] == Sample(inputs: [0.05, 0.1], targets: [0.01, 0.99]))
        // The same value twice: the later edit wins.
        let twice = try lesson.applying([ValueEdit(target: .parameter(4), value: 0.9), ValueEdit(target: .parameter(4), value: 0.1)])
        #expect(twice.network.parameters[4] == 0.1)
        #expect(try lesson.applying([]).network == lesson.network)
    }

    @Test func editedLessonsComputeTheHandDerivedValues() throws {
        let lesson = try Self.lesson(LessonFixture.workedExample)
        func firstUpdate(_ edits: String...) throws -> IterationTrace {
            let edited = try lesson.applying(edits.map { try ValueEdit(parsing: $0, in: lesson) })
            return edited.timeline(iterations: 1).trace(iteration: 1)
        }
        // Published: out_h1 = 0.593269992, out_h2 = 0.596884378, out_o1 = 0.75136507, ∂E/∂w5 = 0.082167041.
        // w5 = 0.9: z_o1 = 0.9·out_h1 + 0.45·out_h2 + 0.6.
        let w5 = try firstUpdate("w5=0.9").samples[0]
        #expect(abs(w5.z(2) - (0.9 * 0.593269992 + 0.45 * 0.596884378 + 0.6)) < 1e-8)
        #expect(w5.z(0) == 0.3775, "h1 does not read w5")
        // η = 1: w5 ← 0.4 − 1·0.082167041.
        #expect(abs(try firstUpdate("eta=1").after(4) - (0.4 - 0.082167041)) < 1e-9)
        // i1 = 0.3: z_h1 = 0.3·0.15 + 0.1·0.2 + 0.35 = 0.415.
        #expect(abs(try firstUpdate("i1=0.3").samples[0].z(0) - 0.415) < 1e-15)
        // t_o1 = 0.5: ∂l/∂y_o1 = y_o1 − t_o1 = 0.75136507 − 0.5.
        #expect(abs(try firstUpdate("t_o1=0.5").samples[0].dlda(2) - 0.25136507) < 5e-9)
        // A bias is edited even though biases are not updated: z_h1 = 0.0275 − 0.2, and b1 stays −0.2.
        let bias = try firstUpdate("b1=-0.2")
        #expect(abs(bias.samples[0].z(0) - (-0.1725)) < 1e-15)
        #expect(bias.after(8) == -0.2)
    }

    @Test func applyingRefusesWhatTheLessonCannotTake() throws {
        let lesson = try Self.lesson(LessonFixture.workedExample)
        func refusal(_ edits: [ValueEdit]) -> ValueEditError? {
            do { _ = try lesson.applying(edits); return nil } catch { return error }
        }
        #expect(refusal([try ValueEdit(parsing: "eta=0", in: lesson)])?.description
                == "eta=0.0: the learning rate must be greater than 0, found 0.0")
        #expect(refusal([try ValueEdit(parsing: "eta=-1", in: lesson)])?.problem
                == .outOfRange("the learning rate must be greater than 0, found -1.0"))
        #expect(refusal([ValueEdit(target: .parameter(12), value: 1)])?.message == "the lesson has no parameter at index 12")
        #expect(refusal([ValueEdit(target: .input(sample: 1, index: 0), value: 1)])?.message
                == "the lesson has no input 1 of sample 2")
        #expect(refusal([ValueEdit(target: .target(sample: 0, index: 2), value: 1)]) != nil)
        #expect(refusal([ValueEdit(target: .parameter(4), value: .nan)])?.problem == .notFinite("nan"))
        #expect(refusal([ValueEdit(target: .learningRate, value: .infinity)])?.problem == .notFinite("inf"))
    }

    @Test func eachEditIsCheckedOnItsOwnAndEveryProblemIsFound() throws {
        let lesson = try Self.lesson(LessonFixture.workedExample)
        let eta = { (value: Double) in ValueEdit(target: .learningRate, value: value) }
        // A bad edit stays bad even when a later edit of the same value is good.
        #expect(lesson.problems(with: [eta(0), eta(1)]).map(\.description)
                == ["eta=0.0: the learning rate must be greater than 0, found 0.0"])
        #expect(throws: ValueEditError.self) { try lesson.applying([eta(0), eta(1)]) }
        // Every bad edit, in order, each with its reason; the good one between says nothing.
        let problems = lesson.problems(with: [eta(0), ValueEdit(target: .parameter(4), value: 0.9),
                                              ValueEdit(target: .parameter(12), value: 1), eta(-1)])
        #expect(problems.map(\.problem) == [.outOfRange("the learning rate must be greater than 0, found 0.0"),
                                             .noSuchValue("parameter at index 12"),
                                             .outOfRange("the learning rate must be greater than 0, found -1.0")])
        // All good: the later edit of the same value wins.
        #expect(lesson.problems(with: [eta(0.25), eta(1)]).isEmpty)
        #expect(try lesson.applying([eta(0.25), eta(1)]).options.learningRate == 1)
        #expect(throws: ValueEditError(edit: "eta=-2.0", problem: .outOfRange(
            "the learning rate must be greater than 0, found -2.0"))) { try lesson.check(eta(-2)) }
    }

    @Test func targetsKeepToTheLossRules() throws {
        let binary = try Self.lesson(Self.threeSamples.replacingOccurrences(of: "half_squared_error", with: "binary_cross_entropy"))
        #expect(throws: ValueEditError.self) { try binary.applying(ValueEdit(parsing: "t_o1@2=1.5", in: binary)) }
        do {
            _ = try binary.applying(ValueEdit(parsing: "t_o1@2=1.5", in: binary))
        } catch {
            #expect(error.description == "t_o1@2=1.5: binary_cross_entropy targets must be between 0 and 1, found 1.5")
        }
        #expect(try binary.applying(ValueEdit(parsing: "t_o1@2=0.25", in: binary)).samples[1].targets == [0.25])

        let softmax = try Self.lesson(LessonFixture.workedExample
            .replacingOccurrences(of: "half_squared_error", with: "cross_entropy")
            .replacingOccurrences(of: "activation = \"sigmoid\"\nweights = [[0.40", with: "activation = \"softmax\"\nweights = [[0.40")
            .replacingOccurrences(of: "y = [0.01, 0.99]", with: "y = [0, 1]"))
        do {
            _ = try softmax.applying(ValueEdit(parsing: "t_o1=0.3", in: softmax))
            Issue.record("targets summing to 1.3 were accepted")
        } catch {
            #expect(error.description == "t_o1=0.3: cross_entropy targets of sample 1 must sum to 1, found 1.3; "
                    + "edit the other targets of the sample too")
        }
        let both = try softmax.applying([ValueEdit(parsing: "t_o1=0.3", in: softmax), ValueEdit(parsing: "t_o2=0.7", in: softmax)])
        #expect(both.samples[0].targets == [0.3, 0.7])
        #expect(throws: ValueEditError.self) {
            try softmax.applying([ValueEdit(parsing: "t_o1=-0.5", in: softmax), ValueEdit(parsing: "t_o2=1.5", in: softmax)])
        }
        // A negative target is its own problem; the sum (here 1) is checked only once every edit is good.
        let negative = softmax.problems(with: [try ValueEdit(parsing: "t_o1=-0.5", in: softmax),
                                               try ValueEdit(parsing: "t_o2=1.5", in: softmax)])
        #expect(negative.map(\.description) == ["t_o1=-0.5: cross_entropy targets must not be negative, found -0.5"])
        // Two good edits of the same target: the later one counts for the sum (0.3 + 0.7 = 1).
        #expect(softmax.problems(with: [try ValueEdit(parsing: "t_o1=0.9", in: softmax),
                                        try ValueEdit(parsing: "t_o1=0.3", in: softmax),
                                        try ValueEdit(parsing: "t_o2=0.7", in: softmax)]).isEmpty)
    }

    @Test func editedValuesListEachValueOnceWithItsOldAndLastNumber() throws {
        let lesson = try Self.lesson(LessonFixture.workedExample)
        let edits = [ValueEdit(target: .learningRate, value: 1), ValueEdit(target: .parameter(4), value: 0.9),
                     ValueEdit(target: .parameter(12), value: 3), ValueEdit(target: .learningRate, value: 0.25),
                     ValueEdit(target: .input(sample: 0, index: 1), value: 0.1)]
        // In the order first edited; η's later edit wins; w13 does not exist; i2 edited to its own 0.1 still counts.
        #expect(lesson.editedValues(by: edits) == [EditedValue(target: .learningRate, old: 0.5, new: 0.25),
                                                   EditedValue(target: .parameter(4), old: 0.4, new: 0.9),
                                                   EditedValue(target: .input(sample: 0, index: 1), old: 0.1, new: 0.1)])
        #expect(lesson.editedValues(by: []).isEmpty)
        // Symbols: the sample is marked only when the lesson has more than one.
        #expect(EditableValue.parameter(4).quantity(in: lesson) == .parameter("w5"))
        #expect(EditableValue.target(sample: 0, index: 1).quantity(in: lesson) == .t("o2"))
        let three = try Self.lesson(Self.threeSamples)
        #expect(EditableValue.input(sample: 1, index: 0).quantity(in: three) == .ofSample(.input("x1"), 2))
        #expect(EditableValue.learningRate.quantity(in: three) == .learningRate)
    }

    @Test func theEditorParsesJustTheNumberForAChosenValue() throws {
        let lesson = try Self.lesson(Self.threeSamples)
        let edit = try ValueEdit(target: .input(sample: 1, index: 0), parsingValue: " 0.75 ", in: lesson)
        #expect(edit == ValueEdit(target: .input(sample: 1, index: 0), value: 0.75))
        #expect(edit.text(in: lesson) == "x1@2=0.75")
        #expect(throws: ValueEditError(edit: "w3=abc", problem: .notANumber("abc"))) {
            try ValueEdit(target: .parameter(2), parsingValue: "abc", in: lesson)
        }
        #expect(throws: ValueEditError(edit: "eta=", problem: .missingValue)) {
            try ValueEdit(target: .learningRate, parsingValue: "", in: lesson)
        }
    }
}
