import BackpropCore
import BackpropNotation
import Lessons

/// One update of the handout: the steps by phase, then the tables of values and updates.
extension MarkdownHandout {
    /// The headings, formulas and tables of one update.
    func iterationSection(_ steps: IterationSteps) -> String {
        let trace = steps.trace
        let batch = trace.samples.count > 1
        var out = "## Update \(trace.iteration)\n\n"
        if !batch, let sample = trace.samples.first {
            out += "Sample \(sample.sample + 1): " + sampleValues(sample.sample) + ". "
        } else {
            out += "All \(trace.samples.count) samples. "
        }
        out += "The loss before the update is " + MarkdownText.inlineMath("L = " + latex.number(trace.loss)) + ".\n\n"
        var introduced: Set<Phase> = []
        var group: (phase: Phase, sample: Int?)?
        for step in steps.steps {
            if group == nil || group!.phase != step.phase || group!.sample != step.sample {
                group = (step.phase, step.sample)
                out += "### " + heading(step, batch: batch) + "\n\n"
                if introduced.insert(step.phase).inserted { out += introduction(step.phase) }
                if batch, step.phase == .forward, let sample = step.sample {
                    out += "Sample \(sample + 1): " + sampleValues(sample) + ".\n\n"
                }
            }
            out += MarkdownText.displayMath(latex.line(step))
            if let remark = step.remark {
                // In Unicode, as the stepper shows it: the remark is prose, not display math.
                out += "Here " + MarkdownText.escaped(Notation(style: .unicode).render(remark)) + ".\n\n"
            }
        }
        out += valuesSection(trace)
        out += updatesSection(trace)
        return out
    }

    /// The heading of a group of steps: the phase, and the sample when an update has several.
    func heading(_ step: Step, batch: Bool) -> String {
        let title: String
        switch step.phase {
        case .forward: title = "Forward pass"
        case .loss: title = step.kind == .totalLoss ? "Loss of the batch" : "Loss"
        case .backward: title = "Backward pass"
        case .gradients: title = "Gradients"
        case .update: title = "Update"
        }
        guard batch, let sample = step.sample else { return title }
        return title + " (sample \(sample + 1))"
    }

    /// Whether every layer is a sigmoid one, where the notes' σ(z) and σ'(z) say it exactly.
    private var allSigmoid: Bool { lesson.network.architecture.layers.allSatisfy { $0.activation == .sigmoid } }

    /// The activation in the notes' words: `a = σ(z)` when every layer is a sigmoid one,
    /// else each layer's own (`a_{h} = \tanh(z_{h})`, `y_{o} = z_{o}`).
    private var activations: String {
        guard !allSigmoid else { return MarkdownText.inlineMath("a = \\sigma(z)") }
        let layers = lesson.network.architecture.layers
        return layers.enumerated().map { index, layer in
            let output: Quantity = index == layers.count - 1 ? .y(layer.name) : .a(layer.name)
            let z = Expression.quantity(.z(layer.name))
            return MarkdownText.inlineMath(latex.render(.quantity(output)) + " = " + latex.render(layer.activation.written(z)))
        }.joined(separator: ", ")
    }

