import BackpropCore
/// Which characters the plots use: Unicode (braille dots, shaded blocks, box drawing) or
/// plain ASCII for terminals and fonts without them.
public enum PlotGlyphs: Sendable, Hashable, CaseIterable {
    /// Braille for lines, `░▒▓█` for heat maps, `▏▎▍▌▋▊▉█` for bars, `│─└┤` for axes.
    case unicode
    /// `*` for lines, ` .:-=+*#` for heat maps, `#` for bars, `|-+` for axes.
    case ascii
}

/// How values map onto a plot's axis: evenly, or by their logarithm.
public enum PlotScale: Sendable, Hashable {
    /// Equal steps for equal differences.
    case linear
    /// Equal steps for equal ratios (log₁₀); values ≤ 0 are drawn at the floor given with
    /// the scale (for a loss, the smallest positive loss seen).
    case logarithmic

    /// The position of `value` on this scale; on a log scale values below `floor` (and all
    /// values ≤ 0) are raised to `floor`, which must be positive.
    func position(_ value: Double, floor: Double) -> Double {
        switch self {
        case .linear: return value
        case .logarithmic: return max(value, floor).commonLogarithm
        }
    }
}
