import BackpropCore
import BackpropNotation
import Foundation
import Testing
@testable import Lessons

/// Every formula a shipped lesson shows with its numbers substituted evaluates to the result
/// the step shows: the arithmetic on screen is the arithmetic the core did.
struct SubstitutedFormulaTests {
    /// The updates checked of a lesson: all of them when there are at most 100; else the
    /// first four, every 1000th and the last (a step of each kind, and trained weights).
    static func iterations(of lesson: Lesson) -> [Int] {
        guard lesson.iterations > 100 else { return Array(1...lesson.iterations) }
        return Array(Set([1, 2, 3, 4, lesson.iterations] + stride(from: 1000, to: lesson.iterations, by: 1000))).sorted()
    }

    @Test(arguments: ShippedLessonFacts.curriculum)
    func everySubstitutedFormulaGivesTheResultShown(_ file: String) throws {
        let lesson = try ShippedLessonTests.load(file)
        let timeline = lesson.timeline
        let notation = Notation(style: .unicode)
        var checked = 0
        for iteration in Self.iterations(of: lesson) {
            for step in timeline.steps(iteration: iteration).steps {
                let value = try #require(step.substituted.value,
                                         "\(file) update \(iteration): \(notation.line(step)) has no value")
                let tolerance = 1e-12 * max(1, abs(step.result), abs(value))
                #expect(abs(value - step.result) <= tolerance || (value.isNaN && step.result.isNaN),
                        "\(file) update \(iteration): \(notation.line(step)) evaluates to \(value)")
                checked += 1
            }
        }
        #expect(checked >= timeline.stepsPerIteration)
    }

    @Test func theEvaluationCanFail() {
        // A wrong substitution is caught: 2·0.5 + (−1)·0.25 is 0.75, not 0.85.
        let sum = Expression.number(2) * .number(0.5) + .number(-1) * .number(0.25)
        #expect(sum.value == 0.75)
        #expect(Expression.q(.z("h1")).value == nil)
        #expect((Expression.integer(1) - .square(.number(0.5))).value == 0.75)
        #expect(Expression.call(.activation(.sigmoid), .number(0)).value == 0.5)
        #expect(Expression.call(.relu, .number(-2)).value == 0)
        #expect(Expression.quotient(.call(.exp, .number(0)), .sum([.call(.exp, .number(0)), .call(.exp, .number(0))])).value == 0.5)
    }
}
