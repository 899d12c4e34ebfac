import BackpropCore

/// `backprop trace --format text`: the same numbers as the JSON, as readable tables.
extension TraceReport {
    /// Significant digits in the text tables.
    static let textDigits = 10

    /// The whole run as text tables, one block per update.
    public func text(notation: Notation) -> String {
        let numbers = NumberFormat(significantDigits: Self.textDigits, style: notation.style == .latex ? .ascii : notation.style)
        let dl = notation.style == .unicode ? ("∂l/∂a", "∂l/∂z", "∂L/∂θ") : ("dl/da", "dl/dz", "dL/dtheta")
        let arrow = notation.style == .unicode ? "→" : "->"
        var out = "\(lesson.title)\nloss function: \(lesson.options.loss.name), learning rate: \(numbers.string(lesson.options.learningRate))\n"
        for trace in iterations {
            out += "\nIteration \(trace.iteration): loss before the update L = \(numbers.string(trace.loss))\n"
            for sample in trace.samples {
                let data = lesson.samples[sample.sample]
                out += "\n  Sample \(sample.sample + 1): x = (\(data.inputs.map(numbers.string).joined(separator: ", "))),"
                    + " y = (\(data.targets.map(numbers.string).joined(separator: ", "))), l = \(numbers.string(sample.loss))\n"
                var table = TextTable(headers: ["neuron", "z", "a", dl.0, dl.1])
                for (n, name) in architecture.neuronNames.enumerated() {
                    table.add([name] + [sample.z(n), sample.a(n), sample.dlda(n), sample.dldz(n)].map(numbers.string))
                }
                out += table.render(indent: 4)
            }
            out += "\n  Parameters:\n"
            var table = TextTable(headers: ["parameter", "edge", "value", dl.2, "new"], textColumns: 2)
            for parameter in architecture.parameters {
                let edge = (architecture.sourceName(of: parameter) ?? "bias") + " \(arrow) " + architecture.targetName(of: parameter)
                table.add([parameter.id, edge] + [trace.before(parameter.index), trace.gradient(parameter.index),
                                                  trace.after(parameter.index)].map(numbers.string))
            }
            out += table.render(indent: 4)
        }
        return out
    }
}
