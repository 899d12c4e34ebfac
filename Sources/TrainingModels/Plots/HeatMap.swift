/// A heat map as rows of text: each cell a shade for its value, and the data points on top.
///
/// Unicode shades from low to high are ` ░▒▓█`, ASCII ones ` .:-=+*#`. Points of class 1
/// are `●` (ASCII `o`), of class 0 `○` (`x`), a cell holding both classes `◐` (`&`), and
/// regression points `•` (`@`). A NaN value shows as `?`.
public enum HeatMap {
    /// The Unicode shades, lowest first.
    public static let unicodeShades: [Character] = [" ", "░", "▒", "▓", "█"]
    /// The ASCII shades, lowest first.
    public static let asciiShades: [Character] = [" ", ".", ":", "-", "=", "+", "*", "#"]

    /// The shades of a glyph set.
    public static func shades(_ glyphs: PlotGlyphs) -> [Character] {
        glyphs == .unicode ? unicodeShades : asciiShades
    }

    /// The shade index of `value` among `levels` shades spread evenly over `range`: the
    /// range split into `levels` equal parts, values outside clamped to the ends; nil for NaN.
    /// A range of zero width puts every value in the middle shade.
    public static func level(of value: Double, in range: ClosedRange<Double>, levels: Int) -> Int? {
        guard !value.isNaN, levels > 0 else { return nil }
        let span = range.upperBound - range.lowerBound
        guard span > 0 else { return levels / 2 }
        let fraction = (value - range.lowerBound) / span
        if fraction <= 0 { return 0 }
        return min(levels - 1, Int(fraction * Double(levels)))
    }

    /// `rows` rows of `columns` shades for `values` (row by row from the top), spread over `range`.
    public static func rows(values: [Double], columns: Int, rows: Int, range: ClosedRange<Double>,
                            glyphs: PlotGlyphs) -> [String] {
        precondition(values.count == columns * rows, "one value per cell")
        let shades = shades(glyphs)
        return (0..<rows).map { row in
            String((0..<columns).map { column in
                level(of: values[row * columns + column], in: range, levels: shades.count).map { shades[$0] } ?? "?"
            })
        }
    }

    /// A decision surface's heat map over `range` (its ``DecisionSurface/valueRange`` when
    /// nil) with its data points marked.
    public static func rows(surface: DecisionSurface, glyphs: PlotGlyphs, range: ClosedRange<Double>? = nil,
                            showPoints: Bool = true) -> [String] {
        let span = range ?? surface.valueRange ?? 0...1
        var grid = rows(values: surface.values, columns: surface.columns, rows: surface.rows, range: span,
                        glyphs: glyphs).map { Array($0) }
        if showPoints {
            var labels = [[Set<Int>]](repeating: [Set<Int>](repeating: [], count: surface.columns), count: surface.rows)
            var regression = [[Bool]](repeating: [Bool](repeating: false, count: surface.columns), count: surface.rows)
            for point in surface.points {
                if let label = point.label {
                    labels[point.row][point.column].insert(label)
                } else {
                    regression[point.row][point.column] = true
                }
            }
            let unicode = glyphs == .unicode
            for row in 0..<surface.rows {
                for column in 0..<surface.columns {
                    let classes = labels[row][column]
                    if classes.count > 1 {
                        grid[row][column] = unicode ? "◐" : "&"
                    } else if classes == [1] {
                        grid[row][column] = unicode ? "●" : "o"
                    } else if classes == [0] {
                        grid[row][column] = unicode ? "○" : "x"
                    } else if regression[row][column] {
                        grid[row][column] = unicode ? "•" : "@"
                    }
                }
            }
        }
        return grid.map { String($0) }
    }
}
