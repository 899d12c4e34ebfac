/// How far a typed number may be from the core's value and still count as right.
public enum AnswerTolerance: Sendable, Hashable {
    /// The default: within max(5·10⁻⁴, 10⁻³·|value|), that is three decimal places for
    /// values below 0.5 and three significant digits for larger ones.
    case standard
    /// Within this absolute distance (the lesson's `tolerance`, greater than 0).
    case absolute(Double)

    /// The absolute distance of the default tolerance below which values count as right.
    public static let standardAbsolute = 5e-4
    /// The relative distance of the default tolerance.
    public static let standardRelative = 1e-3

    /// How far from `value` a typed number may be.
    public func allowance(for value: Double) -> Double {
        switch self {
        case .standard: return max(Self.standardAbsolute, Self.standardRelative * abs(value))
        case .absolute(let distance): return distance
        }
    }

    /// Whether `typed` counts as `value`.
    public func accepts(_ typed: Double, as value: Double) -> Bool {
        abs(typed - value) <= allowance(for: value)
    }
}
