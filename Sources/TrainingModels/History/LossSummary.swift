/// The losses of a run of consecutive updates, summarised: minimum, maximum, mean, last,
/// and how many were not finite.
///
/// Minimum, maximum and mean are over the finite losses only; a NaN or infinite loss is
/// counted in ``nonFiniteCount`` (a divergence marker) instead.
public struct LossSummary: Sendable, Hashable {
    /// How many losses, finite or not.
    public private(set) var count = 0
    /// How many were NaN or infinite.
    public private(set) var nonFiniteCount = 0
    /// The smallest finite loss, +∞ when there is none.
    public private(set) var minimum = Double.infinity
    /// The largest finite loss, −∞ when there is none.
    public private(set) var maximum = -Double.infinity
    /// The sum of the finite losses.
    public private(set) var sum = 0.0
    /// The last loss added, finite or not (NaN when empty).
    public private(set) var last = Double.nan

    /// An empty summary.
    public init() {}

    /// How many losses were finite.
    public var finiteCount: Int { count - nonFiniteCount }

    /// Whether any loss was NaN or infinite.
    public var diverged: Bool { nonFiniteCount > 0 }

    /// The mean of the finite losses, kept within [minimum, maximum] (a rounded sum divided
    /// by a count can land an ulp outside); NaN when there is none.
    public var mean: Double {
        guard finiteCount > 0 else { return .nan }
        return min(max(sum / Double(finiteCount), minimum), maximum)
    }

    /// Adds the loss of the next update.
    @inline(__always)
    public mutating func add(_ loss: Double) {
        count += 1
        last = loss
        if loss.isFinite {
            if loss < minimum { minimum = loss }
            if loss > maximum { maximum = loss }
            sum += loss
        } else {
            nonFiniteCount += 1
        }
    }

    /// Adds the losses of `later`, which come after these.
    public mutating func merge(_ later: LossSummary) {
        guard later.count > 0 else { return }
        count += later.count
        nonFiniteCount += later.nonFiniteCount
        minimum = min(minimum, later.minimum)
        maximum = max(maximum, later.maximum)
        sum += later.sum
        last = later.last
    }
}
