/// The five phases of one update, in the order a student walks them.
public enum Phase: String, Sendable, Hashable, CaseIterable {
    case forward
    case loss
    case backward
    case gradients
    case update
}

/// What a step computes.
public enum StepKind: String, Sendable, Hashable {
    /// z = Σ w·x + b for one neuron.
    case weightedSum
    /// a = σ(z) for one neuron.
    case activation
    /// The loss l of one sample.
    case loss
    /// The batch loss L from the per-sample losses.
    case totalLoss
    /// ∂l/∂y of an output neuron, from the loss.
    case outputGradient
    /// ∂l/∂a = Σₖ w·∂l/∂zₖ of a hidden neuron.
    case activationGradient
    /// ∂l/∂z = σ'(z)·∂l/∂a of a neuron.
    case sumGradient
    /// ∂l/∂w = ∂z/∂w·∂l/∂z (or ∂l/∂b = ∂l/∂z) of one parameter.
    case parameterGradient
    /// θ₁ = θ₀ − η·∂L/∂θ of one parameter.
    case update
}

/// One step of the Timeline: a single value computed, with its formula and result, as data.
///
/// A step reads as `lhs = symbolic = expanded… = substituted = result`, where the expanded
/// forms are intermediate steps that help (σ'(z) written out as a(1 − a), ∂z/∂w written as
/// the input on the edge).
/// An update step reads `lhs ← ...` instead of `lhs = ...`.
public struct Step: Sendable, Hashable {
    /// What the step computes.
    public let kind: StepKind
    /// The phase it belongs to.
    public let phase: Phase
    /// The 1-based update this step belongs to.
    public let iteration: Int
    /// The 0-based index of the sample in the data, for steps that belong to one sample.
    public let sample: Int?
    /// The flat index of the neuron the step is about, if any.
    public let neuron: Int?
    /// The index in θ of the parameter the step is about, if any.
    public let parameter: Int?
    /// The value the step computes.
    public let produces: ValueRef
    /// The values its formula reads (for highlighting).
    public let reads: [ValueRef]
    /// The left-hand side: z_h1, ∂l/∂z_o1, w₅.
    public let lhs: Expression
    /// Whether the step assigns (`←`, an update) rather than states an equality.
    public let isAssignment: Bool
    /// The formula in symbols: w₁·i₁ + w₂·i₂ + b₁.
    public let symbolic: Expression
    /// Intermediate symbolic forms, if any help: σ'(z_h1)·∂l/∂a_h1, then a_h1·(1 − a_h1)·∂l/∂a_h1.
    public let expanded: [Expression]
    /// The formula with the numbers substituted.
    public let substituted: Expression
    /// The value computed: exactly the core's value.
    public let result: Double
    /// A short remark on the step, if it needs one (why ∂l/∂z is y − t).
    public let remark: Remark?

    /// Creates a step.
    public init(kind: StepKind, phase: Phase, iteration: Int, sample: Int?, neuron: Int?, parameter: Int?,
                produces: ValueRef, reads: [ValueRef], lhs: Expression, isAssignment: Bool = false,
                symbolic: Expression, expanded: [Expression] = [], substituted: Expression,
                result: Double, remark: Remark? = nil) {
        self.kind = kind
        self.phase = phase
        self.iteration = iteration
        self.sample = sample
        self.neuron = neuron
        self.parameter = parameter
        self.produces = produces
        self.reads = reads
        self.lhs = lhs
        self.isAssignment = isAssignment
        self.symbolic = symbolic
        self.expanded = expanded
        self.substituted = substituted
        self.result = result
        self.remark = remark
    }
}
