import BackpropCore
import Foundation
import Testing
@testable import Lessons

/// A shipped lesson with what its tests ask of it: the core's value at a selector, the text of
/// its notes and quizzes, and whether a number written there is the right one.
struct ShippedLessonFacts {
    /// The lessons in curriculum order, as `lessons/` holds them.
    static let curriculum = [
        "01-gradient-descent.toml", "01b-learning-rate-too-large.toml", "02-one-neuron-forward.toml",
        "03-dz-dw-is-the-input.toml", "04-backward-one-neuron.toml", "05-neuron-feeding-two.toml",
        "06-output-layer.toml", "07-worked-example.toml", "08-xor.toml", "09-relu-dead-neuron.toml",
        "10-softmax-cross-entropy.toml", "11-vanishing-gradients.toml", "12-batch-gradient.toml",
        "12b-same-computation-in-matrices.toml", "13-circle.toml",
    ]

    let lesson: Lesson
    let locator: StepLocator
    let timeline: Timeline

    /// Loads `lessons/<file>`.
    init(_ file: String) throws {
        lesson = try ShippedLessonTests.load(file)
        locator = lesson.locator
        timeline = lesson.timeline
    }

    /// The core's result at the first step a selector names (`iteration 2 new w1`, `loss`).
    func value(_ selector: String) throws -> Double {
        timeline.step(try locator.locate(selector).first).result
    }

    /// The text of the notes whose `at` is this selector, joined.
    func note(_ selector: String) throws -> String {
        let wanted = try StepSelector(parsing: selector)
        let texts = lesson.notes.filter { $0.at.selector == wanted }.map(\.text)
        #expect(!texts.isEmpty, "no note at \"\(selector)\" in \(lesson.fileName)")
        return texts.joined(separator: "\n")
    }

    /// Quiz number `number` (1-based, file order): its question, hint and choices as one text.
    func quiz(_ number: Int) -> String {
        let quiz = lesson.quizzes[number - 1]
        var parts = [quiz.authoredQuestion, quiz.authoredHint].compactMap { $0 }
        if case .choice(let choice) = quiz.answer { parts += choice.choices }
        return parts.joined(separator: "\n")
    }

    /// Expects `text` to contain `written`, and the number `written` ends with to be `exact`
    /// rounded to the digits written (so "≈ 0.593270" stands for 0.5932699921…).
    func stated(_ written: String, in text: String, is exact: Double,
                sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(text.contains(written), "\"\(written)\" is not in: \(text)", sourceLocation: sourceLocation)
        let number = String(written.reversed().prefix { "0123456789.−-".contains($0) }.reversed())
        guard case .success(let value) = TypedNumber.parse(number) else {
            Issue.record("no number at the end of \"\(written)\"", sourceLocation: sourceLocation)
            return
        }
        let decimals = number.split(separator: ".").dropFirst().first?.count ?? 0
        #expect(abs(value - exact) <= 0.5 * pow(10, -Double(decimals)) * (1 + 1e-9),
                "\"\(written)\" is not \(exact) rounded", sourceLocation: sourceLocation)
    }

    /// Expects the core's value at `selector` to be the hand-derived `exact`, to about 12 digits.
    func core(_ selector: String, is exact: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let value = try value(selector)
        #expect(abs(value - exact) <= 1e-12 * max(1, abs(exact)), "\(selector): core \(value), by hand \(exact)",
                sourceLocation: sourceLocation)
    }
}

/// The logistic function σ(z) = 1/(1 + e⁻ᶻ), from Foundation's exp: a reference independent of the core.
func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
