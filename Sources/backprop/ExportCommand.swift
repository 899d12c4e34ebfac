import ArgumentParser
import CommandLineSupport
import Lessons
import Reports

/// `backprop export`: a lesson's worked example as a Markdown handout or a Graphviz diagram.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a lesson as a Markdown handout, a worksheet with its answer key, a Graphviz (DOT) diagram, or NumPy or PyTorch code.",
        discussion: """
            markdown: every step's formula in LaTeX (symbolic, expanded, numbers substituted, \
            result) under a heading per phase, with tables of every value per layer and of the \
            updates; it renders on GitHub. dot: the network left to right, each neuron labelled \
            with z, a and ∂l/∂z and each edge with w and ∂l/∂w, for the last update exported; \
            render it with `dot -Tsvg`. numpy, pytorch: a self-contained Python script of the \
            lesson's updates (all of them unless --iterations says), float64, that checks the first update \
            against this program's values to 1e-9 and prints the final parameters as JSON. \
            worksheet: the given values as a table, then every value of the first update in \
            order with the formula to use and a blank, and after a page break the answer key to \
            4 significant digits. --set edits values first (see docs/what-if-edits.md).
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, dot, numpy, pytorch, worksheet
    }

    /// The most updates a handout walks through when not told otherwise.
    static let defaultIterationLimit = 10
    /// The most updates a handout may walk through.
    static let maxIterations = 1000
    /// The most updates a NumPy or PyTorch script may make.
    static let maxCodeIterations = 1_000_000

    /// Whether the format is a Python script, which makes every update of the lesson by default.
    var isCode: Bool { format == .numpy || format == .pytorch }

    @Argument(help: ArgumentHelp(LessonFile.argumentHelp), completion: LessonFile.completion)
    var lesson: String

    @Option(help: "Output format: markdown, dot, numpy, pytorch, or worksheet (one update to fill in, with an answer key).")
    var format: Format = .markdown

    @Option(help: ArgumentHelp(
        "How many updates to walk through (default: the lesson's `iterations`, at most \(defaultIterationLimit), "
        + "all of them for numpy and pytorch); dot shows the last of them."))
    var iterations: Int?

    @OptionGroup var edits: ValueEditOptions

    @Option(help: "Significant digits of every number (default: 9 for markdown, 6 for dot; numpy and pytorch write every digit).")
    var digits: Int?

    @Option(name: [.short, .long], help: "Write to this file instead of standard output.", completion: .file())
    var output: String?

    mutating func validate() throws {
        let limit = isCode ? Self.maxCodeIterations : Self.maxIterations
        if let iterations, iterations < 1 || iterations > limit {
            throw ValidationError("--iterations must be between 1 and \(limit), not \(iterations)")
        }
        if let digits, digits < 1 || digits > 17 {
            throw ValidationError("--digits must be between 1 and 17, not \(digits)")
        }
    }

    func run() throws {
        let path = LessonFile.resolve(self.lesson)
        let original = try LessonFile.load(path)
        let parsed = try edits.checkedEdits(for: original)
        let lesson = try original.applying(parsed)
        let count = iterations ?? (isCode ? lesson.iterations : min(lesson.iterations, Self.defaultIterationLimit))
        if iterations == nil, lesson.iterations > count {
            StandardError.write("note: the lesson has \(lesson.iterations) updates; exporting the first \(count) "
                                + "(choose with --iterations N, at most \(Self.maxIterations))\n")
        }
        let text: String
        switch format {
        case .markdown:
            text = MarkdownHandout(lesson: lesson, iterations: count,
                                   significantDigits: digits ?? MarkdownHandout.defaultDigits,
                                   editedValues: original.editedValues(by: parsed)).text
        case .worksheet:
            text = Worksheet(lesson: lesson).text
        case .dot:
            text = NetworkDiagram(lesson: lesson, iteration: count,
                                  significantDigits: digits ?? NetworkDiagram.defaultDigits).dot
        case .numpy:
            text = PythonScript(lesson: lesson, iterations: count, library: .numpy).text
        case .pytorch:
            text = PythonScript(lesson: lesson, iterations: count, library: .pytorch).text
        }
        guard let output else {
            StandardOutput.write(text)
            return
        }
        do {
            try OutputFile.save(text, to: output)
        } catch {
            StandardError.write("error: \(error)\n")
            throw OutputFile.cannotWrite
        }
    }
}
