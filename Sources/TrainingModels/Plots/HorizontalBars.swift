import BackpropCore
import BackpropNotation

/// How bar lengths follow values.
public enum BarScale: Sendable, Hashable {
    /// Length proportional to the value, the largest value filling the bar.
    case linear
    /// Length proportional to log₁₀ of the value over the given number of decades below
    /// the largest value, which fills the bar; smaller values (and values ≤ 0) get no bar.
    case logarithmic(decades: Int)

    /// The fraction of the bar `value` fills, in [0, 1], when the largest value is `largest`.
    func fraction(_ value: Double, largest: Double) -> Double {
        guard value.isFinite, value > 0, largest > 0 else { return 0 }
        switch self {
        case .linear:
            return min(1, value / largest)
        case .logarithmic(let decades):
            let span = Double(max(1, decades))
            return min(1, max(0, (value.commonLogarithm - largest.commonLogarithm + span) / span))
        }
    }
}

/// Horizontal bars as rows of text: a label, a bar, and the value.
///
/// In Unicode a bar is drawn in eighths of a character (`▏▎▍▌▋▊▉█`), in ASCII in whole
/// characters (`#`). A non-finite value gets no bar; its text says NaN or ∞.
public enum HorizontalBars {
    /// The Unicode partial blocks, one to seven eighths.
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// One row per bar, each `width` characters: the label padded to the longest, a space,
    /// the bar, a space, and the value (3 significant digits) right-aligned.
    public static func rows(_ bars: [(label: String, value: Double)], width: Int, scale: BarScale = .linear,
                            glyphs: PlotGlyphs = .unicode) -> [String] {
        let format = NumberFormat(significantDigits: 3, style: glyphs == .unicode ? .unicode : .ascii)
        let texts = bars.map { format.string($0.value) }
        let labelWidth = bars.map(\.label.count).max() ?? 0
        let valueWidth = texts.map(\.count).max() ?? 0
        let barWidth = max(0, width - labelWidth - valueWidth - 2)
        let largest = bars.map(\.value).filter(\.isFinite).max() ?? 0
        return zip(bars, texts).map { bar, text in
            let label = bar.label + String(repeating: " ", count: labelWidth - bar.label.count)
            let value = String(repeating: " ", count: valueWidth - text.count) + text
            return label + " " + self.bar(scale.fraction(bar.value, largest: largest), width: barWidth, glyphs: glyphs)
                + " " + value
        }
    }

    /// A bar filling `fraction` of `width` characters, padded with spaces to `width`.
    public static func bar(_ fraction: Double, width: Int, glyphs: PlotGlyphs) -> String {
        let fraction = fraction.isFinite ? min(1, max(0, fraction)) : 0
        var text = ""
        if glyphs == .unicode {
            let units = Int(clamping: (fraction * Double(width * 8)).rounded(), to: 0...(width * 8))
            text = String(repeating: "█", count: units / 8)
            if units % 8 > 0 { text.append(eighths[units % 8 - 1]) }
        } else {
            text = String(repeating: "#", count: Int(clamping: (fraction * Double(width)).rounded(), to: 0...width))
        }
        return text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// Two bars per layer, mean |∂l/∂w| and mean |∂l/∂z| (`h ∂l/∂w`, `h ∂l/∂z`), on a log
    /// scale of `decades` decades, so vanishing and exploding gradients both show.
    public static func rows(for magnitudes: [LayerGradientMagnitude], width: Int, decades: Int = 6,
                            glyphs: PlotGlyphs = .unicode) -> [String] {
        let (dw, dz) = glyphs == .unicode ? ("∂l/∂w", "∂l/∂z") : ("dl/dw", "dl/dz")
        let bars = magnitudes.flatMap { layer in
            [(label: "\(layer.name) \(dw)", value: layer.meanAbsoluteWeightGradient),
             (label: "\(layer.name) \(dz)", value: layer.meanAbsoluteDelta)]
        }
        return rows(bars, width: width, scale: .logarithmic(decades: decades), glyphs: glyphs)
    }
}
