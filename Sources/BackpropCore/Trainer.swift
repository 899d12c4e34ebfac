/// Runs gradient descent, θ₁ = θ₀ − η∇L(θ₀), one update at a time.
///
/// `step()` is the fast path: it records nothing and allocates nothing. `tracedStep()` does
/// the same arithmetic and also returns everything it computed as an ``IterationTrace``.
/// Both give bit-for-bit the same parameters.
public struct Trainer: Sendable {
    /// The network as it is now, after ``completedIterations`` updates.
    public private(set) var network: Network
    /// Loss, η and batching.
    public let options: TrainingOptions
    /// The training data.
    public let samples: [Sample]
    /// How many updates have been made.
    public private(set) var completedIterations: Int

    let engine: Backpropagation
    let inputs: [Double]
    let targets: [Double]
    var values: [Double]
    var accumulator: [Double]

    /// Creates a trainer that starts from `network`, as if `completedIterations` updates were already done.
    ///
    /// Every sample must have one input per network input and one target per output.
    public init(network: Network, options: TrainingOptions, samples: [Sample], completedIterations: Int = 0) {
        let architecture = network.architecture
        precondition(!samples.isEmpty, "training needs at least one sample")
        precondition(samples.allSatisfy {
            $0.inputs.count == architecture.inputCount && $0.targets.count == architecture.outputCount
        }, "a sample does not fit the network")
        self.network = network
        self.options = options
        self.samples = samples
        self.completedIterations = completedIterations
        engine = Backpropagation(architecture: architecture, loss: options.loss)
        inputs = samples.flatMap(\.inputs)
        targets = samples.flatMap(\.targets)
        values = Array(repeating: 0, count: engine.layout.count)
        accumulator = Array(repeating: 0, count: architecture.parameterCount)
    }

    /// The 0-based index of the sample that update number `iteration` (1-based) starts with.
    public func sampleIndex(forIteration iteration: Int) -> Int {
        options.sampleIndex(forIteration: iteration, sampleCount: samples.count)
    }

    /// Makes one update without recording anything and returns L(θ₀), the loss before it.
    @discardableResult
    public mutating func step() -> Double {
        var recorder = NoRecording()
        return performUpdate(recorder: &recorder)
    }

    /// Makes `count` updates on the fast path and returns the loss before the last one.
    ///
    /// Stops early, returning the non-finite loss, as soon as a loss is NaN or infinite.
    @discardableResult
    public mutating func train(iterations count: Int) -> Double {
        var loss = Double.nan
        for _ in 0..<count {
            loss = step()
            if !loss.isFinite { break }
        }
        return loss
    }

    /// Makes one update and returns everything it computed.
    public mutating func tracedStep() -> IterationTrace {
        // θ₀ | ∇L(θ₀) | θ₁ in one allocation; copying θ₀ now leaves θ unshared, so the
        // update below writes it in place.
        let count = network.parameters.count
        var parameterValues: [Double] = []
        parameterValues.reserveCapacity(3 * count)
        parameterValues += network.parameters
        var recorder = TraceRecording(layout: engine.layout, sampleCount: options.batch == .full ? samples.count : 1)
        let loss = performUpdate(recorder: &recorder)
        parameterValues += recorder.gradient
        parameterValues += network.parameters
        return IterationTrace(iteration: completedIterations, loss: loss, samples: recorder.samples,
                              parameterValues: parameterValues, parameterCount: count)
    }

    /// L(θ) over all the samples for the current parameters: the mean of the lⁿ, or the
    /// sum when the options say `reduction = sum` with a full batch.
    public mutating func totalLoss() -> Double {
        var total = 0.0
        for n in samples.indices { total += evaluate(sample: n) }
        return options.batch == .full && options.reduction == .sum ? total : total / Double(samples.count)
    }

    /// The network's outputs for an input vector, by a forward pass with the current parameters.
    public mutating func outputs(for x: [Double]) -> [Double] {
        precondition(x.count == network.architecture.inputCount, "wrong number of inputs")
        let engine = self.engine
        network.parameters.withUnsafeBufferPointer { theta in
            x.withUnsafeBufferPointer { x in
                values.withUnsafeMutableBufferPointer { values in
                    engine.forward(theta: theta, inputs: x, values: values)
                }
            }
        }
        let start = engine.layout.a + network.architecture.outputOffset
        return Array(values[start..<(start + network.architecture.outputCount)])
    }

