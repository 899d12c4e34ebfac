import ArgumentParser
import BackpropNotation
import CommandLineSupport
import Reports

/// `backprop trace`: every number of a run, as JSON or as tables.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Print every number of a run: z, a, ∂l/∂a, ∂l/∂z per neuron; value, gradient and new value per parameter.",
        discussion: """
            Each update is printed as soon as it has been traced, so a long trace can be read \
            while it runs, and a reader that stops early (`| head`) ends the run. The JSON is \
            one document on one line.

            JSON doubles are written so that they read back exactly; a value that is not a \
            finite number (after a diverging update) is written as null. A run that diverges \
            still exits with status 0: the trace is a record of what happened, nulls included \
            (`backprop train` stops a diverging run with status 1 instead).
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, text
    }

    /// The most updates a trace prints (each one is a block of JSON or tables).
    static let maxIterations = 1_000_000

    @OptionGroup var lessonRun: LessonRunOptions

    @Option(help: "Output format: json or text.")
    var format: Format = .json

    @Flag(help: "Write the text format in ASCII (dl/dz) instead of Unicode (∂l/∂z).")
    var ascii = false

    mutating func validate() throws {
        try lessonRun.validateIterations(atMost: Self.maxIterations)
    }

    func run() throws {
        let path = LessonFile.resolve(lessonRun.lesson)
        let lesson = try LessonFile.load(path)
        let writer = TraceWriter(lesson: lesson, format: format == .json ? .json : .text(Notation(style: ascii ? .ascii : .unicode)))
        // The header leaves at once; then the buffer leaves when full (or after every update on
        // a terminal, where someone is watching), and at the end.
        let flushesEveryUpdate = StandardOutput.isTerminal
        var piecesWritten = 0
        do {
            try writer.stream(iterations: lessonRun.iterations) { piece in
                StandardOutput.write(piece)
                try StandardOutput.checkForErrors()
                if piecesWritten == 0 || flushesEveryUpdate { try StandardOutput.flush() }
                piecesWritten += 1
            }
            try StandardOutput.flush()
        } catch let error as StandardOutput.WriteError {
            if case .failed = error { StandardError.write("\(error)\n") }
            throw error.status
        }
    }
}
