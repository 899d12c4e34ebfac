/// How weights left out of a lesson are drawn: every scheme is uniform in [−r, r].
///
/// Uniform draws need only exact arithmetic and a square root, so a seed gives the same
/// weights on every platform.
public enum WeightInitialization: String, Sendable, Hashable, CaseIterable {
    /// r = 1.
    case uniform
    /// Glorot/Xavier: r = √(6 / (fan_in + fan_out)).
    case xavier
    /// He/Kaiming (uniform form): r = √(6 / fan_in), for ReLU layers.
    case he

    /// The half-width r of the range for a layer with these fan-in and fan-out counts.
    public func range(fanIn: Int, fanOut: Int) -> Double {
        switch self {
        case .uniform: return 1
        case .xavier: return (6 / Double(fanIn + fanOut)).squareRoot()
        case .he: return (6 / Double(fanIn)).squareRoot()
        }
    }

    /// Draws a weight matrix of `rows` neurons by `fanIn` inputs, row by row, from `generator`.
    public func weights(rows: Int, fanIn: Int, generator: inout SplitMix64) -> [[Double]] {
        let r = range(fanIn: fanIn, fanOut: rows)
        return (0..<rows).map { _ in (0..<fanIn).map { _ in generator.nextUniform(-r, r) } }
    }
}
