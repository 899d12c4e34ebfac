import BackpropCore
import BackpropNotation
import Lessons

/// The text widths the diagram's layout plans with, measured once per lesson and notation:
/// how wide names, inputs, targets and weight labels are written.
struct DiagramMetrics: Sendable, Hashable {
    /// The widest input name as written (i₁).
    let inputNameWidth: Int
    /// The widest input value of any sample, at the notation's digits (capped).
    let inputValueWidth: Int
    /// The widest neuron name (h1).
    let neuronNameWidth: Int
    /// The widest target symbol (tₒ₁).
    let targetLabelWidth: Int
    /// The widest target value of any sample, at the notation's digits (capped).
    let targetValueWidth: Int
    /// The widest weight id as written (w₁₂).
    let weightNameWidth: Int
    /// The widest label of a box's value rows (∂l/∂a).
    let valueLabelWidth: Int
    /// The widest label of a box's forward values (z, a, y).
    let forwardLabelWidth: Int
    /// The widest bias name as written (b₁₂).
    let biasNameWidth: Int
    /// Whether the loss box also shows the batch loss L.
    let showsTotalLoss: Bool
    /// The widest value a box writes: −0.0380982 at six significant digits (four more
    /// columns than digits), less with fewer digits (presenter mode).
    let boxValueWidth: Int

    /// The widest a number is written at six significant digits: −0.000123457.
    static let numberWidth = 11
    /// The width given to a weight's value in an edge label.
    static let weightValueWidth = 8
    /// The width given to the loss values in the loss box.
    static let lossValueWidth = 8

    /// Measures `lesson` as `context` writes it.
    init(lesson: Lesson, context: RenderContext) {
        let architecture = lesson.network.architecture
        let notation = context.notation
        func widest(_ texts: [String]) -> Int { texts.map(Screen.width(of:)).max() ?? 0 }
        inputNameWidth = widest(architecture.inputNames.map { notation.render(Quantity.input($0)) })
        inputValueWidth = min(Self.numberWidth, widest(lesson.samples.flatMap(\.inputs).map(notation.number)))
        neuronNameWidth = widest(architecture.neuronNames)
        let outputs = (0..<architecture.outputCount).map { architecture.neuronName(layer: architecture.outputLayer, neuron: $0) }
        targetLabelWidth = widest(outputs.map { notation.render(Quantity.t($0)) })
        targetValueWidth = min(Self.numberWidth, widest(lesson.samples.flatMap(\.targets).map(notation.number)))
        weightNameWidth = widest((0..<architecture.weightCount).map { notation.render(Quantity.parameter(architecture.parameter(at: $0).id)) })
        biasNameWidth = widest(architecture.parameters.filter { $0.kind == .bias }.map { notation.render(Quantity.parameter($0.id)) })
        valueLabelWidth = widest([GenericSymbol.dlda, .dldy, .dldz].map(context.symbol))
        forwardLabelWidth = widest([GenericSymbol.z, .a, .y].map(context.symbol))
        showsTotalLoss = lesson.options.batch == .full
        boxValueWidth = (notation.numbers.significantDigits ?? 6) + 4
    }

    /// The inside of a two-row box with `valueWidth` columns per value: the forward values
    /// (z over a) left, a space, the backward ones (∂l/∂a over ∂l/∂z) right.
    func compactInside(valueWidth: Int) -> Int { forwardLabelWidth + 1 + valueWidth + 1 + valueLabelWidth + 1 + valueWidth }

    /// The width of an input's text: its name, a space and its value (at most 16 columns).
    var inputWidth: Int { min(16, inputNameWidth + 1 + inputValueWidth) }

    /// The columns a band of a layer's box gives its name column, a space included: the
    /// neuron's name in the band's first row, its bias (`b₁ −0.12`) in the second with
    /// `biasValueWidth` columns for the value.
    func bandNameWidth(biasValueWidth: Int) -> Int { max(neuronNameWidth, biasNameWidth + 1 + biasValueWidth) + 1 }

    /// The width of an edge's label, ` w₅ 0.4 `: a space each side of the name and value.
    var weightLabelWidth: Int { weightNameWidth + 1 + Self.weightValueWidth + 2 }

    /// The inside width of the loss box: the widest of its row labels, a space, the value.
    var lossContentWidth: Int {
        max(targetLabelWidth, 1) + 1 + max(Self.lossValueWidth, targetValueWidth)
    }
}
