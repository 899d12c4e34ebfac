/// How close a typed number must be to the core's value to count as right.
public enum AnswerTolerance: Sendable, Hashable {
    /// The default: the typed number equals the value rounded to the digits typed, with at
    /// least ``fewestSignificantDigits`` significant digits (for 0.751365, `0.75` and
    /// `0.751` are right, `0.7` and `1` are not). A number typed exactly, such as `2` for 2
    /// or `0` for 0, is right too.
    case standard
    /// Within this absolute distance (the lesson's `tolerance`, greater than 0).
    case absolute(Double)

    /// The fewest significant digits a rounded answer needs under ``standard``.
    public static let fewestSignificantDigits = 2

    /// Whether `typed` counts as `value`.
    public func accepts(_ typed: TypedNumber.Reading, as value: Double) -> Bool {
        let distance = abs(typed.value - value)
        switch self {
        case .absolute(let allowed):
            return distance <= allowed
        case .standard:
            if distance <= 1e-9 * abs(value) || typed.value == value { return true }
            guard typed.significantDigits >= Self.fewestSignificantDigits else { return false }
            // Half a unit in the last digit typed; the small margin absorbs binary rounding
            // of the decimal text, so 0.75 counts for exactly 0.745.
            return distance <= typed.halfUnit * (1 + 1e-9)
        }
    }

    /// How exact to be, in words for the student: `round to 2 or more significant digits`,
    /// or `within 0.005`.
    public func instruction(numbers: (Double) -> String) -> String {
        switch self {
        case .standard: return "round to \(Self.fewestSignificantDigits) or more significant digits"
        case .absolute(let allowed): return "within " + numbers(allowed) + " counts"
        }
    }
}
