/// A built-in data set with its size, noise and seed: everything needed to draw its samples.
///
/// The same recipe gives the same samples, bit for bit, on every platform: the only source
/// of randomness is ``SplitMix64`` seeded with ``seed``, and every number is computed with
/// exactly rounded operations in a fixed order (+, −, ×, ÷, √, `floor`, rounding) — no
/// `sin`, `cos`, `log` or `exp` from the C library, whose last bits differ between
/// platforms. Angles use ``TurnTrigonometry``, normal numbers an Irwin–Hall sum, and
/// directions a rejection draw; see ``samples()`` for each generator.
public struct DatasetRecipe: Sendable, Hashable {
    /// The allowed numbers of samples.
    public static let countRange = 1...10_000
    /// The allowed noise levels (the playground's slider goes from 0 to 0.5).
    public static let noiseRange = 0.0...1.0
    /// The number of samples when a lesson does not say.
    public static let defaultCount = 200

    /// Which data set.
    public var name: DatasetName
    /// How many samples to draw, in ``countRange``.
    public var count: Int
    /// How noisy the data is, in ``noiseRange``; 0 draws the clean shape.
    public var noise: Double
    /// The seed of the generator.
    public var seed: UInt64

    /// Creates a recipe; `count` and `noise` must be in their ranges.
    public init(name: DatasetName, count: Int = DatasetRecipe.defaultCount, noise: Double = 0, seed: UInt64 = 0) {
        precondition(Self.countRange.contains(count), "count must be in \(Self.countRange)")
        precondition(Self.noiseRange.contains(noise), "noise must be in \(Self.noiseRange)")
        self.name = name
        self.count = count
        self.noise = noise
        self.seed = seed
    }

    /// Draws the samples: inputs [x₁, x₂], one target.
    ///
    /// One generator, `SplitMix64(seed:)`, makes every draw, in the order written below;
    /// U(a, b) is a + (b − a)·u with u = ``SplitMix64/nextUnit()``. The noise draws are made
    /// even when `noise` is 0, so changing only the noise keeps the points where they are
    /// and changes only their labels or jitter. The two-class sets put ⌈count/2⌉ samples in
    /// class 1 and ⌊count/2⌋ in class 0. Finally the samples are shuffled with the same
    /// generator (Fisher–Yates), so per-sample training does not see one class after the other.
    ///
    /// - `xor`: per point x = U(−5, 5), y = U(−5, 5), each pushed 0.3 away from 0 (x > 0 ?
    ///   x + 0.3 : x − 0.3), so |x|, |y| ∈ [0.3, 5.3]; then nx = U(−5, 5)·noise, ny likewise;
    ///   target 1 if (x + nx)·(y + ny) < 0, else 0.
    /// - `circle`: class 1: r = U(0, 2.5); class 0: r = U(3.5, 5); then a uniform direction
    ///   (dx, dy) (``SplitMix64/nextDirection()``), (x, y) = (r·dx, r·dy), nx = U(−5, 5)·noise,
    ///   ny likewise; target 1 if (x + nx)² + (y + ny)² < 2.5², else 0.
    /// - `gauss`: x = cx + σ·z₁, y = cy + σ·z₂ with z Irwin–Hall normal
    ///   (``SplitMix64/nextNormal()``), σ = √(0.5 + 7·noise) (the playground's variance from
    ///   0.5 at no noise to 4 at noise 0.5); class 1 around (2, 2), class 0 around (−2, −2).
    /// - `spiral`: with n = ⌈count/2⌉, point i of a class has r = 5·i/n and angle
    ///   u = 1.75·i/n turns (class 1) or 1.75·i/n + 0.5 turns (class 0), computed as
    ///   `(1.75 * i) / n`; (x, y) = (r·sin 2πu + U(−1, 1)·noise, r·cos 2πu + U(−1, 1)·noise),
    ///   sine and cosine by ``TurnTrigonometry``.
    /// - `line`: x = U(−6, 6), y = U(−6, 6), nx = U(−6, 6)·noise, ny likewise;
    ///   t = ((x + nx) + (y + ny)) / 10 (the playground's "plane").
    /// - `sine`: x = U(−6, 6), y = U(−6, 6), nx = U(−6, 6)·noise; t = sin(π(x + nx)/6), computed
    ///   as ``TurnTrigonometry/sine(turns:)`` of (x + nx)/12: one period across x ∈ [−6, 6].
    public func samples() -> [Sample] {
        var random = SplitMix64(seed: seed)
        var samples: [Sample] = []
        samples.reserveCapacity(count)
        switch name {
        case .xor: DatasetGenerators.xor(count: count, noise: noise, random: &random, into: &samples)
        case .circle: DatasetGenerators.circle(count: count, noise: noise, random: &random, into: &samples)
        case .gauss: DatasetGenerators.gauss(count: count, noise: noise, random: &random, into: &samples)
        case .spiral: DatasetGenerators.spiral(count: count, noise: noise, random: &random, into: &samples)
        case .line: DatasetGenerators.line(count: count, noise: noise, random: &random, into: &samples)
        case .sine: DatasetGenerators.sine(count: count, noise: noise, random: &random, into: &samples)
        }
        random.shuffle(&samples)
        return samples
    }
}
