import BackpropCore

/// A note a lesson shows in the explanation panel at one step: `[[notes]]` in the file.
public struct LessonNote: Sendable, Hashable {
    /// The note's 1-based position among the file's `[[notes]]` tables (`notes[3]`).
    public let number: Int
    /// The steps the note's `at` selector names; the note shows at the first of them.
    public let at: StepSelection
    /// The text, with `code` and *emphasis* markup (see ``LessonMarkup``).
    public let text: String

    /// Creates a note.
    public init(number: Int, at: StepSelection, text: String) {
        self.number = number
        self.at = at
        self.text = text
    }

    /// The global step index (0-based) the note shows at: the first step its selector names.
    public var stepIndex: Int { at.first }

    /// The text split into plain, `code` and *emphasis* spans.
    public var spans: [TextSpan] { LessonMarkup.spans(text) }
}
