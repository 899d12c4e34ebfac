import BackpropCore
import BackpropNotation
import Lessons

/// What the explanation panel says about one step, as text: a heading (phase, what the step
/// is about, what it computes), the formula's parts in the notes' notation, the core's
/// remark, and the weights it reads when the diagram cannot show them on its edges.
///
/// Built from the ``Step`` alone (and the lesson for names), so later panels (narration,
/// quizzes) can add sections without changing how a step is explained.
struct StepExplanation: Sendable, Hashable {
    /// The phase, written with its direction: → Forward pass, ← Backward pass, …
    let phase: String
    /// What the step is about: a neuron, a parameter and its edge, or a sample.
    let subject: String
    /// What it computes, in words.
    let description: String
    /// The formula: lhs, symbolic form, expanded forms, substituted numbers, result.
    var parts: [String]
    /// The formula without its arithmetic: lhs, symbolic form, expanded forms, then `?` for
    /// the result (what a value quiz shows: choosing the numbers is the student's work).
    let partsWithoutArithmetic: [String]
    /// `=`, or `←` for an update.
    let relation: String
    /// The result, for its sign's colour.
    var result: Double
    /// The core's remark, if any.
    let remark: String?
    /// The weights the formula reads, written `w₅ = 0.4 (h1 → o1)`.
    let weights: [String]

    /// The explanation of `step` in `lesson`, written with `context`.
    init(step: Step, lesson: Lesson, trace: IterationTrace, context: RenderContext) {
        let architecture = lesson.network.architecture
        let notation = context.notation
        let glyphs = context.glyphs
        switch step.phase {
        case .forward: phase = "\(glyphs.arrowRight) Forward pass"
        case .loss: phase = "Loss"
        case .backward: phase = "\(glyphs.arrowLeft) Backward pass"
        case .gradients: phase = "Gradients"
        case .update: phase = "Update"
        }
        let arrow = " \(glyphs.arrowRight) "
        func edge(_ p: Int) -> String {
            let parameter = architecture.parameter(at: p)
            var source = "bias"
            if let input = parameter.input {
                source = parameter.layer == 0 ? notation.render(Quantity.input(architecture.inputNames[input]))
                    : architecture.neuronName(layer: parameter.layer - 1, neuron: input)
            }
            return source + arrow + architecture.targetName(of: parameter)
        }
        func parameterSubject() -> String {
            step.parameter.map {
                notation.render(Quantity.parameter(architecture.parameter(at: $0).id)) + " (" + edge($0) + ")"
            } ?? ""
        }
        let neuron = step.neuron.map { architecture.neuronNames[$0] } ?? ""
        let isOutput = step.neuron.map { $0 >= architecture.outputOffset } ?? false
        let symbol = context.symbol
        switch step.kind {
        case .weightedSum:
            subject = neuron
            description = "weighted sum \(symbol(.z)) of its inputs, plus its bias"
        case .activation:
            subject = neuron
            // The neuron's own activation: σ(z), tanh(z), max(0, z), max(0.01·z, z), or z.
            let activation = step.neuron.map { architecture.layers[architecture.neurons[$0].layer].activation } ?? .sigmoid
            let formula = notation.render(Expression.call(.activation(activation), .quantity(.input("z"))))
            if activation == .linear {
                description = (isOutput ? "output \(symbol(.y))" : "activation \(symbol(.a))") + " = \(formula) (linear activation)"
            } else {
                description = isOutput ? "output \(symbol(.y)) = \(formula), the activation"
                    : "activation \(symbol(.a)) = \(formula)"
            }
        case .loss:
            subject = step.sample.map { "sample \($0 + 1)" } ?? ""
            description = "loss \(symbol(.loss)): how far the outputs are from the targets"
        case .totalLoss:
            subject = "the batch"
            description = "loss \(symbol(.totalLoss)) of the update, from every sample's \(symbol(.loss))"
        case .outputGradient:
            subject = neuron
            description = "\(symbol(.dldy)): how the loss changes with the output"
        case .activationGradient:
            subject = neuron
            description = "\(symbol(.dlda)): summed over the neurons it feeds"
        case .sumGradient:
            subject = neuron
            description = "\(symbol(.dldz)): how the loss changes with its weighted sum"
        case .parameterGradient:
            subject = parameterSubject()
            let isBias = step.parameter.map { architecture.parameter(at: $0).kind == .bias } ?? false
            let dzdb = notation.render(Quantity.partial(.input("z"), .input("b")))
            description = isBias ? "its gradient: \(dzdb) = 1, so it is \(symbol(.dldz))"
                : "its gradient: the value on the edge times \(symbol(.dldz))"
        case .update:
            subject = parameterSubject()
            description = "one step of gradient descent, against the gradient"
        }
        parts = notation.parts(of: step)
        partsWithoutArithmetic = [notation.render(step.lhs), notation.render(step.symbolic)]
            + step.expanded.map(notation.render) + ["?"]
        relation = notation.relation(of: step)
        result = step.result
        // Written in Unicode, then as the lesson's text is (transliterated on an ASCII terminal).
        remark = step.remark.map { context.lessonText(Notation(style: .unicode).render($0)) }
        var weights: [String] = []
        if step.kind == .weightedSum || step.kind == .activationGradient {
            for case .parameter(let p) in step.reads where p < architecture.weightCount {
                let id = notation.render(Quantity.parameter(architecture.parameter(at: p).id))
                weights.append("\(id) = \(notation.number(trace.before(p))) (\(edge(p)))")
            }
        }
        self.weights = weights
    }
}

