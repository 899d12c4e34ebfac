/// The arithmetic of one sample's forward pass, backward pass and gradients, on flat buffers.
///
/// This is the whole of the notes' method, in their order:
/// - forward: z = Σᵢ wᵢ·xᵢ + b, then a = σ(z), layer by layer;
/// - backward, output layer: ∂l/∂z = ∂y/∂z · ∂l/∂y;
/// - backward, hidden layers: ∂l/∂a = Σₖ wₖ · ∂l/∂zₖ over the next layer, ∂l/∂z = σ'(z) · ∂l/∂a;
/// - gradients: ∂l/∂w = ∂z/∂w · ∂l/∂z with ∂z/∂w = x, the value on the weight's edge,
///   and ∂l/∂b = ∂l/∂z.
///
/// Every value lands in one buffer laid out by ``PassLayout``, which is what a trace copies.
/// Each loop works on one layer's slices of θ and of that buffer, indexed by j (a neuron of
/// the layer), i (an input of the neuron) or k (a neuron of the next layer).
///
/// The three passes are compiled for size (`@_optimize(size)`): their loops run over 1 to
/// 16 values, where the vectorised and unrolled copies of each loop that `-O` adds cost
/// more in checks than they save (about 12% fewer instructions and 6% less time per
/// update on `backprop-bench`).
@usableFromInline
struct Backpropagation: Sendable {
    let plans: [LayerPlan]
    let layout: PassLayout
    let loss: LossFunction
    let inputCount: Int
    let outputCount: Int

    init(architecture: Architecture, loss: LossFunction) {
        plans = LayerPlan.plans(for: architecture)
        layout = PassLayout(architecture)
        self.loss = loss
        inputCount = architecture.inputCount
        outputCount = architecture.outputCount
    }

    /// Runs forward, loss, backward and gradients for one sample and returns its loss l.
    ///
    /// `theta` is read only: the backward pass uses the weights from before any update.
    func run(
        theta: UnsafeBufferPointer<Double>,
        inputs x: UnsafeBufferPointer<Double>,
        targets t: UnsafeBufferPointer<Double>,
        values: UnsafeMutableBufferPointer<Double>
    ) -> Double {
        let pass = PassBuffers(values, layout)
        forward(theta: theta, inputs: x, pass: pass)
        let out = plans[plans.count - 1]
        let l = loss.value(outputs: UnsafeBufferPointer(pass.a(out)), sums: UnsafeBufferPointer(pass.z(out)), targets: t)
        backward(theta: theta, targets: t, pass: pass)
        gradients(inputs: x, pass: pass)
        return l
    }

    /// Forward pass for the inputs x, writing z and a of every neuron into `values`.
    func forward(theta: UnsafeBufferPointer<Double>, inputs: UnsafeBufferPointer<Double>,
                 values: UnsafeMutableBufferPointer<Double>) {
        forward(theta: theta, inputs: inputs, pass: PassBuffers(values, layout))
    }

    /// Forward pass: z = Σᵢ wᵢ·xᵢ + b (terms in input order, then the bias), a = σ(z).
    @_optimize(size)
    private func forward(theta: UnsafeBufferPointer<Double>, inputs: UnsafeBufferPointer<Double>, pass: PassBuffers) {
        for plan in plans {
            let x = pass.layerInputs(plan, inputs: inputs)
            let b = theta.slice(plan.biases, plan.size)
            let z = pass.z(plan), a = pass.a(plan)
            for j in 0..<plan.size {
                let w = theta.slice(plan.weights + j * plan.fanIn, plan.fanIn)
                var sum = 0.0
                for i in 0..<plan.fanIn { sum += w[i] * x[i] }
                z[j] = sum + b[j]
                // An elementwise σ right away, while the next neuron's sum is computed.
                if plan.activation.isElementwise { a[j] = plan.activation.value(z[j]) }
            }
            // Softmax needs the whole layer's z first.
            if plan.activation == .softmax { Activation.softmax(UnsafeBufferPointer(z), into: a) }
        }
    }

