import Testing
import TestSupport
@testable import BackpropCore

/// The classic 2-2-2 worked example (Matt Mazur, "A Step by Step Backpropagation Example"):
/// every figure below is the one published there, computed by hand.
struct WorkedExampleTests {
    static let network = WorkedExampleNetwork.network
    static let options = WorkedExampleNetwork.options
    static let samples = WorkedExampleNetwork.samples

    func trace() -> IterationTrace {
        var trainer = Trainer(network: Self.network, options: Self.options, samples: Self.samples)
        return trainer.tracedStep()
    }

    func expect(_ actual: Double, _ expected: Double, digits: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        #expect(abs(actual - expected) <= 0.5 / scale, "\(actual) ≠ \(expected)", sourceLocation: sourceLocation)
    }

    @Test func forwardPassMatchesTheHandComputedValues() {
        let sample = trace().samples[0]
        expect(sample.z(0), 0.3775, digits: 10)
        expect(sample.a(0), 0.593269992, digits: 9)
        expect(sample.a(1), 0.596884378, digits: 9)
        expect(sample.a(2), 0.75136507, digits: 8)
        expect(sample.a(3), 0.772928465, digits: 9)
    }

    @Test func totalErrorIsHalfTheSquaredErrors() {
        let trace = trace()
        expect(trace.loss, 0.298371109, digits: 9)
        expect(trace.samples[0].loss, 0.298371109, digits: 9)
    }

    @Test func outputWeightGradientAndUpdates() {
        let trace = trace()
        expect(trace.gradient(4), 0.082167041, digits: 9)
        let expected = [0.35891648, 0.408666186, 0.511301270, 0.561370121]
        for (k, value) in expected.enumerated() { expect(trace.after(4 + k), value, digits: 8) }
    }

    @Test func hiddenWeightGradientUsesTheOldOutputWeights() {
        let trace = trace()
        expect(trace.gradient(0), 0.000438568, digits: 9)
        let expected = [0.149780716, 0.19956143, 0.24975114, 0.29950229]
        for (k, value) in expected.enumerated() { expect(trace.after(k), value, digits: 8) }
    }

    @Test func biasesStayWhenUpdateBiasesIsOff() {
        let trace = trace()
        #expect(Array(trace.parametersAfter[8...]) == [0.35, 0.35, 0.60, 0.60])
        #expect(trace.gradient(8) != 0)
    }

    @Test func fastPathGivesTheSameParametersBitForBit() {
        var fast = Trainer(network: Self.network, options: Self.options, samples: Self.samples)
        var traced = fast
        for _ in 0..<25 {
            fast.step()
            _ = traced.tracedStep()
        }
        #expect(fast.network.parameters == traced.network.parameters)
        #expect(fast.completedIterations == 25)
    }
}
