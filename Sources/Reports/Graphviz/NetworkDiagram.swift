import BackpropCore
import BackpropNotation
import Lessons

/// `backprop export --format dot`: the network of one update as a Graphviz diagram for slides.
///
/// Left to right: the inputs with the sample's values, one column per layer (`rank=same`)
/// whose neurons show b, z, a (y at the output) and ∂l/∂z, then the loss with the targets.
/// Each edge shows its weight w (θ₀) and the gradient ∂l/∂w of the update; the edges into the
/// loss show ∂l/∂y. Every number is the core's, from the update's trace.
public struct NetworkDiagram: Sendable {
    /// The lesson, with any what-if edits already applied.
    public let lesson: Lesson
    /// The 1-based update shown.
    public let iteration: Int
    /// Significant digits of every number.
    public let significantDigits: Int

    /// The default number of significant digits, short enough for a slide.
    public static let defaultDigits = 6

    /// A diagram of update `iteration` (1-based) of `lesson`.
    public init(lesson: Lesson, iteration: Int, significantDigits: Int = NetworkDiagram.defaultDigits) {
        precondition(iteration >= 1, "updates are numbered from 1")
        self.lesson = lesson
        self.iteration = iteration
        self.significantDigits = significantDigits
    }

    /// The diagram as DOT text.
    public var dot: String {
        let timeline = lesson.timeline(iterations: iteration)
        let trace = timeline.trace(iteration: iteration)
        // Neuron values are those of the update's last sample, as the stepper shows them at the update.
        let sample = trace.samples[trace.samples.count - 1]
        let architecture = lesson.network.architecture
        let numbers = NumberFormat(significantDigits: significantDigits, style: .unicode)
        let batch = lesson.options.batch == .full
        let gradient = batch ? "∂L/∂" : "∂l/∂"
        func n(_ x: Double) -> String { DOTText.html(numbers.string(x)) }

        var out = "digraph " + DOTText.id(lesson.title) + " {\n"
        out += "  graph [rankdir=LR, ranksep=1.8, nodesep=0.5, fontname=\"Helvetica\", labelloc=t, label=<"
            + DOTText.html(lesson.title) + "<br/><font point-size=\"10\">update \(iteration), sample \(sample.sample + 1)"
            + (batch ? " of \(trace.samples.count)" : "") + ", η = " + n(lesson.options.learningRate) + "</font>>];\n"
        out += "  node [shape=none, margin=0, fontname=\"Helvetica\", fontsize=11];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.6];\n\n"

        out += "  subgraph inputs {\n    rank=same;\n"
        for (i, name) in architecture.inputNames.enumerated() {
            out += "    " + inputID(name) + " [label=" + table(title: DOTText.html(name),
                rows: [("x", n(lesson.samples[sample.sample].inputs[i]))]) + "];\n"
        }
        out += "  }\n"
        for layer in architecture.layers.indices {
            let shape = architecture.layers[layer]
            let isOutput = layer == architecture.outputLayer
            out += "  subgraph " + DOTText.id("layer " + shape.name) + " {\n    rank=same;\n"
            for j in 0..<shape.size {
                let index = architecture.neuronIndex(layer: layer, neuron: j)
                let bias = architecture.biasIndex(layer: layer, neuron: j)
                let name = architecture.neuronName(layer: layer, neuron: j)
                out += "    " + neuronID(name) + " [label=" + table(
                    title: DOTText.html(name) + " <font point-size=\"9\">" + DOTText.html(shape.activation.name) + "</font>",
                    rows: [("b", n(trace.before(bias))), ("z", n(sample.z(index))),
                           (isOutput ? "y" : "a", n(sample.a(index))), ("∂l/∂z", n(sample.dldz(index)))]) + "];\n"
            }
            out += "  }\n"
        }
        let lossRows = (0..<architecture.outputCount).map { j in
            ("t_" + DOTText.html(architecture.neuronName(layer: architecture.outputLayer, neuron: j)),
             n(lesson.samples[sample.sample].targets[j]))
        }
        out += "  subgraph loss {\n    rank=same;\n    \"loss\" [label=" + table(
            title: "loss <font point-size=\"9\">" + DOTText.html(lesson.options.loss.name) + "</font>",
            rows: [("l", n(sample.loss))] + (batch ? [("L", n(trace.loss))] : []) + lossRows) + "];\n  }\n\n"

        for parameter in architecture.parameters where parameter.kind == .weight {
            let from = parameter.layer == 0 ? inputID(architecture.inputNames[parameter.input!])
                : neuronID(architecture.neuronName(layer: parameter.layer - 1, neuron: parameter.input!))
            let to = neuronID(architecture.targetName(of: parameter))
            out += "  " + from + " -> " + to + " [label=<" + parameter.id + " = " + n(trace.before(parameter.index))
                + "<br/>" + gradient + parameter.id + " = " + n(trace.gradient(parameter.index)) + ">];\n"
        }
        for j in 0..<architecture.outputCount {
            let index = architecture.outputOffset + j
            out += "  " + neuronID(architecture.neuronName(layer: architecture.outputLayer, neuron: j))
                + " -> \"loss\" [label=<∂l/∂y = " + n(sample.dlda(index)) + ">];\n"
        }
        return out + "}\n"
    }

    /// The DOT id of an input.
    func inputID(_ name: String) -> String { DOTText.id("input " + name) }
    /// The DOT id of a neuron.
    func neuronID(_ name: String) -> String { DOTText.id("neuron " + name) }

    /// An HTML-like label: a bold title over rows of name and value (already HTML-escaped).
    func table(title: String, rows: [(String, String)]) -> String {
        var out = "<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
        out += "<tr><td colspan=\"2\" bgcolor=\"#e8eef7\"><b>" + title + "</b></td></tr>"
        for (name, value) in rows {
            out += "<tr><td align=\"left\">" + name + "</td><td align=\"right\">" + value + "</td></tr>"
        }
        return out + "</table>>"
    }
}
