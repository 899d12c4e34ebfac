import BackpropCore
import BackpropNotation
import Lessons

/// `backprop export --format worksheet`: one update of a lesson as an exercise on paper.
///
/// The network's given values as a table, then every value of the first update in the
/// order the stepper computes it, each with the formula to use and a blank; after a page
/// break, the answer key with every value to 4 significant digits. Every number is the
/// core's; formulas are inline LaTeX, as in the handout, so it renders on GitHub.
public struct Worksheet: Sendable {
    /// The lesson.
    public let lesson: Lesson

    /// The significant digits of the answer key.
    public static let answerDigits = 4

    /// A worksheet of `lesson`'s first update.
    public init(lesson: Lesson) { self.lesson = lesson }

    /// The worksheet as Markdown.
    public var text: String {
        let latex = Notation(style: .latex, significantDigits: 6)
        let key = Notation(style: .latex, significantDigits: Self.answerDigits)
        let m = MarkdownText.inlineMath
        let steps = lesson.timeline(iterations: 1).steps(iteration: 1).steps
        var out = "# Worksheet: \(lesson.title)\n\n"
        if let summary = lesson.summary { out += summary + "\n\n" }
        out += "Fill in every blank, in order: one update by hand"
            + (lesson.iterations > 1 ? " (the first of the lesson's \(lesson.iterations) updates)" : "")
            + ". Each line gives the formula to use.\n\n"
        out += "## Given\n\n" + givenTable(latex) + "\n"
        out += "## Values\n\n"
        for (index, step) in steps.enumerated() {
            let forms = [latex.render(step.symbolic)] + step.expanded.map(latex.render)
            out += "\(index + 1). " + m(latex.render(step.lhs) + " " + latex.relation(of: step) + " "
                                        + forms.joined(separator: " = ")) + " = \\_\\_\\_\\_\\_\\_\\_\\_\n"
        }
        out += "\n<div style=\"page-break-after: always\"></div>\n\n## Answer key\n\n"
        for (index, step) in steps.enumerated() {
            out += "\(index + 1). " + m(latex.render(step.lhs) + " " + latex.relation(of: step) + " "
                                        + key.number(step.result)) + "\n"
        }
        return out
    }

    /// The given values: inputs and targets of the samples the update uses, every weight
    /// and bias with its edge, the learning rate and the loss.
    func givenTable(_ latex: Notation) -> String {
        let architecture = lesson.network.architecture
        let m = MarkdownText.inlineMath
        var rows: [(String, String, String)] = []
        let used = lesson.options.batch == .full ? Array(lesson.samples.indices)
            : [lesson.timeline(iterations: 1).trace(iteration: 1).samples[0].sample]
        for n in used {
            let sample = lesson.samples[n]
            let mark = used.count > 1 ? " (sample \(n + 1))" : ""
            for (i, name) in architecture.inputNames.enumerated() {
                rows.append((m(latex.render(Quantity.input(name))), "input" + mark, latex.number(sample.inputs[i])))
            }
            for j in 0..<architecture.outputCount {
                let output = architecture.neuronNames[architecture.outputOffset + j]
                rows.append((m(latex.render(Quantity.t(output))), "target of \(output)" + mark, latex.number(sample.targets[j])))
            }
        }
        for p in 0..<architecture.parameterCount {
            let parameter = architecture.parameter(at: p)
            let place = architecture.sourceName(of: parameter).map { "\($0) → " + architecture.targetName(of: parameter) }
                ?? "bias of " + architecture.targetName(of: parameter)
            rows.append((m(latex.render(Quantity.parameter(parameter.id))), place, latex.number(lesson.network.parameters[p])))
        }
        rows.append((m(latex.render(Quantity.learningRate)), "learning rate", latex.number(lesson.options.learningRate)))
        var table = "| value | what | given |\n| --- | --- | --- |\n"
        for row in rows { table += "| \(row.0) | \(row.1) | \(row.2) |\n" }
        let layers = architecture.layers.map { "\($0.name): \($0.activation.name)" }.joined(separator: ", ")
        return table + "\nActivations: \(layers). Loss: \(lesson.options.loss.spokenName).\n"
    }
}
