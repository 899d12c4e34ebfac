/// What a piece of text is for; a `Theme` decides how each role looks.
///
/// Views name roles, never colours. Each role also carries `attributes` that every theme
/// shows, so that no role is told apart by colour alone.
public enum StyleRole: Int, CaseIterable, Hashable, Sendable {
    /// Body text: explanations, labels, numbers without a sign of interest.
    case normal
    /// De-emphasised text: values not computed yet, inactive edges, secondary details.
    case dim
    /// Headings: the lesson title, panel titles.
    case title
    /// The forward pass: z and a, the incoming edges and inputs a neuron reads.
    case forward
    /// The backward pass: ∂l/∂a, ∂l/∂z, gradients and the outgoing edges they flow along.
    case backward
    /// A value above zero (the sign is printed too; colour only repeats it).
    case positive
    /// A value below zero (the minus sign is printed too; colour only repeats it).
    case negative
    /// The focus of the current step: the neuron or parameter being computed.
    case highlight
    /// The chosen item in a list or menu.
    case selection
    /// The status line: lesson, phase, step k of n.
    case status
    /// Key hints: "→ next  ← back  q quit".
    case hint
    /// Something went wrong: a wrong answer, invalid input.
    case error
    /// Emphasis that is not the current step's focus: a parameter being updated, a right answer.
    case accent

    /// The attributes every theme gives this role, so that it stays distinct without colour.
    public var attributes: TextAttributes {
        switch self {
        case .normal, .forward, .backward, .positive, .negative, .hint: []
        case .dim: .dim
        case .title, .highlight, .error, .accent: .bold
        case .selection, .status: .reverse
        }
    }
}
