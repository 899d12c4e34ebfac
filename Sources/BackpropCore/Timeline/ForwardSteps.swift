/// The forward pass: for each neuron z = Σᵢ xᵢwᵢ + b, then its activation a = f(z).
extension StepBuilder {
    /// Appends the weighted-sum and activation steps of every neuron, layer by layer.
    func appendForward(_ sample: SampleTrace, trace: IterationTrace, to steps: inout [Step]) {
        for layer in architecture.layers.indices {
            for j in 0..<architecture.layers[layer].size {
                steps.append(weightedSumStep(layer: layer, neuron: j, sample: sample, trace: trace))
                steps.append(activationStep(layer: layer, neuron: j, sample: sample, trace: trace))
            }
        }
    }

    /// z = x₁w₁ + x₂w₂ + b for one neuron: the terms in input order, then the bias.
    func weightedSumStep(layer: Int, neuron j: Int, sample: SampleTrace, trace: IterationTrace) -> Step {
        let n = architecture.neuronIndex(layer: layer, neuron: j)
        var symbolic: [Expression] = []
        var substituted: [Expression] = []
        var reads: [ValueRef] = []
        for i in 0..<architecture.fanIn(layer) {
            let w = architecture.weightIndex(layer: layer, neuron: j, input: i)
            let source = source(layer: layer, input: i)
            symbolic.append(.q(source.quantity) * .q(.parameter(parameterID(w))))
            substituted.append(.number(sourceValue(layer: layer, input: i, sample: sample)) * .number(trace.before(w)))
            reads += [source.ref, .parameter(w)]
        }
        let b = architecture.biasIndex(layer: layer, neuron: j)
        symbolic.append(.q(.parameter(parameterID(b))))
        substituted.append(.number(trace.before(b)))
        reads.append(.parameter(b))
        return Step(kind: .weightedSum, phase: .forward, iteration: trace.iteration, sample: sample.sample,
                    neuron: n, parameter: nil, produces: .z(n), reads: reads, lhs: .q(.z(name(n))),
                    symbolic: .sum(symbolic), substituted: .sum(substituted), result: sample.z(n))
    }

    /// a = f(z) for one neuron (y = f(z) at the output), written as its activation is
    /// (``Activation/written(_:)``, then ``Activation/definition(_:layer:)`` when it has one).
    func activationStep(layer: Int, neuron j: Int, sample: SampleTrace, trace: IterationTrace) -> Step {
        let n = architecture.neuronIndex(layer: layer, neuron: j)
        let activation = architecture.layers[layer].activation
        let z = Expression.q(.z(name(n)))
        let first = architecture.neuronOffsets[layer]
        let layerNeurons = first..<(first + architecture.layers[layer].size)
        let definition = activation.definition(z, layer: layerNeurons.map { .q(.z(name($0))) })
        let number = Expression.number(sample.z(n))
        let substituted = activation.definition(number, layer: layerNeurons.map { .number(sample.z($0)) })
            ?? activation.written(number)
        let reads: [ValueRef] = activation == .softmax ? layerNeurons.map { .z($0) } : [.z(n)]
        return Step(kind: .activation, phase: .forward, iteration: trace.iteration, sample: sample.sample,
                    neuron: n, parameter: nil, produces: .a(n), reads: reads, lhs: .q(activationQuantity(n)),
                    symbolic: activation.written(z), expanded: definition.map { [$0] } ?? [],
                    substituted: substituted, result: sample.a(n))
    }
}