    /// Replaces the parameters (for a what-if edit), keeping the iteration count.
    public mutating func setParameters(_ parameters: [Double]) {
        precondition(parameters.count == network.parameters.count, "θ has the wrong length")
        network.parameters = parameters
    }

    // MARK: - The update

    /// The one sample pass at index `n` with the current parameters; returns its loss.
    mutating func evaluate(sample n: Int) -> Double {
        let engine = self.engine
        return network.parameters.withUnsafeBufferPointer { theta in
            inputs.withUnsafeBufferPointer { x in
                targets.withUnsafeBufferPointer { t in
                    values.withUnsafeMutableBufferPointer { values in
                        engine.run(
                            theta: theta,
                            inputs: x.slice(n * engine.inputCount, engine.inputCount),
                            targets: t.slice(n * engine.outputCount, engine.outputCount),
                            values: values)
                    }
                }
            }
        }
    }

    mutating func performUpdate<R: PassRecorder>(recorder: inout R) -> Double {
        completedIterations += 1
        let layout = engine.layout
        let count = layout.parameterCount
        let updated = options.updateBiases ? count : network.architecture.weightCount
        if options.batch == .sample {
            let n = (completedIterations - 1) % samples.count
            let loss = evaluate(sample: n)
            recorder.record(sample: n, loss: loss, values: values)
            values.withUnsafeBufferPointer { values in
                Self.descend(&network.parameters, along: values.slice(layout.gradient, count), count: updated,
                             learningRate: options.learningRate)
            }
            recorder.recordGradient(values[layout.gradient..<(layout.gradient + count)])
            return loss
        }
        for i in 0..<count { accumulator[i] = 0 }
        var loss = 0.0
        for n in samples.indices {
            let l = evaluate(sample: n)
            recorder.record(sample: n, loss: l, values: values)
            loss += l
            accumulator.withUnsafeMutableBufferPointer { sum in
                values.withUnsafeBufferPointer { values in
                    let g = values.slice(layout.gradient, count)
                    for i in 0..<count { sum[i] += g[i] }
                }
            }
        }
        if options.reduction == .mean {
            let n = Double(samples.count)
            loss /= n
            for i in 0..<count { accumulator[i] /= n }
        }
        accumulator.withUnsafeBufferPointer { g in
            Self.descend(&network.parameters, along: g, count: updated, learningRate: options.learningRate)
        }
        recorder.recordGradient(accumulator[...])
        return loss
    }

    /// The gradient-descent step θ₁ = θ₀ − η∇L(θ₀) on the first `count` parameters (all of
    /// them, or the weights alone when biases stay fixed).
    @inline(__always)
    private static func descend(_ parameters: inout [Double], along g: UnsafeBufferPointer<Double>, count: Int,
                                learningRate eta: Double) {
        parameters.withUnsafeMutableBufferPointer { theta in
            for i in 0..<count { theta[i] = theta[i] - eta * g[i] }
        }
    }
}

/// Receives each pass of an update as it is made.
protocol PassRecorder {
    /// Called after sample `sample`'s pass, with the pass's buffer.
    mutating func record(sample: Int, loss: Double, values: [Double])
    /// Called once with the gradient ∇L(θ₀) the update used.
    mutating func recordGradient(_ gradient: ArraySlice<Double>)
}

/// The fast path's recorder: keeps nothing.
struct NoRecording: PassRecorder {
    @inline(__always) func record(sample: Int, loss: Double, values: [Double]) {}
    @inline(__always) func recordGradient(_ gradient: ArraySlice<Double>) {}
}

/// Keeps a copy of every pass and the gradient, for an ``IterationTrace``.
struct TraceRecording: PassRecorder {
    let layout: PassLayout
    var samples: [SampleTrace] = []
    var gradient: ArraySlice<Double> = []

    /// Creates a recorder for an update that makes `sampleCount` passes.
    init(layout: PassLayout, sampleCount: Int) {
        self.layout = layout
        samples.reserveCapacity(sampleCount)
    }

    mutating func record(sample: Int, loss: Double, values: [Double]) {
        samples.append(SampleTrace(sample: sample, loss: loss, layout: layout, values: values))
    }

    mutating func recordGradient(_ gradient: ArraySlice<Double>) { self.gradient = gradient }
}