    /// Backward pass: ∂l/∂a and ∂l/∂z for every neuron, from the output layer down.
    @_optimize(size)
    private func backward(theta: UnsafeBufferPointer<Double>, targets t: UnsafeBufferPointer<Double>, pass: PassBuffers) {
        let out = plans[plans.count - 1]
        let z = pass.z(out), y = pass.a(out), dldy = pass.dlda(out), dldz = pass.dldz(out)
        // Output layer: ∂l/∂y from the loss, then ∂l/∂z = ∂y/∂z · ∂l/∂y.
        for j in 0..<out.size {
            dldy[j] = loss.derivative(output: y[j], target: t[j], outputCount: outputCount)
        }
        if loss.combinesWithOutput(out.activation) {
            // Softmax + cross-entropy, sigmoid + binary cross-entropy: ∂l/∂z = y − t exactly.
            for j in 0..<out.size { dldz[j] = y[j] - t[j] }
        } else if out.activation == .softmax {
            // ∂l/∂zᵢ = Σⱼ ∂yⱼ/∂zᵢ · ∂l/∂yⱼ = yᵢ (∂l/∂yᵢ − Σⱼ yⱼ ∂l/∂yⱼ).
            var weighted = 0.0
            for j in 0..<out.size { weighted += y[j] * dldy[j] }
            for j in 0..<out.size { dldz[j] = y[j] * (dldy[j] - weighted) }
        } else {
            for j in 0..<out.size { dldz[j] = out.activation.derivative(z: z[j], a: y[j]) * dldy[j] }
        }
        // Hidden layers: ∂l/∂a = Σₖ wₖ · ∂l/∂zₖ over the next layer, ∂l/∂z = σ'(z) · ∂l/∂a.
        var layer = plans.count - 2
        while layer >= 0 {
            let plan = plans[layer], next = plans[layer + 1]
            let z = pass.z(plan), a = pass.a(plan), dlda = pass.dlda(plan), dldz = pass.dldz(plan)
            // The next layer's weights (row k: into its neuron k) and its ∂l/∂z.
            let wNext = theta.slice(next.weights, next.size * next.fanIn), dldzNext = pass.dldz(next)
            for j in 0..<plan.size {
                var sum = 0.0
                for k in 0..<next.size { sum += wNext[k * next.fanIn + j] * dldzNext[k] }
                dlda[j] = sum
                dldz[j] = plan.activation.derivative(z: z[j], a: a[j]) * sum
            }
            layer -= 1
        }
    }

    /// Gradients: ∂l/∂w = ∂z/∂w · ∂l/∂z, where ∂z/∂w is the value on the weight's edge; ∂l/∂b = ∂l/∂z.
    @_optimize(size)
    private func gradients(inputs: UnsafeBufferPointer<Double>, pass: PassBuffers) {
        for plan in plans {
            let x = pass.layerInputs(plan, inputs: inputs)
            let dldz = pass.dldz(plan), dldb = pass.gradient.slice(plan.biases, plan.size)
            for j in 0..<plan.size {
                let dldw = pass.gradient.slice(plan.weights + j * plan.fanIn, plan.fanIn)
                for i in 0..<plan.fanIn { dldw[i] = x[i] * dldz[j] }
                dldb[j] = dldz[j]
            }
        }
    }
}

// MARK: - The buffer a pass writes, and the layer offsets its loops read

/// One layer's offsets, precomputed so the inner loops of a pass read only integers.
@usableFromInline
struct LayerPlan: Sendable {
    /// Neurons in the layer.
    let size: Int
    /// Values feeding each neuron.
    let fanIn: Int
    /// Index of the layer's first weight in θ.
    let weights: Int
    /// Index of the layer's first bias in θ.
    let biases: Int
    /// Index of the layer's first neuron in the flat neuron order.
    let neurons: Int
    /// Flat index of the previous layer's first neuron, or nil when the layer reads the inputs.
    let source: Int?
    /// The layer's activation.
    let activation: Activation

    /// The plans for every layer of an architecture, in order.
    static func plans(for architecture: Architecture) -> [LayerPlan] {
        architecture.layers.indices.map { layer in
            LayerPlan(
                size: architecture.layers[layer].size,
                fanIn: architecture.fanIn(layer),
                weights: architecture.weightOffsets[layer],
                biases: architecture.biasOffsets[layer],
                neurons: architecture.neuronOffsets[layer],
                source: layer == 0 ? nil : architecture.neuronOffsets[layer - 1],
                activation: architecture.layers[layer].activation
            )
        }
    }
}

/// Where one pass keeps its values in a single flat buffer: z | a | ∂l/∂a | ∂l/∂z | ∂l/∂θ.
///
/// Neuron values are in the architecture's flat neuron order and gradients in θ order, so a
/// whole pass is one contiguous block that a trace can copy in one go.
public struct PassLayout: Sendable, Hashable {
    /// The number of neurons (inputs not counted).
    public let neuronCount: Int
    /// The number of parameters in θ.
    public let parameterCount: Int

