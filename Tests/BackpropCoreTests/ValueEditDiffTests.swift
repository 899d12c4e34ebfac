import Testing
@testable import BackpropCore

/// Which values on screen an edit changed, at the same step of the rebuilt Timeline.
struct ValueEditDiffTests {
    static let base = Timeline(network: WorkedExampleTests.network, options: WorkedExampleTests.options,
                               samples: WorkedExampleTests.samples, iterations: 1)

    /// The worked example's Timeline with w5 = 0.9.
    static let w5 = {
        var network = WorkedExampleTests.network
        network.parameters[4] = 0.9
        return Timeline(network: network, options: WorkedExampleTests.options, samples: WorkedExampleTests.samples,
                        iterations: 1)
    }()

    @Test func beforeAnythingReadsW5OnlyW5Changes() {
        let changes = ValueEditDiff.changes(from: Self.base, to: Self.w5, iteration: 1, step: 0)
        #expect(changes == [ValueChange(ref: .parameter(4), old: 0.4, new: 0.9)])
    }

    @Test func afterTheForwardPassOnlyWhatW5FeedsChanged() {
        // w5 = h1 → o1 feeds z_o1 and so y_o1; h1, h2 and o2 do not read it.
        let changes = ValueEditDiff.changes(from: Self.base, to: Self.w5, iteration: 1, step: 7)
        #expect(changes.map(\.ref) == [.parameter(4), .z(2), .a(2)])
        let z = changes[1]
        // Published z_o1 = 1.105905967; the new one is 0.9·out_h1 + 0.45·out_h2 + 0.6.
        #expect(abs(z.old! - 1.105905967) < 5e-10)
        #expect(abs(z.new! - (0.9 * 0.593269992 + 0.45 * 0.596884378 + 0.6)) < 1e-8)
    }

    @Test func aBackwardStepShowsTheChainOfChanges() {
        // Through ∂l/∂a_h1 (step 13): o1's values, the loss, both ∂l/∂y... ∂l/∂z of the outputs
        // and ∂l/∂a_h1 (which reads w5) differ; o2's forward values do not.
        let refs = Set(ValueEditDiff.changes(from: Self.base, to: Self.w5, iteration: 1, step: 13).map(\.ref))
        #expect(refs == [.parameter(4), .z(2), .a(2), .loss, .dlda(2), .dldz(2), .dlda(0)])
    }

    @Test func aLearningRateEditChangesOnlyEtaUntilTheUpdate() {
        var options = WorkedExampleTests.options
        options.learningRate = 1
        let eta = Timeline(network: WorkedExampleTests.network, options: options, samples: WorkedExampleTests.samples,
                           iterations: 1)
        let gradients = Self.base.steps(iteration: 1).firstStep(in: .update)! - 1
        #expect(ValueEditDiff.changes(from: Self.base, to: eta, iteration: 1, step: gradients)
                == [ValueChange(ref: .learningRate, old: 0.5, new: 1)])
        let first = ValueEditDiff.changes(from: Self.base, to: eta, iteration: 1, step: gradients + 1)
        #expect(first.map(\.ref) == [.learningRate, .updated(0)])
        // w1 ← 0.15 − η·0.000438568 (published ∂E/∂w1 = 0.000438568).
        #expect(abs(first[1].new! - (0.15 - 0.000438568)) < 5e-10)
    }

    @Test func anotherSamplesInputIsNotOnScreen() {
        let samples = [Sample(inputs: [0.05, 0.10], targets: [0.01, 0.99]), Sample(inputs: [0.2, 0.3], targets: [0.5, 0.5])]
        var edited = samples
        edited[1].inputs[0] = 0.9
        let old = Timeline(network: WorkedExampleTests.network, options: WorkedExampleTests.options, samples: samples, iterations: 2)
        let new = Timeline(network: WorkedExampleTests.network, options: WorkedExampleTests.options, samples: edited, iterations: 2)
        #expect(ValueEditDiff.changes(from: old, to: new, iteration: 1, step: 32).isEmpty, "update 1 uses sample 1")
        let second = ValueEditDiff.changes(from: old, to: new, iteration: 2, step: 0)
        #expect(second.map(\.ref) == [.input(0), .z(0)])
        #expect(second[0] == ValueChange(ref: .input(0), old: 0.2, new: 0.9))
    }

    @Test func valuesThatAppearOrDisappearAreChanges() {
        let steps = Self.base.steps(iteration: 1)
        let before = VisibleValues(timeline: Self.base, steps: steps, through: 0)
        let after = VisibleValues(timeline: Self.base, steps: steps, through: 1)
        #expect(ValueEditDiff.changes(from: before, to: after) == [ValueChange(ref: .a(0), old: nil, new: steps.trace.samples[0].a(0))])
        #expect(ValueEditDiff.changes(from: after, to: before) == [ValueChange(ref: .a(0), old: steps.trace.samples[0].a(0), new: nil)])
        #expect(ValueEditDiff.changes(from: after, to: after).isEmpty)
        #expect(after.value(.z(0)) == 0.3775 && after.value(.z(1)) == nil)
        #expect(after.value(.input(1)) == 0.1 && after.value(.learningRate) == 0.5 && after.value(.target(1)) == 0.99)
    }

    @Test func valuesAreTheSameWhenEqualOrBothNaN() {
        #expect(ValueEditDiff.same(.nan, .nan) && ValueEditDiff.same(-0.0, 0) && !ValueEditDiff.same(1, .nan))
    }
}
