import BackpropCore

/// The steps a ``StepSelector`` names in a timeline: global indices, for one update and sample.
public struct StepSelection: Sendable, Hashable {
    /// The selector, as written.
    public let selector: StepSelector
    /// The 1-based update the steps belong to.
    public let iteration: Int
    /// The 0-based sample whose pass the steps belong to; nil for steps of the whole update
    /// (`start`, `end`, `total loss`, and gradients and updates of a full batch).
    public let sample: Int?
    /// The global step indices (0-based over the whole timeline), ascending, at least one.
    ///
    /// Usually consecutive; not always: with a softmax output every ∂l/∂y comes before any
    /// ∂l/∂z, so `backward o1` is two steps with o2's ∂l/∂y between them.
    public let indices: [Int]

    /// Creates a selection; `indices` must be ascending and not empty.
    public init(selector: StepSelector, iteration: Int, sample: Int?, indices: [Int]) {
        precondition(!indices.isEmpty && indices == indices.sorted(), "a selection holds ascending step indices")
        self.selector = selector
        self.iteration = iteration
        self.sample = sample
        self.indices = indices
    }

    /// The first step: where a note on this selection shows.
    public var first: Int { indices[0] }
    /// The last step.
    public var last: Int { indices[indices.count - 1] }
    /// From the first step to the last.
    public var range: ClosedRange<Int> { first...last }

}
