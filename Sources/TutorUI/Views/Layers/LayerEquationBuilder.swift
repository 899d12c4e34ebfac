import BackpropCore
import BackpropNotation
import Lessons

/// Makes the ``LayerEquation`` of the step on screen: which layer formula it belongs to,
/// and the matrices of that formula filled with the core's numbers.
///
/// Every number is the core's, arranged by ``LayerMatrices``; an entry shows only once the
/// node view's steps have reached it (`·` before), and the entry a waiting quiz asks for
/// shows `?`. The entry the step computes is marked produced, the ones its formula reads
/// are marked read, as in the node view.
struct LayerEquationBuilder {
    /// The step on screen.
    let step: Step
    /// The values walked so far in this update, by value and sample.
    let walked: Set<WalkedValue>
    /// The value a waiting quiz hides, if any.
    let hidden: ValueRef?
    /// The lesson (architecture, options, data).
    let lesson: Lesson
    /// The update's trace.
    let trace: IterationTrace
    /// The update's layers as matrices.
    let layers: [LayerMatrices]
    /// How the marks are written.
    let symbols: LayerSymbols

    /// A value walked by a step: its ref and the sample it belongs to (nil for the update's own values).
    struct WalkedValue: Hashable, Sendable {
        let ref: ValueRef
        let sample: Int?
    }

    /// The sample a step's value belongs to: the step's sample for a neuron's value or a
    /// sample's loss, nil for the update's own values (gradients, new parameters, L).
    static func sample(of ref: ValueRef, in step: Step) -> Int? {
        switch ref {
        case .z, .a, .dlda, .dldz, .loss, .input, .target: step.sample
        case .totalLoss, .parameter, .gradient, .updated, .learningRate: nil
        }
    }

    /// The builder for the step on screen of `state`.
    init(state: StepperState, notation: Notation) {
        step = state.step
        walked = Set(state.current.steps[...state.stepInIteration].map {
            WalkedValue(ref: $0.produces, sample: Self.sample(of: $0.produces, in: $0))
        })
        hidden = state.hiddenResult
        lesson = state.lesson
        trace = state.current.trace
        layers = LayerMatrices.all(trace: state.current.trace, architecture: state.lesson.network.architecture,
                                   samples: state.lesson.samples)
        symbols = LayerSymbols(notation: notation)
    }

    var architecture: Architecture { lesson.network.architecture }
    /// The samples of the update, one per column.
    var samples: [Int] { trace.samples.map(\.sample) }
    /// Whether the update has several samples (a full batch): matrices then have one column per sample.
    var isBatch: Bool { samples.count > 1 }
    /// The loss the gradients are of: l or L.
    var gradientLoss: String { lesson.options.gradientLoss == .totalLoss ? "L" : "l" }

    /// The layer the step belongs to: its neuron's or parameter's, else the output layer.
    var layer: Int {
        if let n = step.neuron { return architecture.neurons[n].layer }
        if let p = step.parameter { return architecture.parameter(at: p).layer }
        return architecture.outputLayer
    }

    // MARK: - Cells and blocks

    /// A cell for the value `ref` of `sample` (nil for parameters and the update's values).
    /// Given values (inputs, targets, θ₀) always show; computed ones once walked, judged by
    /// `knownBy` when the entry is derived from another value (σ'(z) from a).
    func cell(_ ref: ValueRef, sample: Int?, value: Double, knownBy: ValueRef? = nil) -> LayerCell {
        let isGiven: Bool
        switch knownBy ?? ref {
        case .input, .target, .parameter, .learningRate: isGiven = true
        default: isGiven = false
        }
        let stepSample = Self.sample(of: step.produces, in: step)
        let isProduced = ref == step.produces && sample == stepSample && knownBy == nil
        let isRead = step.reads.contains(ref) && (stepSample == nil || sample == nil || sample == stepSample)
        let content: LayerCell.Content
        if isProduced && hidden == ref {
            content = .hidden
        } else if isGiven || walked.contains(WalkedValue(ref: knownBy ?? ref, sample: sample)) {
            content = .number(value)
        } else {
            content = .notYetComputed
        }
        return LayerCell(content: content, mark: isProduced ? .produced : isRead ? .read : .plain)
    }

    /// A block with one row per neuron of `layer` and one column per sample.
    func neuronBlock(_ label: String, layer: Int, values: Matrix, ref: (Int) -> ValueRef,
                     knownBy: ((Int) -> ValueRef)? = nil) -> LayerTerm {
        let offset = architecture.neuronOffsets[layer]
        let cells = (0..<values.rows).flatMap { i in
            (0..<values.columns).map { s in
                cell(ref(offset + i), sample: samples[s], value: values[i, s], knownBy: knownBy?(offset + i))
            }
        }
        return .block(LayerBlock(label: label, rows: values.rows, columns: values.columns, cells: cells))
    }

