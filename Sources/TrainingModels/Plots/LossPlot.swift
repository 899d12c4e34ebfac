import BackpropCore
import BackpropNotation

/// A line plot of a ``LossHistory`` as rows of text: braille dots (or `*` in ASCII), each
/// dot column spanning its updates' minimum to maximum (or at their mean, see
/// ``LossPlotSpan``), with a y axis labelled with the largest and smallest loss shown and
/// an x axis labelled with the first and last update (and, when asked, the middle of both).
///
/// Every function is pure: the same history and size give the same rows.
public enum LossPlot {
    /// The plot with its axes: `height` rows of `width` characters (fewer rows when the size
    /// is too small for a plot, blank rows when there is nothing to plot).
    ///
    /// Rows: `height − 2` rows of plot with the y labels on the left, the x axis, and a row
    /// with the first update of `range` on the left and the last on the right. `range` is in
    /// updates (x from a to b, update k covering [k − 1, k)); nil shows the whole history.
    /// `span` chooses what a dot column shows; `middleTicks` adds a label at the middle row
    /// of the y axis (the loss at that row's centre) and at the middle of the x axis (the
    /// update there). Update numbers are written with thousands separated: 12,345.
    public static func render(history: LossHistory, width: Int, height: Int, scale: PlotScale = .linear,
                              glyphs: PlotGlyphs = .unicode, range: ClosedRange<Double>? = nil,
                              span: LossPlotSpan = .extremes, middleTicks: Bool = false) -> [String] {
        let bodyHeight = height - 2
        let range = range ?? 0...Double(history.count)
        let format = NumberFormat(significantDigits: 3, style: glyphs == .unicode ? .unicode : .ascii)
        let floor = history.smallestPositive.isFinite ? history.smallestPositive : 1
        // The labels' width sets the plot's, which sets the columns and so the labels: start
        // with a gutter of 8 and widen it once if a label needs more.
        var gutter = 8
        for attempt in 0..<2 {
            let plotWidth = width - gutter - 1
            guard bodyHeight >= 1, plotWidth >= 1 else { break }
            let columns = history.columns(glyphs == .unicode ? 2 * plotWidth : plotWidth, over: range)
            let shown = shownRange(columns, scale: scale, floor: floor, span: span)
            let top = shown.map { format.string($0.upperBound) } ?? ""
            let bottom = shown.map { format.string($0.lowerBound) } ?? ""
            let fraction = middleFraction(rows: bodyHeight, dotsPerRow: glyphs == .unicode ? 4 : 1)
            // A middle label that reads like an end's (a flat curve) would only repeat it.
            let middle = middleTicks && bodyHeight >= 5
                ? shown.map { format.string(value(at: fraction, of: $0, scale: scale)) }.flatMap { [top, bottom].contains($0) ? nil : $0 }
                : nil
            let needed = max(top.count, bottom.count, middle?.count ?? 0)
            if needed > gutter && attempt == 0 {
                gutter = needed
                continue
            }
            let plot = body(columns: columns, width: plotWidth, height: bodyHeight, scale: scale, floor: floor,
                            glyphs: glyphs, span: span)
            return axes(plot.rows, top: top, bottom: bottom, middle: middle, gutter: max(gutter, needed),
                        plotWidth: plotWidth, range: range, count: history.count, glyphs: glyphs,
                        middleUpdate: middleTicks)
        }
        return Array(repeating: "", count: max(0, height))
    }

    /// About how many updates of a history of `count` one dot column of a plot `width`
    /// characters wide stands for (the usual 8-character gutter assumed): 1 while every
    /// update has a column of its own.
    public static func updatesPerDot(count: Int, width: Int, glyphs: PlotGlyphs) -> Int {
        let columns = (glyphs == .unicode ? 2 : 1) * max(1, width - 9)
        return max(1, (count + columns - 1) / columns)
    }

