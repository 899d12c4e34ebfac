import Testing
@testable import BackpropCore

/// The Timeline: the steps a student walks, their values, and random access (their formulas
/// as text: `StepNotationTests`).
struct TimelineTests {
    let timeline = Timeline(network: WorkedExampleTests.network, options: WorkedExampleTests.options,
                            samples: WorkedExampleTests.samples, iterations: 3)

    @Test func workedExampleHasOneStepPerValueInPhaseOrder() {
        let steps = timeline.steps(iteration: 1).steps
        // 4 neurons × (z, a) + loss + 4 × (∂l/∂a, ∂l/∂z) + 8 weight gradients + 8 updates (biases fixed).
        #expect(steps.count == 8 + 1 + 8 + 8 + 8)
        #expect(timeline.stepsPerIteration == steps.count)
        let phases = steps.map(\.phase)
        #expect(phases == phases.sorted { Phase.allCases.firstIndex(of: $0)! < Phase.allCases.firstIndex(of: $1)! })
        #expect(steps[0].kind == .weightedSum && steps[0].neuron == 0)
        #expect(steps[9].kind == .outputGradient && steps[9].neuron == 2)
        #expect(steps[13].kind == .activationGradient && steps[13].neuron == 0)
    }

    @Test func everyStepResultIsTheTracesValue() {
        for iteration in 1...3 {
            let steps = timeline.steps(iteration: iteration)
            let sample = steps.trace.samples[0]
            for step in steps.steps {
                let expected: Double
                switch step.produces {
                case .z(let n): expected = sample.z(n)
                case .a(let n): expected = sample.a(n)
                case .dlda(let n): expected = sample.dlda(n)
                case .dldz(let n): expected = sample.dldz(n)
                case .loss: expected = sample.loss
                case .gradient(let p): expected = steps.trace.gradient(p)
                case .updated(let p): expected = steps.trace.after(p)
                default: Issue.record("unexpected step \(step.produces)"); continue
                }
                #expect(step.result == expected)
            }
        }
    }

    @Test func theDiagramFillsInAsTheStudentSteps() {
        let steps = timeline.steps(iteration: 1)
        let first = steps.known(through: 0)
        #expect(first.z[0] == 0.3775)
        #expect(first.a[0] == nil && first.z[1] == nil && first.loss == nil)
        let afterForward = steps.known(through: 7)
        #expect(afterForward.a.allSatisfy { $0 != nil })
        #expect(afterForward.dldz.allSatisfy { $0 == nil })
        let last = steps.known(through: steps.steps.count - 1)
        #expect(last.updated[4] == steps.trace.after(4))
        #expect(last.updated[8] == nil, "biases are not updated in the worked example")
    }

    @Test func randomAccessMatchesTrainingFromTheStart() {
        let options = TrainingOptions(loss: .halfSquaredError, learningRate: 0.5)
        let samples = [Sample(inputs: [0, 0], targets: [0]), Sample(inputs: [0, 1], targets: [1]),
                       Sample(inputs: [1, 0], targets: [1]), Sample(inputs: [1, 1], targets: [0])]
        var random = SplitMix64(seed: 11)
        let architecture = Architecture(inputNames: ["x1", "x2"], layers: [
            LayerShape(name: "h", size: 3, activation: .sigmoid), LayerShape(name: "o", size: 1, activation: .sigmoid)])
        let network = Network(architecture: architecture,
                              parameters: (0..<architecture.parameterCount).map { _ in random.nextUniform(-1, 1) })
        let long = Timeline(network: network, options: options, samples: samples, iterations: 5000)
        #expect(long.checkpointInterval > 1)
        var trainer = Trainer(network: network, options: options, samples: samples)
        for _ in 0..<3776 { trainer.step() }
        let expected = trainer.tracedStep()
        let steps = long.steps(iteration: 3777)
        #expect(steps.trace == expected)
        #expect(steps.trace.samples[0].sample == 3776 % 4)
        let global = long.index(iteration: 3777, step: 5)
        #expect(long.position(of: global) == (3777, 5))
        #expect(long.step(global) == steps.steps[5])
    }

    @Test func fullBatchWalksEverySampleThenTheBatchLoss() {
        let options = TrainingOptions(loss: .halfSquaredError, learningRate: 0.5, batch: .full, reduction: .mean)
        let samples = [Sample(inputs: [0.05, 0.10], targets: [0.01, 0.99]), Sample(inputs: [0.2, -0.1], targets: [0.5, 0.5])]
        let timeline = Timeline(network: WorkedExampleTests.network, options: options, samples: samples, iterations: 1)
        let steps = timeline.steps(iteration: 1)
        #expect(steps.steps.count == timeline.stepsPerIteration)
        #expect(steps.steps.count == 2 * 17 + 1 + 12 + 12)
        let total = steps.steps[34]
        #expect(total.kind == .totalLoss)
        #expect(total.result == (steps.trace.samples[0].loss + steps.trace.samples[1].loss) / 2)
        let w5 = steps.steps[35 + 4]
        let expected = (steps.trace.samples[0].gradient(4) + steps.trace.samples[1].gradient(4)) / 2
        #expect(w5.result == expected)
    }
}