    /// A⁽ˡ⁻¹⁾, the values feeding `layer` (the inputs x for the first layer), one column per
    /// sample; transposed (one row per sample) for the gradients ΔAᵀ.
    func inputBlock(_ layer: Int, transposed: Bool = false) -> LayerTerm {
        let values = layers[layer].inputs
        func ref(_ i: Int) -> ValueRef {
            layer == 0 ? .input(i) : .a(architecture.neuronIndex(layer: layer - 1, neuron: i))
        }
        var cells: [LayerCell] = []
        let (rows, columns) = transposed ? (values.columns, values.rows) : (values.rows, values.columns)
        for r in 0..<rows {
            for c in 0..<columns {
                let (i, s) = transposed ? (c, r) : (r, c)
                cells.append(cell(ref(i), sample: samples[s], value: values[i, s]))
            }
        }
        let name = inputName(layer)
        let label = transposed ? (layer > 0 ? "(" + name + ")" : name) + symbols.transpose : name
        return .block(LayerBlock(label: label, rows: rows, columns: columns, cells: cells))
    }

    /// A matrix of `layer`'s weights: W⁽ˡ⁾ (θ₀), its gradient or its new values; transposed for (W⁽ˡ⁾)ᵀ.
    func weightBlock(_ label: String, layer: Int, values: Matrix, ref: (Int) -> ValueRef,
                     transposed: Bool = false) -> LayerTerm {
        let shown = transposed ? values.transposed : values
        var cells: [LayerCell] = []
        for r in 0..<shown.rows {
            for c in 0..<shown.columns {
                let (j, k) = transposed ? (c, r) : (r, c)
                cells.append(cell(ref(architecture.weightIndex(layer: layer, neuron: j, input: k)), sample: nil,
                                  value: shown[r, c]))
            }
        }
        return .block(LayerBlock(label: label, rows: shown.rows, columns: shown.columns, cells: cells))
    }

    /// A column of `layer`'s biases: b⁽ˡ⁾ (θ₀), its gradient or its new values.
    func biasBlock(_ label: String, layer: Int, values: Matrix, ref: (Int) -> ValueRef) -> LayerTerm {
        let cells = (0..<values.rows).map { j in
            cell(ref(architecture.biasIndex(layer: layer, neuron: j)), sample: nil, value: values[j, 0])
        }
        return .block(LayerBlock(label: label, rows: values.rows, columns: 1, cells: cells))
    }

    /// The targets t, one column per sample.
    var targetBlock: LayerTerm {
        let output = architecture.outputLayer
        let values = Matrix(rows: architecture.outputCount, columns: samples.count) { lesson.samples[samples[$1]].targets[$0] }
        let offset = architecture.outputOffset
        return neuronBlock(vector("t"), layer: output, values: values, ref: { .target($0 - offset) })
    }

    // MARK: - Names

    /// A vector's name, capital for a batch's matrix: z or Z.
    func vector(_ name: String) -> String { isBatch ? name.uppercased() : name }
    /// `name` of layer `layer`, capital for a batch: z⁽¹⁾, Z⁽¹⁾.
    func vector(_ name: String, _ layer: Int) -> String { symbols.of(vector(name), layer) }
    /// The name of A⁽ˡ⁻¹⁾: x for the first layer.
    func inputName(_ layer: Int) -> String { layer == 0 ? vector("x") : vector("a", layer - 1) }
    /// The name of a layer's activations: y for the output layer.
    func activationName(_ layer: Int) -> String { layer == architecture.outputLayer ? vector("y") : vector("a", layer) }
    /// δ⁽ˡ⁾ (Δ⁽ˡ⁾ for a batch).
    func delta(_ layer: Int) -> String { symbols.of(symbols.delta(batch: isBatch), layer) }
    /// ∂l/∂`quantity`.
    func dl(_ quantity: String) -> String { symbols.derivative("l", quantity) }
    /// The 1/N of a mean over the batch, or nothing for a sum.
    var meanFactor: String { lesson.options.reduction == .mean ? "(1/N)" : "" }
    /// σ'(z⁽ˡ⁾): the activation's derivative at z.
    func slopeName(_ layer: Int) -> String {
        symbols.name(of: architecture.layers[layer].activation) + "'(" + vector("z", layer) + ")"
    }
}
