import BackpropCore
import BackpropNotation
import Lessons

/// `backprop trace` as a stream: the document's opening, one block per update as soon as that
/// update has been traced, then its close.
///
/// Nothing of the run is kept: each update is traced with ``Trainer/tracedStep()``, turned
/// into its block, handed on and dropped, so memory stays flat however many updates are
/// traced. Concatenated, the pieces are the whole document: one JSON value (followed by a
/// line end), or the text tables.
public struct TraceWriter: Sendable {
    /// How the trace is written.
    public enum Format: Sendable, Hashable {
        /// One JSON document: `{"lesson":…,"loss_function":…,"iterations":[…]}` and a line end.
        case json
        /// Readable tables, with headings in this notation's style (LaTeX falls back to ASCII).
        case text(Notation)
    }

    /// The lesson that is run.
    public let lesson: Lesson
    /// How the trace is written.
    public let format: Format
    /// The text format's numbers, headings and edge arrow (unused for JSON).
    let textStyle: TextStyle

    /// Creates a writer for this lesson in this format.
    public init(lesson: Lesson, format: Format) {
        self.lesson = lesson
        self.format = format
        switch format {
        case .json: textStyle = TextStyle(style: .ascii)
        case .text(let notation): textStyle = TextStyle(style: notation.style)
        }
    }

    /// The architecture of the lesson's network.
    var architecture: Architecture { lesson.network.architecture }

    /// Everything before the first update: the lesson and options.
    public var header: String {
        switch format {
        case .json: jsonHeader
        case .text: textHeader
        }
    }

    /// One update's block; `isFirst` says whether it is the first update of the document
    /// (every later JSON block starts with the comma that separates it from the one before).
    public func block(for trace: IterationTrace, isFirst: Bool) -> String {
        switch format {
        case .json: (isFirst ? "" : ",") + iterationJSON(trace).text
        case .text: textBlock(for: trace)
        }
    }

    /// Everything after the last update.
    public var trailer: String {
        switch format {
        case .json: "]}\n"
        case .text: ""
        }
    }

    /// Runs `count` updates of the lesson (its own iteration count when nil), handing `emit`
    /// the header, then each update's block as soon as that update is traced, then the trailer.
    ///
    /// An error `emit` throws stops the run at once and is passed on.
    public func stream(iterations count: Int? = nil, to emit: (String) throws -> Void) rethrows {
        try emit(header)
        var trainer = lesson.trainer
        for index in 0..<(count ?? lesson.iterations) {
            try emit(block(for: trainer.tracedStep(), isFirst: index == 0))
        }
        try emit(trailer)
    }
}
