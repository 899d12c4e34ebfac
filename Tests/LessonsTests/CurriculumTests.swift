import BackpropCore
import BackpropNotation
import Foundation
import Testing
@testable import Lessons

/// The shipped curriculum as a whole: order, shape, training to the end, and gradients that
/// agree with finite differences.
struct CurriculumTests {
    static let files = ShippedLessonFacts.curriculum

    @Test func theLessonsAreTheCurriculumInOrder() throws {
        let found = try FileManager.default.contentsOfDirectory(atPath: ShippedLessonTests.lessonsFolder.path)
            .filter { $0.hasSuffix(".toml") }.sorted()
        #expect(found == Self.files)
        #expect(found.count >= 11)
    }

    @Test(arguments: files)
    func everyLessonHasASummaryNotesAndAQuiz(_ file: String) throws {
        let lesson = try ShippedLessonTests.load(file)
        #expect(lesson.summary?.isEmpty == false)
        #expect(lesson.notes.count >= 3)
        #expect(!lesson.quizzes.isEmpty)
        #expect(lesson.notes.contains { $0.stepIndex == 0 }, "every lesson opens with a note at its first step")
        if file.hasPrefix("07-") { #expect(lesson.quizzes.count >= 5) }
        let text = try String(contentsOf: ShippedLessonTests.lessonsFolder.appendingPathComponent(file), encoding: .utf8)
        #expect(text.hasPrefix("#:schema ./lesson.schema.json\n"), "editors find the schema from the first line")
    }

    @Test(arguments: files)
    func everyLessonTrainsToItsEndWithFiniteValues(_ file: String) throws {
        let lesson = try ShippedLessonTests.load(file)
        var trainer = lesson.trainer
        for iteration in 1...lesson.iterations {
            let loss = trainer.step()
            #expect(loss.isFinite, "iteration \(iteration): loss \(loss)")
            if !loss.isFinite { return }
        }
        #expect(trainer.network.parameters.allSatisfy { $0.isFinite })
        #expect(trainer.totalLoss().isFinite)
        // Every value a student sees in the first and the last update is finite.
        let timeline = lesson.timeline
        for iteration in Set([1, lesson.iterations]) {
            for step in timeline.steps(iteration: iteration).steps {
                #expect(step.result.isFinite, "iteration \(iteration): \(step.produces) = \(step.result)")
            }
        }
    }

    @Test(arguments: files)
    func everyLessonsGradientsMatchCentralDifferences(_ file: String) throws {
        let lesson = try ShippedLessonTests.load(file)
        let timeline = lesson.timeline
        for iteration in Set([1, (lesson.iterations + 1) / 2, lesson.iterations]).sorted() {
            let trainer = timeline.trainer(beforeIteration: iteration)
            for mismatch in FiniteDifferenceCheck.mismatches(trainer) {
                Issue.record("\(file), iteration \(iteration): \(mismatch)")
            }
        }
    }

    @Test func theFiniteDifferenceCheckCatchesAWrongGradient() throws {
        // The check itself must be able to fail: a gradient off by 1e-5 relative is reported.
        let lesson = try ShippedLessonTests.load("07-worked-example.toml")
        var trainer = lesson.trainer
        let trace = trainer.tracedStep()
        var wrong = trace.gradientVector
        wrong[4] *= 1 + 1e-5
        let found = FiniteDifferenceCheck.mismatches(lesson.trainer, gradient: wrong)
        #expect(found.count == 1 && found.first?.hasPrefix("w5:") == true)
        #expect(FiniteDifferenceCheck.mismatches(lesson.trainer, gradient: trace.gradientVector).isEmpty)
    }

    @Test(arguments: files)
    func noNoteOnAQuizsStepGivesItsAnswerAway(_ file: String) throws {
        let lesson = try ShippedLessonTests.load(file)
        for quiz in lesson.quizzes {
            guard case .value(let answer) = quiz.answer else { continue }
            let notes = lesson.notes(atStep: quiz.stepIndex).map(\.text).joined(separator: "\n")
            for digits in 2...6 {
                let written = NumberFormat(significantDigits: digits, style: .unicode).string(answer.value)
                guard written.filter(\.isNumber).count >= 2 else { continue }
                #expect(!notes.contains(written), "quiz[\(quiz.number)]'s answer \(written) is in a note on its step")
            }
        }
    }

    @Test(arguments: files)
    func everyQuizAcceptsItsOwnValue(_ file: String) throws {
        let lesson = try ShippedLessonTests.load(file)
        for quiz in lesson.quizzes {
            switch quiz.answer {
            case .value(let answer):
                #expect(quiz.check(String(answer.value)) == .correct)
                // Rounded to 4 significant digits it counts; 1% off, written to 4 digits, does not.
                let rounded = NumberFormat(significantDigits: 4, style: .ascii).string(answer.value)
                let far = NumberFormat(significantDigits: 4, style: .ascii).string(answer.value * 1.01 + 1e-3)
                #expect(quiz.check(rounded) == .correct, "\(rounded) for \(answer.value)")
                if case .standard = answer.tolerance { #expect(quiz.check(far) == .wrong, "\(far) for \(answer.value)") }
            case .choice(let choice):
                #expect(quiz.check(String(choice.correct)) == .correct)
            }
        }
    }
}

/// Compares the gradient of one update with central finite differences of the loss it is the gradient of.
enum FiniteDifferenceCheck {
    /// The step ε of (L(θ + ε) − L(θ − ε)) / 2ε.
    static let epsilon = 1e-6
    /// The relative agreement asked for.
    static let relative = 1e-6

    /// The parameters whose gradient (by default the trainer's next `tracedStep()`) differs from
    /// the central difference by more than `relative`, each as `id: backprop …, finite difference …`.
    ///
    /// The loss is the one the update descends: the sample's l for `batch = "sample"`, the
    /// batch's L otherwise. Rounding in the difference quotient is about ulp(L)/ε ≈ 2e-16·|L|/ε,
    /// so differences below 1e-9·max(1, |L|) are taken as agreement.
    static func mismatches(_ trainer: Trainer, gradient: [Double]? = nil) -> [String] {
        var traced = trainer
        let trace = traced.tracedStep()
        let gradient = gradient ?? trace.gradientVector
        let theta = trainer.network.parameters
        let samples = trainer.options.batch == .full ? trainer.samples : [trainer.samples[trace.samples[0].sample]]
        func loss(_ parameters: [Double]) -> Double {
            var probe = Trainer(network: Network(architecture: trainer.network.architecture, parameters: parameters),
                                options: trainer.options, samples: samples)
            return probe.totalLoss()
        }
        let floor = 1e-9 * max(1, abs(trace.loss))
        var found: [String] = []
        for p in theta.indices {
            var plus = theta, minus = theta
            plus[p] += epsilon
            minus[p] -= epsilon
            let numeric = (loss(plus) - loss(minus)) / (2 * epsilon)
            let analytic = gradient[p]
            if abs(numeric - analytic) > max(floor, relative * max(abs(numeric), abs(analytic))) {
                found.append("\(trainer.network.architecture.parameter(at: p).id): backprop \(analytic), "
                             + "finite difference \(numeric)")
            }
        }
        return found
    }
}
