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
@usableFromInline
struct Backpropagation: Sendable {
    let plans: [LayerPlan]
    let layout: PassLayout
    let loss: LossFunction
    let outputCount: Int

    init(architecture: Architecture, loss: LossFunction) {
        plans = LayerPlan.plans(for: architecture)
        layout = PassLayout(architecture)
        self.loss = loss
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
        forward(theta: theta, inputs: x, values: values)
        let out = plans[plans.count - 1]
        let outputs = UnsafeBufferPointer(rebasing: values[(layout.a + out.neurons)..<(layout.a + out.neurons + out.size)])
        let sums = UnsafeBufferPointer(rebasing: values[(layout.z + out.neurons)..<(layout.z + out.neurons + out.size)])
        let l = loss.value(outputs: outputs, sums: sums, targets: t)
        backward(theta: theta, targets: t, values: values)
        gradients(inputs: x, values: values)
        return l
    }

    /// Forward pass: z = Σᵢ wᵢ·xᵢ + b (terms in input order, then the bias), a = σ(z).
    func forward(theta: UnsafeBufferPointer<Double>, inputs x: UnsafeBufferPointer<Double>,
                 values: UnsafeMutableBufferPointer<Double>) {
        let zBase = layout.z, aBase = layout.a
        for plan in plans {
            for j in 0..<plan.size {
                let row = plan.weights + j * plan.fanIn
                var sum = 0.0
                if let source = plan.source {
                    for i in 0..<plan.fanIn { sum += theta[row + i] * values[aBase + source + i] }
                } else {
                    for i in 0..<plan.fanIn { sum += theta[row + i] * x[i] }
                }
                values[zBase + plan.neurons + j] = sum + theta[plan.biases + j]
            }
            if plan.activation == .softmax {
                let range = plan.neurons..<(plan.neurons + plan.size)
                Activation.softmax(
                    UnsafeBufferPointer(rebasing: values[(zBase + range.lowerBound)..<(zBase + range.upperBound)]),
                    into: UnsafeMutableBufferPointer(rebasing: values[(aBase + range.lowerBound)..<(aBase + range.upperBound)]))
            } else {
                for j in plan.neurons..<(plan.neurons + plan.size) {
                    values[aBase + j] = plan.activation.value(values[zBase + j])
                }
            }
        }
    }

    /// Backward pass: ∂l/∂a and ∂l/∂z for every neuron, from the output layer down.
    func backward(theta: UnsafeBufferPointer<Double>, targets t: UnsafeBufferPointer<Double>,
                  values: UnsafeMutableBufferPointer<Double>) {
        let z = layout.z, a = layout.a, dlda = layout.dlda, dldz = layout.dldz
        let out = plans[plans.count - 1]
        // Output layer: ∂l/∂y from the loss, then ∂l/∂z = ∂y/∂z · ∂l/∂y.
        for j in 0..<out.size {
            let n = out.neurons + j
            values[dlda + n] = loss.derivative(output: values[a + n], target: t[j], outputCount: outputCount)
        }
        if loss.combinesWithOutput(out.activation) {
            // Softmax + cross-entropy, sigmoid + binary cross-entropy: ∂l/∂z = y − t exactly.
            for j in 0..<out.size {
                let n = out.neurons + j
                values[dldz + n] = values[a + n] - t[j]
            }
        } else if out.activation == .softmax {
            // ∂l/∂zᵢ = Σⱼ ∂yⱼ/∂zᵢ · ∂l/∂yⱼ = yᵢ (∂l/∂yᵢ − Σⱼ yⱼ ∂l/∂yⱼ).
            var weighted = 0.0
            for j in 0..<out.size { weighted += values[a + out.neurons + j] * values[dlda + out.neurons + j] }
            for j in 0..<out.size {
                let n = out.neurons + j
                values[dldz + n] = values[a + n] * (values[dlda + n] - weighted)
            }
        } else {
            for j in 0..<out.size {
                let n = out.neurons + j
                values[dldz + n] = out.activation.derivative(z: values[z + n], a: values[a + n]) * values[dlda + n]
            }
        }
        // Hidden layers: ∂l/∂a = Σₖ wₖ · ∂l/∂zₖ over the next layer, ∂l/∂z = σ'(z) · ∂l/∂a.
        var layer = plans.count - 2
        while layer >= 0 {
            let plan = plans[layer], next = plans[layer + 1]
            for j in 0..<plan.size {
                var sum = 0.0
                for k in 0..<next.size {
                    sum += theta[next.weights + k * next.fanIn + j] * values[dldz + next.neurons + k]
                }
                let n = plan.neurons + j
                values[dlda + n] = sum
                values[dldz + n] = plan.activation.derivative(z: values[z + n], a: values[a + n]) * sum
            }
            layer -= 1
        }
    }

    /// Gradients: ∂l/∂w = ∂z/∂w · ∂l/∂z, where ∂z/∂w is the value on the weight's edge; ∂l/∂b = ∂l/∂z.
    func gradients(inputs x: UnsafeBufferPointer<Double>, values: UnsafeMutableBufferPointer<Double>) {
        let a = layout.a, dldz = layout.dldz, g = layout.gradient
        for plan in plans {
            for j in 0..<plan.size {
                let delta = values[dldz + plan.neurons + j]
                let row = g + plan.weights + j * plan.fanIn
                if let source = plan.source {
                    for i in 0..<plan.fanIn { values[row + i] = values[a + source + i] * delta }
                } else {
                    for i in 0..<plan.fanIn { values[row + i] = x[i] * delta }
                }
                values[g + plan.biases + j] = delta
            }
        }
    }

}
