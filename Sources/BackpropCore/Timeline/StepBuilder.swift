/// Turns the trace of one update into the steps a student walks through, node by node.
///
/// Per sample: the forward pass neuron by neuron (weighted sum, then activation), the loss,
/// then the backward pass from the output layer down (∂l/∂a, then ∂l/∂z). For a full batch
/// the samples follow one another, then the batch loss L. Last come the gradient of each
/// parameter and the update of each parameter, in θ order (biases left out when they are
/// not updated). Every number in a step is taken from the trace, never recomputed.
struct StepBuilder {
    let architecture: Architecture
    let options: TrainingOptions
    let samples: [Sample]

    /// The number of steps every update of this setup has.
    var stepsPerIteration: Int {
        let perSample = 4 * architecture.neuronCount + 1
        let samplesPerUpdate = options.batch == .full ? samples.count : 1
        let batchLoss = options.batch == .full ? 1 : 0
        return perSample * samplesPerUpdate + batchLoss + 2 * updatedParameterCount
    }

    /// How many parameters get gradient and update steps.
    var updatedParameterCount: Int {
        options.updateBiases ? architecture.parameterCount : architecture.weightCount
    }

    /// All the steps of one update.
    func steps(for trace: IterationTrace) -> [Step] {
        var steps: [Step] = []
        steps.reserveCapacity(stepsPerIteration)
        for sample in trace.samples {
            appendForward(sample, trace: trace, to: &steps)
            steps.append(lossStep(sample, trace: trace))
            appendBackward(sample, trace: trace, to: &steps)
        }
        if options.batch == .full {
            steps.append(totalLossStep(trace))
        }
        for p in 0..<updatedParameterCount {
            steps.append(gradientStep(parameter: p, trace: trace))
        }
        for p in 0..<updatedParameterCount {
            steps.append(updateStep(parameter: p, trace: trace))
        }
        return steps
    }

    // MARK: - Names

    /// The name of the neuron at flat index `n`.
    func name(_ n: Int) -> String {
        let position = position(n)
        return architecture.neuronName(layer: position.layer, neuron: position.neuron)
    }

    /// The layer and in-layer index of the neuron at flat index `n`.
    func position(_ n: Int) -> NeuronPosition {
        var layer = architecture.layers.count - 1
        while architecture.neuronOffsets[layer] > n { layer -= 1 }
        return NeuronPosition(layer: layer, neuron: n - architecture.neuronOffsets[layer])
    }

    /// Whether the neuron at flat index `n` is an output neuron.
    func isOutput(_ n: Int) -> Bool { n >= architecture.outputOffset }

    /// The activation symbol of a neuron: y for an output neuron, a otherwise.
    func activationQuantity(_ n: Int) -> Quantity { isOutput(n) ? .y(name(n)) : .a(name(n)) }

    /// The symbol and value-ref of the value feeding input `i` of a neuron in `layer`.
    func source(layer: Int, input i: Int) -> (quantity: Quantity, ref: ValueRef) {
        if layer == 0 { return (.input(architecture.inputNames[i]), .input(i)) }
        let n = architecture.neuronOffsets[layer - 1] + i
        return (activationQuantity(n), .a(n))
    }

    /// The value feeding input `i` of a neuron in `layer`, for a sample's pass.
    func sourceValue(layer: Int, input i: Int, sample: SampleTrace) -> Double {
        layer == 0 ? samples[sample.sample].inputs[i]
            : sample.a(architecture.neuronOffsets[layer - 1] + i)
    }

    /// The id of the parameter at index `p` of θ.
    func parameterID(_ p: Int) -> String { architecture.parameter(at: p).id }
}
