import BackpropCore
import BackpropNotation
import Lessons

/// `backprop export --format markdown`: a lesson's whole computation as a Markdown handout.
///
/// In the course notes' style: the network, then per update a heading per phase (forward
/// pass, loss, backward pass, gradients, update) with every step's formula as display
/// LaTeX — symbolic, expanded, the numbers substituted, the result — and tables of every
/// value per layer and of the updates. Every number is the core's, taken from the Timeline
/// or its traces, never recomputed here. The output renders on GitHub: display math in
/// `$$` blocks on their own lines, inline math as $`...`$ (so `_` and `*` stay math),
/// only standard MathJax macros, and `|` escaped in tables. A handout made from an edited
/// lesson says so near the top, listing the what-if edits with the values they replaced.
public struct MarkdownHandout: Sendable {
    /// The lesson, with any what-if edits already applied.
    public let lesson: Lesson
    /// The what-if edits made to the lesson as written (empty for the lesson as written).
    public let editedValues: [EditedValue]
    /// How many updates the handout walks through.
    public let iterations: Int
    /// Significant digits of every number.
    public let significantDigits: Int

    /// The default number of significant digits: enough that the classic worked example's
    /// published values (out_h1 = 0.593269992, E_total = 0.298371109) appear as published.
    public static let defaultDigits = 9

    /// A handout of the first `iterations` updates (at least 1) of `lesson`, which
    /// `editedValues` (from ``Lesson/editedValues(by:)`` of the lesson as written) made.
    public init(lesson: Lesson, iterations: Int, significantDigits: Int = MarkdownHandout.defaultDigits,
                editedValues: [EditedValue] = []) {
        precondition(iterations >= 1, "a handout needs at least one update")
        self.lesson = lesson
        self.editedValues = editedValues
        self.iterations = iterations
        self.significantDigits = significantDigits
    }

    /// How formulas are written: LaTeX.
    var latex: Notation { Notation(style: .latex, significantDigits: significantDigits) }
    /// How numbers in tables and text are written: Unicode (− and ×10ⁿ).
    var numbers: NumberFormat { NumberFormat(significantDigits: significantDigits, style: .unicode) }
    /// The lesson's architecture.
    var architecture: Architecture { lesson.network.architecture }

    /// The whole handout.
    public var text: String {
        let timeline = lesson.timeline(iterations: iterations)
        let first = timeline.steps(iteration: 1)
        var out = "# " + MarkdownText.escaped(lesson.title) + "\n\n"
        if let summary = lesson.summary { out += MarkdownText.escaped(summary) + "\n\n" }
        out += whatIfLine()
        out += "A worked example of backpropagation, written by `backprop export`. Every number is the "
            + "program's own value, shown to \(significantDigits) significant digits.\n\n"
        out += networkSection(first)
        for iteration in 1...iterations {
            out += iterationSection(iteration == 1 ? first : timeline.steps(iteration: iteration))
        }
        out += resultSection(timeline)
        return out
    }

    /// The what-if edits, `What-if edits: η = 1 (was 0.5), w₅ = 0.9 (was 0.4)` in math,
    /// as a paragraph; nothing for the lesson as written.
    func whatIfLine() -> String {
        guard !editedValues.isEmpty else { return "" }
        let edits = editedValues.map { edit in
            MarkdownText.inlineMath(latex.render(edit.target.quantity(in: lesson)) + " = " + latex.number(edit.new))
                + " (was " + number(edit.old) + ")"
        }
        return "What-if edits: " + edits.joined(separator: ", ")
            + "; every number below is computed with them, not with the lesson as written.\n\n"
    }

    /// A number in a table or in text.
    func number(_ x: Double) -> String { numbers.string(x) }

    /// A name such as `i1` or `w5` as inline math: $`i_{1}`$.
    func math(_ quantity: Quantity) -> String { MarkdownText.inlineMath(latex.render(quantity)) }

    /// "h1 → o1" for a weight, "bias → h1" for a bias.
    func edge(_ parameter: Parameter) -> String {
        MarkdownText.escaped(architecture.sourceName(of: parameter) ?? "bias") + " → "
            + MarkdownText.escaped(architecture.targetName(of: parameter))
    }

    /// The network, the training setup, θ₀ and the data.
    func networkSection(_ first: IterationSteps) -> String {
        let options = lesson.options
        var out = "## The network\n\n"
        out += "- Inputs: " + architecture.inputNames.map { math(.input($0)) }.joined(separator: ", ") + "\n"
        if let loss = first.steps.first(where: { $0.kind == .loss }) {
            out += "- Loss: `\(options.loss.name)`, " + MarkdownText.inlineMath(latex.render(loss.lhs) + " = "
                + latex.render(loss.symbolic)) + "\n"
        }
        out += "- Learning rate: " + MarkdownText.inlineMath("\\eta = " + latex.number(options.learningRate)) + "\n"
        switch options.batch {
        case .sample:
            out += "- Batch: one sample per update"
                + (lesson.samples.count > 1 ? ", taking the samples in order" : "") + "\n"
        case .full:
            out += "- Batch: all \(lesson.samples.count) samples per update, "
                + (options.reduction == .mean ? "L the mean of their losses" : "L the sum of their losses") + "\n"
        }
        out += "- Biases: " + (options.updateBiases ? "updated with the weights" : "fixed (not updated)") + "\n"
        out += "- Updates shown: \(iterations)" + (lesson.iterations != iterations ? " (the lesson has \(lesson.iterations))" : "") + "\n\n"
        out += MarkdownText.table(
            headers: ["layer", "neurons", "activation"],
            rows: architecture.layers.indices.map { layer in
                let shape = architecture.layers[layer]
                let names = (0..<shape.size).map { architecture.neuronName(layer: layer, neuron: $0) }
                return [MarkdownText.escaped(shape.name) + (layer == architecture.outputLayer ? " (output)" : ""),
                        MarkdownText.escaped(names.joined(separator: ", ")), shape.activation.name]
            }, textColumns: 3)
        out += "### Starting parameters θ₀\n\n"
        out += MarkdownText.table(
            headers: ["parameter", "edge", "θ₀"],
            rows: architecture.parameters.map { [$0.id, edge($0), number(first.trace.before($0.index))] },
            textColumns: 2)
        out += "### Data\n\n"
        let targetNames = (0..<architecture.outputCount).map {
            "t_" + architecture.neuronName(layer: architecture.outputLayer, neuron: $0)
        }
        out += MarkdownText.table(
            headers: ["sample"] + architecture.inputNames.map(MarkdownText.escaped) + targetNames.map(MarkdownText.escaped),
            rows: lesson.samples.enumerated().map { index, sample in
                [String(index + 1)] + (sample.inputs + sample.targets).map(number)
            })
        return out
    }

    /// The loss over the data after the last update.
    func resultSection(_ timeline: Timeline) -> String {
        var trainer = timeline.trainer(beforeIteration: iterations)
        let last = trainer.tracedStep()
        let updates = iterations == 1 ? "1 update" : "\(iterations) updates"
        var out = "## After \(updates)\n\n"
        out += "The loss over the data is now " + MarkdownText.inlineMath("L = " + latex.number(trainer.totalLoss()))
        if lesson.samples.count == 1 || lesson.options.batch == .full {
            out += "; before the last update it was " + MarkdownText.inlineMath("L = " + latex.number(last.loss))
        }
        return out + ".\n"
    }
}
