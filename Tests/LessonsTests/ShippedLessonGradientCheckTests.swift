import BackpropCore
import Foundation
import Testing
@testable import Lessons

/// The gradient check on every lesson in `lessons/`: backpropagation agrees with the central
/// finite difference to 10⁻⁶ relative for every parameter, at the start and after training a while.
struct ShippedLessonGradientCheckTests {
    static let files: [String] = (try? FileManager.default.contentsOfDirectory(atPath: ShippedLessonTests.lessonsFolder.path)
        .filter { $0.hasSuffix(".toml") }.sorted()) ?? []

    @Test func thereAreLessonsToCheck() {
        #expect(Self.files.count >= 3)
    }

    @Test(arguments: files)
    func backpropagationAgreesWithFiniteDifferences(_ file: String) throws {
        var trainer = try ShippedLessonTests.load(file).trainer
        for round in 0..<3 {
            let check = GradientCheck(trainer: trainer)
            #expect(check.parameterCount == trainer.network.parameters.count)
            for parameter in check.parameters {
                #expect(parameter.verdict == .ok, """
                    \(file), round \(round), \(parameter.parameter.id): backprop \(parameter.backpropagation), \
                    finite difference \(parameter.finiteDifference), relative \(parameter.relativeDifference)
                    """)
                #expect(parameter.relativeDifference <= 1e-6)
            }
            // Check again further into training, on another sample.
            trainer.train(iterations: 37)
        }
    }
}
