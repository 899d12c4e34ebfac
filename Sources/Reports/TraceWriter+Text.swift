import BackpropCore
import BackpropNotation
import Lessons

/// `backprop trace --format text`: the same numbers as the JSON, as readable tables.
extension TraceWriter {
    /// The text format's numbers, column headings and edge arrow in one notation style.
    struct TextStyle: Sendable {
        /// Significant digits in the text tables.
        static let digits = 10

        /// How numbers are written (LaTeX falls back to ASCII: the tables are plain text).
        let numbers: NumberFormat
        /// The headings ∂l/∂a, ∂l/∂z and ∂L/∂θ, or their ASCII spellings.
        let derivatives: (dlda: String, dldz: String, dLdtheta: String)
        /// `→`, or `->` in ASCII.
        let arrow: String

        /// The style for tables in `style`.
        init(style: NotationStyle) {
            numbers = NumberFormat(significantDigits: Self.digits, style: style == .latex ? .ascii : style)
            derivatives = style == .unicode ? ("∂l/∂a", "∂l/∂z", "∂L/∂θ") : ("dl/da", "dl/dz", "dL/dtheta")
            arrow = style == .unicode ? "→" : "->"
        }
    }

    /// The lesson's title, then its loss function and learning rate.
    var textHeader: String {
        "\(PrintableText.escaped(lesson.title))\nloss function: \(lesson.options.loss.name), "
            + "learning rate: \(textStyle.numbers.string(lesson.options.learningRate))\n"
    }

    /// One update: its loss, a table of the neurons per sample, and a table of the parameters.
    func textBlock(for trace: IterationTrace) -> String {
        let numbers = textStyle.numbers, dl = textStyle.derivatives
        var out = "\nIteration \(trace.iteration): loss before the update L = \(numbers.string(trace.loss))\n"
        for sample in trace.samples {
            let data = lesson.samples[sample.sample]
            out += "\n  Sample \(sample.sample + 1): x = (\(data.inputs.map(numbers.string).joined(separator: ", "))),"
                + " y = (\(data.targets.map(numbers.string).joined(separator: ", "))), l = \(numbers.string(sample.loss))\n"
            var table = TextTable(headers: ["neuron", "z", "a", dl.dlda, dl.dldz])
            for (n, name) in architecture.neuronNames.enumerated() {
                table.add([name] + [sample.z(n), sample.a(n), sample.dlda(n), sample.dldz(n)].map(numbers.string))
            }
            out += table.render(indent: 4)
        }
        out += "\n  Parameters:\n"
        var table = TextTable(headers: ["parameter", "edge", "value", dl.dLdtheta, "new"], textColumns: 2)
        for parameter in architecture.parameters {
            let edge = (architecture.sourceName(of: parameter) ?? "bias") + " \(textStyle.arrow) " + architecture.targetName(of: parameter)
            table.add([parameter.id, edge] + [trace.before(parameter.index), trace.gradient(parameter.index),
                                              trace.after(parameter.index)].map(numbers.string))
        }
        return out + table.render(indent: 4)
    }
}
