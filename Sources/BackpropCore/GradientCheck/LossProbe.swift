/// Evaluates the loss of one update for any θ, by forward passes only, and notes which side
/// of its kink every ReLU-like neuron was on.
///
/// The loss is the one the update's gradient belongs to: sample n's l for per-sample
/// training, or L over every sample (their mean or sum, as the options say) for a full
/// batch. It is computed with the same operations in the same order as ``Trainer``, so at
/// the trainer's θ it equals the update's L(θ₀) bit for bit.
struct LossProbe {
    /// The engine whose forward pass and loss are used.
    let engine: Backpropagation
    /// The update's samples, as indices into `inputs` and `targets`.
    let sampleIndices: [Int]
    /// Whether L is the sum of the samples' losses (otherwise their mean).
    let sums: Bool
    /// Every sample's inputs, flat.
    let inputs: [Double]
    /// Every sample's targets, flat.
    let targets: [Double]
    /// The flat indices of the neurons with a kink at z = 0 (ReLU and leaky ReLU).
    let kinkedNeurons: [Int]
    /// One pass's buffer.
    var values: [Double]

    /// A probe for the next update `trainer` would make.
    init(nextUpdateOf trainer: Trainer) {
        engine = trainer.engine
        let full = trainer.options.batch == .full
        sampleIndices = full ? Array(trainer.samples.indices)
            : [trainer.sampleIndex(forIteration: trainer.completedIterations + 1)]
        sums = full && trainer.options.reduction == .sum
        inputs = trainer.inputs
        targets = trainer.targets
        let architecture = trainer.network.architecture
        kinkedNeurons = architecture.neurons.indices.filter { n in
            let activation = architecture.layers[architecture.neurons[n].layer].activation
            return activation == .relu || activation == .leakyReLU
        }
        values = Array(repeating: 0, count: engine.layout.count)
    }


    /// The update's loss at `theta`, and for every sample and kinked neuron whether z > 0
    /// (the branch σ' takes: ReLU's derivative is 1 for z > 0 and 0 otherwise).
    mutating func evaluate(_ theta: [Double]) -> (loss: Double, branches: [Bool]) {
        var total = 0.0
        var branches: [Bool] = []
        branches.reserveCapacity(sampleIndices.count * kinkedNeurons.count)
        let engine = self.engine
        for n in sampleIndices {
            let l = theta.withUnsafeBufferPointer { theta in
                inputs.withUnsafeBufferPointer { x in
                    targets.withUnsafeBufferPointer { t in
                        values.withUnsafeMutableBufferPointer { values in
                            engine.loss(theta: theta, inputs: x.slice(n * engine.inputCount, engine.inputCount),
                                        targets: t.slice(n * engine.outputCount, engine.outputCount), values: values)
                        }
                    }
                }
            }
            total += l
            for neuron in kinkedNeurons { branches.append(values[engine.layout.z + neuron] > 0) }
        }
        return (sums || sampleIndices.count == 1 ? total : total / Double(sampleIndices.count), branches)
    }
}

extension Backpropagation {
    /// The forward pass and the loss l for one sample, without the backward pass.
    ///
    /// The same operations as ``run(theta:inputs:targets:values:)`` up to l, so l is the same.
    func loss(theta: UnsafeBufferPointer<Double>, inputs x: UnsafeBufferPointer<Double>,
              targets t: UnsafeBufferPointer<Double>, values: UnsafeMutableBufferPointer<Double>) -> Double {
        forward(theta: theta, inputs: x, values: values)
        let pass = PassBuffers(values, layout)
        let out = plans[plans.count - 1]
        return loss.value(outputs: UnsafeBufferPointer(pass.a(out)), sums: UnsafeBufferPointer(pass.z(out)), targets: t)
    }
}
