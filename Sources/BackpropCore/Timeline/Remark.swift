/// A short remark on a step: words, with formulas where it names the step's own quantities.
///
/// The core keeps a remark as data and writes no text from its formulas; the notation does
/// (`BackpropNotation`): "… the sum simplifies to " then yₒ₁ − tₒ₁ for the output o1.
public struct Remark: Sendable, Hashable, ExpressibleByStringLiteral {
    /// One piece of a remark.
    public enum Part: Sendable, Hashable {
        /// Words, as written (in Unicode).
        case text(String)
        /// A formula, for the notation to write.
        case formula(Expression)
    }

    /// The pieces, in reading order.
    public let parts: [Part]

    /// Creates a remark from its pieces.
    public init(_ parts: [Part]) {
        self.parts = parts
    }

    /// Creates a remark of words only.
    public init(stringLiteral text: String) {
        parts = [.text(text)]
    }
}
