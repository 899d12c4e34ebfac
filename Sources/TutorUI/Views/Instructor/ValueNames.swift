import BackpropCore
import BackpropNotation
import Lessons

/// How the instructor's views name values: the symbol in the notes' notation (w₅, zₒ₁,
/// ∂l/∂aₕ₁, η) and, for an editable value, where it sits (h1 → o1, bias of h1).
struct ValueNames {
    let lesson: Lesson
    let context: RenderContext

    private var architecture: Architecture { lesson.network.architecture }

    /// The symbol of `ref`: w₅, b₁, i₁, tₒ₁, η, zₕ₁, aₕ₁ (yₒ₁ at the output), ∂l/∂aₕ₁
    /// (∂l/∂yₒ₁), ∂l/∂zₕ₁, l, L, ∂l/∂w₅ (∂L/∂w₅ for a whole batch), and `new w₅` for a
    /// parameter after the update (a prime would read as a derivative).
    func symbol(_ ref: ValueRef) -> String {
        (isNewValue(ref) ? "new " : "") + context.notation.render(quantity(ref))
    }

    /// `symbol = value (where)`, such as `w₅ = 0.4 (h1 → o1)`, for the status line.
    func described(_ ref: ValueRef, value: Double, sample: Int) -> String {
        var text = symbol(ref) + " = " + context.notation.number(value)
        if let place = place(of: ref, sample: sample) { text += " (" + place + ")" }
        return text
    }

    /// Where an editable value sits: `h1 → o1`, `bias of h1`, `input, sample 2`,
    /// `target of o1`, `learning rate`; nil for values the core computes.
    func place(of ref: ValueRef, sample: Int) -> String? {
        let ofSample = lesson.samples.count > 1 ? ", sample \(sample + 1)" : ""
        switch ref {
        case .parameter(let p):
            let parameter = architecture.parameter(at: p)
            guard let input = parameter.input else { return "bias of " + architecture.targetName(of: parameter) }
            let source = parameter.layer == 0 ? context.notation.render(Quantity.input(architecture.inputNames[input]))
                : architecture.neuronName(layer: parameter.layer - 1, neuron: input)
            return source + " " + context.glyphs.arrowRight + " " + architecture.targetName(of: parameter)
        case .input: return "input" + ofSample
        case .target(let j): return "target of " + outputName(j) + ofSample
        case .learningRate: return "learning rate"
        default: return nil
        }
    }

    private func isNewValue(_ ref: ValueRef) -> Bool {
        if case .updated = ref { return true }
        return false
    }

    private func outputName(_ j: Int) -> String { architecture.neuronName(layer: architecture.outputLayer, neuron: j) }

    private func quantity(_ ref: ValueRef) -> Quantity {
        let names = architecture.neuronNames
        func isOutput(_ n: Int) -> Bool { n >= architecture.outputOffset }
        func id(_ p: Int) -> Quantity { .parameter(architecture.parameter(at: p).id) }
        switch ref {
        case .input(let i): return .input(architecture.inputNames[i])
        case .target(let j): return .t(outputName(j))
        case .z(let n): return .z(names[n])
        case .a(let n): return isOutput(n) ? .y(names[n]) : .a(names[n])
        case .dlda(let n): return .partial(.loss, isOutput(n) ? .y(names[n]) : .a(names[n]))
        case .dldz(let n): return .partial(.loss, .z(names[n]))
        case .loss: return .loss
        case .totalLoss: return .totalLoss
        case .parameter(let p), .updated(let p): return id(p)
        case .gradient(let p): return .partial(lesson.options.gradientLoss, id(p))
        case .learningRate: return .learningRate
        }
    }
}
