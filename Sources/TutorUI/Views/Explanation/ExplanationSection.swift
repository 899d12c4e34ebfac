/// A block of styled text the explanation panel shows below the formula: a lesson's notes
/// at the step, or a quiz. Wrapped to the panel's width when the panel is laid out.
struct ExplanationSection: Sendable, Hashable {
    /// A paragraph: styled text, wrapped with its continuation lines indented.
    struct Paragraph: Sendable, Hashable {
        /// The text, in runs of one style.
        let spans: [ExplanationPanelView.Span]
        /// How far lines after the first are indented.
        let hangingIndent: Int

        /// A paragraph of `spans`.
        init(_ spans: [ExplanationPanelView.Span], hangingIndent: Int = 0) {
            self.spans = spans
            self.hangingIndent = hangingIndent
        }
    }

    /// The paragraphs, in order.
    let paragraphs: [Paragraph]
    /// Whether the panel must show all of it (a quiz the student is answering), rather than
    /// cutting it short when rows run out (notes).
    let isEssential: Bool

    /// The section's lines at `width` columns.
    func lines(width: Int) -> [[ExplanationPanelView.Span]] {
        paragraphs.flatMap { StyledWrapping.lines(of: $0.spans, width: width, hangingIndent: $0.hangingIndent) }
    }
}

/// What a lesson adds to a step's explanation: its notes and quiz as sections, and whether
/// the result is hidden (while a quiz waits for the student's prediction).
struct ExplanationAdditions: Sendable, Hashable {
    /// The sections below the formula, in order.
    var sections: [ExplanationSection] = []
    /// Whether the formula's last part (the result) shows as `?`.
    var hidesResult = false
    /// Whether the substituted numbers are hidden too (a quiz that asks for the value).
    var hidesArithmetic = false

    /// Nothing added.
    static let none = ExplanationAdditions()
}
