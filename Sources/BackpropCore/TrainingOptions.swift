/// How the samples of one update are taken: one at a time, or all together.
public enum BatchMode: String, Sendable, Hashable, CaseIterable {
    /// One update per sample, taking the samples in order and cycling.
    case sample
    /// One update per pass over all samples.
    case full
}

/// How a full batch combines the per-sample losses lⁿ into L.
public enum Reduction: String, Sendable, Hashable, CaseIterable {
    /// L = (1/N) Σₙ lⁿ, and the gradient is the mean too.
    case mean
    /// L = Σₙ lⁿ, the lecture's total loss.
    case sum
}

/// Everything about training except the network and the data: loss, η, batching.
public struct TrainingOptions: Sendable, Hashable {
    /// The per-sample loss l.
    public var loss: LossFunction
    /// The learning rate η in θ₁ = θ₀ − η∇L(θ₀).
    public var learningRate: Double
    /// One sample per update, or the full batch.
    public var batch: BatchMode
    /// For a full batch, whether L is the mean or the sum of the per-sample losses.
    public var reduction: Reduction
    /// Whether the biases are updated too (the classic worked example leaves them fixed).
    public var updateBiases: Bool

    /// Creates training options.
    public init(
        loss: LossFunction, learningRate: Double, batch: BatchMode = .sample,
        reduction: Reduction = .mean, updateBiases: Bool = true
    ) {
        self.loss = loss
        self.learningRate = learningRate
        self.batch = batch
        self.reduction = reduction
        self.updateBiases = updateBiases
    }
}

extension TrainingOptions {
    /// The 0-based index of the sample that update number `iteration` (1-based) starts
    /// with: the first for a full batch, else the samples in turn.
    public func sampleIndex(forIteration iteration: Int, sampleCount: Int) -> Int {
        batch == .full ? 0 : (iteration - 1) % sampleCount
    }
}

extension TrainingOptions {
    /// The loss the gradients and updates are of: l for one sample, L for a full batch. The
    /// steps' formulas and every view that names a gradient write it so.
    public var gradientLoss: Quantity { batch == .full ? .totalLoss : .loss }
}
