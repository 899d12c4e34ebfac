/// A name for one or more steps of a ``Timeline``, as lesson files and the stepper write it.
///
/// The grammar is a few words separated by spaces:
///
/// ```
/// selector := [iteration N] [sample N] target
/// target   := start | end | loss | total loss
///           | forward [NEURON] | backward [NEURON]
///           | gradient [PARAMETER] | update [PARAMETER]
///           | VALUE                       (a ValueSelector: z h1, a h1, dl_dz h1, ...)
/// ```
///
/// - `forward h1`: h1's weighted sum z and activation a (two steps); `backward o2`: o2's
///   ∂l/∂a (∂l/∂y at the output) and ∂l/∂z; `gradient w5`: ∂l/∂w₅; `update w5`: w₅'s update.
///   Without a name, the whole phase: `forward`, `backward`, `gradient`, `update`
///   (`gradients` and `updates` are accepted too).
/// - A value selector names the one step that computes that value: `y o1` is o1's
///   activation step, `dl_dz h1` h1's ∂l/∂z step (the second step of `backward h1`).
/// - `loss`: the sample's loss l; `total loss`: the batch loss L (only with `batch = "full"`).
/// - `start`: the first step; `end`: the last step of the last iteration (of iteration N if given).
/// - `iteration N` (1-based, default 1) picks the update; `sample N` (1-based, default the
///   first sample of that update) picks whose pass, and only goes with `forward`, `loss`
///   and `backward`. With `batch = "sample"` update k uses sample ((k − 1) mod count) + 1,
///   so `sample 3` alone means the first update that uses sample 3.
///
/// Parsing checks only the words; ``StepLocator`` resolves a selector against a timeline and
/// says what it names, or why it names nothing.
public struct StepSelector: Sendable, Hashable, CustomStringConvertible {
    /// What a selector names within one update and sample.
    public enum Target: Sendable, Hashable {
        /// The first step.
        case start
        /// The last step.
        case end
        /// The loss l of a sample.
        case loss
        /// The batch loss L.
        case totalLoss
        /// The forward steps of a neuron (by name), or of every neuron.
        case forward(String?)
        /// The backward steps of a neuron (by name), or of every neuron.
        case backward(String?)
        /// The gradient step of a parameter (by id), or of every parameter.
        case gradient(String?)
        /// The update step of a parameter (by id), or of every parameter.
        case update(String?)
        /// The step that computes a value.
        case value(ValueSelector)
    }

    /// The 1-based update, if the selector names one.
    public var iteration: Int?
    /// The 1-based sample, if the selector names one.
    public var sample: Int?
    /// What the selector names within that update and sample.
    public var target: Target

    /// The words a target may start with, for messages.
    static let targetWords = "start, end, loss, total loss, forward [NEURON], backward [NEURON], "
        + "gradient [PARAMETER], update [PARAMETER], or a value such as z h1 or dl_dz h1"

    /// Creates a selector from its parts.
    public init(iteration: Int? = nil, sample: Int? = nil, target: Target) {
        self.iteration = iteration
        self.sample = sample
        self.target = target
    }

    /// Reads a selector such as `iteration 2 backward h1`; throws a message quoting the text.
    public init(parsing text: String) throws(SelectorError) {
        self = try SelectorGrammar.parse(
            text, empty: "the step selector is empty; write a step such as \"forward h1\" or \"loss\""
        ) { grammar throws(SelectorReason) in try grammar.stepSelector() }
    }

    /// The selector written back in its canonical form: `iteration 2 sample 1 forward h1`.
    public var description: String {
        var words: [String] = []
        if let iteration { words += ["iteration", String(iteration)] }
        if let sample { words += ["sample", String(sample)] }
        switch target {
        case .start: words.append("start")
        case .end: words.append("end")
        case .loss: words.append("loss")
        case .totalLoss: words += ["total", "loss"]
        case .forward(let name): words += ["forward"] + (name.map { [$0] } ?? [])
        case .backward(let name): words += ["backward"] + (name.map { [$0] } ?? [])
        case .gradient(let name): words += ["gradient"] + (name.map { [$0] } ?? [])
        case .update(let name): words += ["update"] + (name.map { [$0] } ?? [])
        case .value(let value): words.append(value.description)
        }
        return words.joined(separator: " ")
    }
}
