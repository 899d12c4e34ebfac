/// SplitMix64, a small documented pseudo-random generator that gives the same numbers on
/// every platform for the same seed.
///
/// Each call advances the state by 0x9E3779B97F4A7C15 and mixes it (Steele, Lea and Flood,
/// "Fast splittable pseudorandom number generators", 2014). The system generator is never
/// used, so seeded lessons and data sets are reproducible everywhere.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    /// The current state.
    public private(set) var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) { state = seed }

    /// Returns the next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Returns a double uniform in [0, 1): the top 53 bits of the next value, times 2⁻⁵³.
    ///
    /// Exact integer-to-double arithmetic, so the result is the same on every platform.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Returns a double uniform in [low, high).
    public mutating func nextUniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * nextUnit()
    }
}
