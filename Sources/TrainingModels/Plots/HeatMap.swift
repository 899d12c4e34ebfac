/// A heat map as rows of text: each cell a shade for its value, and the data points on top.
///
/// Unicode shades from low to high are ` ░▒▓█`, ASCII ones ` .:-=+*#`. Points of class 1
/// are `●` (ASCII `o`), of class 0 `○` (`x`), a cell holding both classes `◐` (`&`), and
/// regression points `•` (`@`). A NaN value shows as `?`.
public enum HeatMap {
    /// The Unicode shades, lowest first.
    public static let unicodeShades: [Unicode.Scalar] = [" ", "░", "▒", "▓", "█"]
    /// The ASCII shades, lowest first.
    public static let asciiShades: [Unicode.Scalar] = [" ", ".", ":", "-", "=", "+", "*", "#"]

    /// The shades of a glyph set.
    public static func shades(_ glyphs: PlotGlyphs) -> [Unicode.Scalar] {
        glyphs == .unicode ? unicodeShades : asciiShades
    }

    /// The marks for points: class 1, class 0, both classes in one cell, regression.
    public static func marks(_ glyphs: PlotGlyphs) -> [Unicode.Scalar] {
        glyphs == .unicode ? ["●", "○", "◐", "•"] : ["o", "x", "&", "@"]
    }

    /// The shade index of `value` among `levels` shades spread evenly over `range`: the
    /// range split into `levels` equal parts, values outside clamped to the ends; nil for NaN.
    /// A range of zero width puts every value in the middle shade. Any value and range
    /// works, ±∞ and ranges as wide as all Doubles included.
    public static func level(of value: Double, in range: ClosedRange<Double>, levels: Int) -> Int? {
        guard !value.isNaN, levels > 0 else { return nil }
        guard range.upperBound > range.lowerBound else { return levels / 2 }
        let fraction = spanFraction(of: value, from: range.lowerBound, to: range.upperBound)
        return Int(clamping: fraction * Double(levels), to: 0...(levels - 1))
    }

    /// `rows` rows of `columns` shades for `values` (row by row from the top), spread over `range`.
    public static func rows(values: [Double], columns: Int, rows: Int, range: ClosedRange<Double>,
                            glyphs: PlotGlyphs) -> [String] {
        precondition(values.count == columns * rows, "one value per cell")
        return draw(values: values, columns: columns, rows: rows, range: range, glyphs: glyphs, marks: nil)
    }

    /// A decision surface's heat map over `range` (its ``DecisionSurface/valueRange`` when
    /// nil) with its data points marked.
    public static func rows(surface: DecisionSurface, glyphs: PlotGlyphs, range: ClosedRange<Double>? = nil,
                            showPoints: Bool = true) -> [String] {
        var marks: [UInt8]?
        if showPoints {
            // Per cell: bit 0 a class-1 point, bit 1 a class-0 point, bit 2 a regression point.
            var flags = [UInt8](repeating: 0, count: surface.columns * surface.rows)
            for point in surface.points {
                let bit: UInt8 = point.label == 1 ? 1 : (point.label == 0 ? 2 : 4)
                flags[point.row * surface.columns + point.column] |= bit
            }
            marks = flags
        }
        return draw(values: surface.values, columns: surface.columns, rows: surface.rows,
                    range: range ?? surface.valueRange ?? 0...1, glyphs: glyphs, marks: marks)
    }

    /// The rows: each cell's shade, or its point mark when `marks` flags one.
    static func draw(values: [Double], columns: Int, rows: Int, range: ClosedRange<Double>, glyphs: PlotGlyphs,
                     marks: [UInt8]?) -> [String] {
        let shades = shades(glyphs), symbols = self.marks(glyphs)
        return (0..<rows).map { row in
            var line = String.UnicodeScalarView()
            for column in 0..<columns {
                let cell = row * columns + column
                // The flags of ``rows(surface:glyphs:range:showPoints:)``: 1 class 1, 2 class 0, 4 regression.
                switch marks?[cell] ?? 0 {
                case 1, 5: line.append(symbols[0])
                case 2, 6: line.append(symbols[1])
                case 3, 7: line.append(symbols[2])
                case 4: line.append(symbols[3])
                default:
                    line.append(level(of: values[cell], in: range, levels: shades.count).map { shades[$0] } ?? "?")
                }
            }
            return String(line)
        }
    }
}