    /// The smallest and largest finite loss of the columns (of their means, for
    /// ``LossPlotSpan/mean``; raised to `floor` on a log scale), or nil when there is none.
    static func shownRange(_ columns: [LossSummary?], scale: PlotScale, floor: Double,
                           span: LossPlotSpan = .extremes) -> ClosedRange<Double>? {
        var low = Double.infinity, high = -Double.infinity
        for case let column? in columns where column.finiteCount > 0 {
            low = min(low, span == .mean ? column.mean : column.minimum)
            high = max(high, span == .mean ? column.mean : column.maximum)
        }
        guard low <= high else { return nil }
        return scale == .logarithmic ? max(low, floor)...max(high, floor) : low...high
    }

    /// The plot area alone, `width` × `height` characters, and the loss range it shows
    /// (untransformed; nil when no column has a finite loss).
    ///
    /// `columns` holds one summary per dot column (2 per character in braille, 1 in ASCII);
    /// each raises the dots from its maximum to its minimum, and joins its span to the
    /// previous column's last value so the line has no gaps. The top row of a column with
    /// a non-finite loss shows `!`, a divergence marker. On a log scale, losses below
    /// `floor` (and all losses ≤ 0) are drawn at `floor`. With ``LossPlotSpan/mean`` a
    /// column is its mean's dot, joined to the previous column's.
    public static func body(columns: [LossSummary?], width: Int, height: Int, scale: PlotScale, floor: Double,
                            glyphs: PlotGlyphs, span: LossPlotSpan = .extremes) -> (rows: [String], shown: ClosedRange<Double>?) {
        let braille = glyphs == .unicode
        let across = braille ? 2 * width : width, down = braille ? 4 * height : height
        let columns = columns.prefix(across)
        let shown = shownRange(Array(columns), scale: scale, floor: floor, span: span)
        let top = scale.position(shown?.upperBound ?? 0, floor: floor)
        let bottom = scale.position(shown?.lowerBound ?? 0, floor: floor)
        /// The dot row of a loss: 0 at the top, `down − 1` at the bottom, the middle when flat.
        func row(_ loss: Double) -> Int {
            guard top > bottom else { return (down - 1) / 2 }
            let fraction = (top - scale.position(loss, floor: floor)) / (top - bottom)
            return Int(clamping: (fraction * Double(down - 1)).rounded(), to: 0...(down - 1))
        }
        var canvas = BrailleCanvas(width: braille ? width : 0, height: braille ? height : 0)
        var text = [[Character]](repeating: [Character](repeating: " ", count: braille ? 0 : width),
                                 count: braille ? 0 : height)
        var previous: Int?
        var markers: [Int] = []
        for (x, column) in columns.enumerated() {
            guard let column else {
                previous = nil
                continue
            }
            if column.diverged { markers.append(braille ? x / 2 : x) }
            guard column.finiteCount > 0 else {
                previous = nil
                continue
            }
            let mean = column.mean
            var upper = row(span == .mean ? mean : column.maximum), lower = row(span == .mean ? mean : column.minimum)
            if let previous {
                upper = min(upper, previous)
                lower = max(lower, previous)
            }
            if braille {
                canvas.setColumn(x: x, from: upper, to: lower)
            } else {
                for y in upper...lower { text[y][x] = "*" }
            }
            previous = span == .mean ? row(mean) : (column.last.isFinite ? row(column.last) : nil)
        }
        var rows = braille ? canvas.rows(blankAsSpace: true) : text.map { String($0) }
        if !markers.isEmpty && height > 0 {
            var firstRow = Array(rows[0])
            for x in markers { firstRow[x] = "!" }
            rows[0] = String(firstRow)
        }
        return (rows, shown)
    }

    /// The row the middle tick labels: the middle one, or the upper of the two middle ones.
    static func middleRow(rows: Int) -> Int { (rows - 1) / 2 }

