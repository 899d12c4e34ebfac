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
/// update on `backprop bench`).
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
