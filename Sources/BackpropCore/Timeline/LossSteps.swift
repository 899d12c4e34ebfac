/// The loss steps: l for one sample, and L for a batch.
extension StepBuilder {
    /// The most terms a written-out sum over samples shows before it elides the middle.
    static let longestWrittenSum = 8

    /// l(y, t) for one sample, written out over the outputs.
    func lossStep(_ sample: SampleTrace, trace: IterationTrace) -> Step {
        let outputs = architecture.outputOffset..<(architecture.outputOffset + architecture.outputCount)
        let targets = samples[sample.sample].targets
        func y(_ n: Int) -> Expression { .q(.y(name(n))) }
        func t(_ n: Int) -> Expression { .q(.t(name(n))) }
        func yValue(_ n: Int) -> Expression { .number(sample.a(n)) }
        func tValue(_ n: Int) -> Expression { .number(targets[n - architecture.outputOffset]) }
        let symbolic = options.loss.written(outputs: outputs, y: y, t: t)
        let substituted = options.loss.written(outputs: outputs, y: yValue, t: tValue)
        let reads = outputs.flatMap { [ValueRef.a($0), .target($0 - architecture.outputOffset)] }
        return Step(kind: .loss, phase: .loss, iteration: trace.iteration, sample: sample.sample,
                    neuron: nil, parameter: nil, produces: .loss, reads: reads, lhs: .q(.loss),
                    symbolic: symbolic, substituted: substituted, result: sample.loss)
    }

    /// L = (1/N) Σₙ lⁿ (or Σₙ lⁿ), the loss of a full batch.
    func totalLossStep(_ trace: IterationTrace) -> Step {
        let count = trace.samples.count
        let perSample = Self.abbreviated(trace.samples.map { Expression.q(.ofSample(.loss, $0.sample + 1)) })
        let values = Self.abbreviated(trace.samples.map { Expression.number($0.loss) })
        let isMean = options.reduction == .mean
        func scaled(_ e: Expression) -> Expression { isMean ? .fraction(1, count) * e : e }
        let symbolic: Expression = isMean
            ? .quotient(.integer(1), .q(.sampleCount)) * .sumOverSamples(.q(.ofSample(.loss, nil)))
            : .sumOverSamples(.q(.ofSample(.loss, nil)))
        return Step(kind: .totalLoss, phase: .loss, iteration: trace.iteration, sample: nil,
                    neuron: nil, parameter: nil, produces: .totalLoss, reads: [.loss], lhs: .q(.totalLoss),
                    symbolic: symbolic, expanded: [scaled(.sum(perSample))],
                    substituted: scaled(.sum(values)), result: trace.loss)
    }

    /// The terms of a long sum with the middle left out: the first three, …, the last.
    static func abbreviated(_ terms: [Expression]) -> [Expression] {
        guard terms.count > longestWrittenSum else { return terms }
        return Array(terms.prefix(3)) + [.ellipsis, terms[terms.count - 1]]
    }
}