    /// How far down the plot (0 at the top dot, 1 at the bottom one) the centre of the
    /// middle row lies, for `rows` rows of `dotsPerRow` dots: exactly ½ for an odd number
    /// of rows.
    static func middleFraction(rows: Int, dotsPerRow: Int) -> Double {
        let dots = Double(rows * dotsPerRow - 1)
        guard dots > 0 else { return 0.5 }
        return (Double(middleRow(rows: rows) * dotsPerRow) + Double(dotsPerRow - 1) / 2) / dots
    }

    /// The loss `fraction` of the way down a plot showing `shown`: linearly, or on a log
    /// scale geometrically (halfway down is the geometric mean of the ends).
    static func value(at fraction: Double, of shown: ClosedRange<Double>, scale: PlotScale) -> Double {
        switch scale {
        case .linear: return shown.upperBound - fraction * (shown.upperBound - shown.lowerBound)
        case .logarithmic:
            // In logarithms: the ratio of the ends can underflow (10⁻³² / 10³⁰⁷).
            let top = shown.upperBound.commonLogarithm, bottom = shown.lowerBound.commonLogarithm
            return Double(10).power(top - fraction * (top - bottom))
        }
    }

    /// The plot rows with a y axis and labels on the left and an x axis with update numbers
    /// below; `middle` labels the ``middleRow(rows:)``, and `middleUpdate` writes the update
    /// at the middle of the x axis.
    static func axes(_ plot: [String], top: String, bottom: String, middle: String? = nil, gutter: Int,
                     plotWidth: Int, range: ClosedRange<Double>, count: Int, glyphs: PlotGlyphs,
                     middleUpdate: Bool = false) -> [String] {
        let unicode = glyphs == .unicode
        let tick: Character = unicode ? "┤" : "+", line: Character = unicode ? "│" : "|"
        func pad(_ text: String) -> String { String(repeating: " ", count: gutter - text.count) + text }
        var rows: [String] = []
        let middleRow = middle != nil ? Self.middleRow(rows: plot.count) : nil
        for (index, body) in plot.enumerated() {
            let label = index == 0 ? top : (index == plot.count - 1 ? bottom : (index == middleRow ? middle ?? "" : ""))
            rows.append(pad(label) + String(label.isEmpty ? line : tick) + body)
        }
        rows.append(String(repeating: " ", count: gutter) + (unicode ? "└" : "+")
                    + String(repeating: unicode ? "─" : "-", count: plotWidth))
        let first = count == 0 ? 0 : Int(clamping: range.lowerBound.rounded(.down) + 1, to: 1...count)
        let last = Int(clamping: range.upperBound.rounded(.up), to: 0...count)
        let left = NumberFormat.grouped(first), right = NumberFormat.grouped(last)
        var labels = Array(left + String(repeating: " ", count: max(1, plotWidth - left.count - right.count)) + right)
        if middleUpdate, count > 0 {
            // The update whose interval [k − 1, k) holds the axis's midpoint, centred under it.
            let midpoint = (range.lowerBound / 2 + range.upperBound / 2).rounded(.down) + 1
            let middle = NumberFormat.grouped(Int(clamping: midpoint, to: 1...count))
            let start = (plotWidth - middle.count) / 2
            if start > left.count + 1 && start + middle.count < labels.count - right.count - 1 && middle != left && middle != right {
                labels.replaceSubrange(start..<(start + middle.count), with: Array(middle))
            }
        }
        rows.append(String(repeating: " ", count: gutter + 1) + String(labels))
        return rows
    }
}

/// What each dot column of a ``LossPlot`` shows of the updates under it.
public enum LossPlotSpan: Sendable, Hashable {
    /// Their minimum to their maximum: a band, where the losses of one column differ (per
    /// sample, or oscillating).
    case extremes
    /// Their mean, as a line: for per-sample training, where neighbouring updates are
    /// different samples and the band would only show how the samples differ.
    case mean
}