    /// What a phase computes, in the notes' words, before its first steps.
    func introduction(_ phase: Phase) -> String {
        let m = MarkdownText.inlineMath
        let batch = lesson.options.batch == .full
        switch phase {
        case .forward:
            return "For each neuron, layer by layer: the weighted sum " + m("z = x_1 w_1 + x_2 w_2 + \\dots + b")
                + " of the values on its incoming edges, then its activation " + activations
                + (allSigmoid ? " (written " + m("y") + " at the output)" : "") + ". On each edge "
                + m("\\frac{\\partial z}{\\partial w} = x") + ", the value the edge carries.\n\n"
        case .loss:
            return batch ? "The loss of each sample compares its outputs " + m("y") + " with its targets " + m("t") + ".\n\n"
                : "The loss compares the outputs " + m("y") + " with the targets " + m("t") + ".\n\n"
        case .backward:
            return "From the output layer down. At the output " + m("\\frac{\\partial l}{\\partial z} = "
                + "\\frac{\\partial y}{\\partial z} \\frac{\\partial l}{\\partial y}")
                + "; in a hidden layer " + m("\\frac{\\partial l}{\\partial z} = " + (allSigmoid ? "\\sigma'(z)" : "\\frac{\\partial a}{\\partial z}")
                                             + " \\frac{\\partial l}{\\partial a}")
                + ", where " + m("\\frac{\\partial l}{\\partial a} = \\sum_k w_k \\frac{\\partial l}{\\partial z_k}")
                + " sums over the neurons the neuron feeds.\n\n"
        case .gradients:
            return "By the chain rule " + m("\\frac{\\partial l}{\\partial w} = \\frac{\\partial z}{\\partial w} "
                + "\\frac{\\partial l}{\\partial z}") + ", where " + m("\\frac{\\partial z}{\\partial w}")
                + " is the value on the weight's edge (and " + m("\\frac{\\partial z}{\\partial b} = 1") + ")"
                + (batch ? "; the gradient of the batch loss " + m("L") + " combines the samples' gradients" : "")
                + ".\n\n"
        case .update:
            return "Gradient descent, " + m("\\theta_1 = \\theta_0 - \\eta \\nabla L(\\theta_0)")
                + ", for every " + (lesson.options.updateBiases ? "weight and bias" : "weight (the biases stay fixed)")
                + ".\n\n"
        }
    }

    /// A sample's inputs and targets: x = (0.05, 0.1), t = (0.01, 0.99).
    func sampleValues(_ sample: Int) -> String {
        let data = lesson.samples[sample]
        return MarkdownText.inlineMath("x = (" + data.inputs.map(latex.number).joined(separator: ", ") + ")")
            + ", " + MarkdownText.inlineMath("t = (" + data.targets.map(latex.number).joined(separator: ", ") + ")")
    }

    /// One table per layer: z, a, ∂l/∂a, ∂l/∂z of each neuron (per sample for a batch).
    func valuesSection(_ trace: IterationTrace) -> String {
        let batch = trace.samples.count > 1
        var out = "### Values per layer\n\n"
        for layer in architecture.layers.indices {
            let shape = architecture.layers[layer]
            let isOutput = layer == architecture.outputLayer
            out += "Layer " + MarkdownText.escaped(shape.name) + " (" + shape.activation.name
                + (isOutput ? ", output" : "") + "):\n\n"
            let a = isOutput ? "y" : "a"
            var rows: [[String]] = []
            for sample in trace.samples {
                for j in 0..<shape.size {
                    let n = architecture.neuronIndex(layer: layer, neuron: j)
                    rows.append([MarkdownText.escaped(architecture.neuronName(layer: layer, neuron: j))]
                        + (batch ? [String(sample.sample + 1)] : [])
                        + [sample.z(n), sample.a(n), sample.dlda(n), sample.dldz(n)].map(number))
                }
            }
            out += MarkdownText.table(headers: ["neuron"] + (batch ? ["sample"] : []) + ["z", a, "∂l/∂" + a, "∂l/∂z"],
                                      rows: rows)
        }
        return out
    }

    /// Every parameter: its edge, θ₀, the gradient and θ₁.
    func updatesSection(_ trace: IterationTrace) -> String {
        let gradient = lesson.options.batch == .full ? "∂L/∂θ" : "∂l/∂θ"
        var out = "### Updates\n\n"
        if !lesson.options.updateBiases { out += "The biases are not updated: their θ₁ is their θ₀.\n\n" }
        out += MarkdownText.table(
            headers: ["parameter", "edge", "θ₀", gradient, "θ₁"],
            rows: architecture.parameters.map { parameter in
                [parameter.id, edge(parameter)]
                    + [trace.before(parameter.index), trace.gradient(parameter.index), trace.after(parameter.index)].map(number)
            },
            textColumns: 2)
        return out
    }
}