    /// Creates the layout for an architecture.
    public init(_ architecture: Architecture) {
        neuronCount = architecture.neuronCount
        parameterCount = architecture.parameterCount
    }

    /// Where the weighted sums z start.
    @inlinable public var z: Int { 0 }
    /// Where the activations a start.
    @inlinable public var a: Int { neuronCount }
    /// Where ∂l/∂a starts.
    @inlinable public var dlda: Int { 2 * neuronCount }
    /// Where ∂l/∂z starts.
    @inlinable public var dldz: Int { 3 * neuronCount }
    /// Where ∂l/∂θ starts.
    @inlinable public var gradient: Int { 4 * neuronCount }
    /// The length of the whole buffer.
    @inlinable public var count: Int { 4 * neuronCount + parameterCount }
}

/// One pass's buffer cut into its parts, as ``PassLayout`` lays them out.
///
/// Each accessor taking a ``LayerPlan`` returns that layer's part, indexed by neuron j.
struct PassBuffers {
    /// The weighted sums z of every neuron.
    let z: UnsafeMutableBufferPointer<Double>
    /// The activations a of every neuron.
    let a: UnsafeMutableBufferPointer<Double>
    /// ∂l/∂a of every neuron.
    let dlda: UnsafeMutableBufferPointer<Double>
    /// ∂l/∂z of every neuron.
    let dldz: UnsafeMutableBufferPointer<Double>
    /// ∂l/∂θ, in θ order.
    let gradient: UnsafeMutableBufferPointer<Double>

    /// Cuts a buffer of `layout.count` values.
    init(_ values: UnsafeMutableBufferPointer<Double>, _ layout: PassLayout) {
        precondition(values.count == layout.count, "a pass buffer has the wrong length")
        let n = layout.neuronCount
        z = values.slice(layout.z, n)
        a = values.slice(layout.a, n)
        dlda = values.slice(layout.dlda, n)
        dldz = values.slice(layout.dldz, n)
        gradient = values.slice(layout.gradient, layout.parameterCount)
    }

    /// The weighted sums z of one layer's neurons.
    func z(_ plan: LayerPlan) -> UnsafeMutableBufferPointer<Double> { z.slice(plan.neurons, plan.size) }
    /// The activations a of one layer's neurons.
    func a(_ plan: LayerPlan) -> UnsafeMutableBufferPointer<Double> { a.slice(plan.neurons, plan.size) }
    /// ∂l/∂a of one layer's neurons.
    func dlda(_ plan: LayerPlan) -> UnsafeMutableBufferPointer<Double> { dlda.slice(plan.neurons, plan.size) }
    /// ∂l/∂z of one layer's neurons.
    func dldz(_ plan: LayerPlan) -> UnsafeMutableBufferPointer<Double> { dldz.slice(plan.neurons, plan.size) }

    /// The values feeding a layer's neurons: the network's inputs for the first layer,
    /// else the previous layer's activations.
    func layerInputs(_ plan: LayerPlan, inputs: UnsafeBufferPointer<Double>) -> UnsafeBufferPointer<Double> {
        guard let source = plan.source else { return inputs }
        return UnsafeBufferPointer(a.slice(source, plan.fanIn))
    }
}

extension UnsafeBufferPointer {
    /// The `count` elements from index `start` on, as a buffer of their own.
    ///
    /// Bounds are checked in debug builds only: every offset the core slices with comes from
    /// the architecture (``LayerPlan``, ``PassLayout``) or from samples the trainer checked
    /// on creation, so the release build's hot loops carry no checks.
    @inline(__always)
    func slice(_ start: Int, _ count: Int) -> UnsafeBufferPointer {
        assert(start >= 0 && count >= 0 && start + count <= self.count, "slice out of bounds")
        return UnsafeBufferPointer(start: baseAddress.map { $0 + start }, count: count)
    }
}

extension UnsafeMutableBufferPointer {
    /// The `count` elements from index `start` on, as a buffer of their own.
    ///
    /// Bounds are checked in debug builds only, as for ``UnsafeBufferPointer/slice(_:_:)``.
    @inline(__always)
    func slice(_ start: Int, _ count: Int) -> UnsafeMutableBufferPointer {
        assert(start >= 0 && count >= 0 && start + count <= self.count, "slice out of bounds")
        return UnsafeMutableBufferPointer(start: baseAddress.map { $0 + start }, count: count)
    }
}
