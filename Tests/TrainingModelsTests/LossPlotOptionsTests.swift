import Testing
@testable import TrainingModels

/// The loss plot's options for the training view: a mean line instead of the min–max band,
/// and tick labels at the middle of both axes. Small cases worked out by hand.
struct LossPlotOptionsTests {
    /// A column holding the given losses, in order.
    static func column(_ losses: [Double]) -> LossSummary {
        var summary = LossSummary()
        for loss in losses { summary.add(loss) }
        return summary
    }

    @Test func theMeanSpanDrawsEachColumnsMeanAsALine() {
        // Means 2, 1, 0 (of {0, 4}, {0, 2}, {0, 0}); the shown range is the means', 0 … 2, so
        // on 3 rows a mean v sits on row 2 − v, each column joined to the previous one's mean.
        let columns: [LossSummary?] = [Self.column([0, 4]), Self.column([0, 2]), Self.column([0, 0])]
        let mean = LossPlot.body(columns: columns, width: 3, height: 3, scale: .linear, floor: 1, glyphs: .ascii,
                                 span: .mean)
        #expect(mean.rows == ["** ", " **", "  *"])
        #expect(mean.shown == 0...2)
        // The band spans 0 … 4: the first column covers every row.
        let band = LossPlot.body(columns: columns, width: 3, height: 3, scale: .linear, floor: 1, glyphs: .ascii)
        #expect(band.shown == 0...4)
        #expect(band.rows.allSatisfy { $0.first == "*" })
    }

    @Test func middleTicksLabelTheMiddleRowAndTheMiddleUpdate() {
        var history = LossHistory()
        for loss in stride(from: 8.0, through: 0, by: -1) { history.append(loss) }
        // Gutter 8, the axis, 8 columns; 5 plot rows, the middle one (row 2) is loss 4.
        // The x axis spans updates 0 … 9; its midpoint 4.5 lies in update 5, written from column 3.
        let rows = LossPlot.render(history: history, width: 17, height: 7, glyphs: .ascii, middleTicks: true)
        #expect(rows.count == 7)
        #expect(rows[0].hasPrefix("       8+"))
        #expect(rows[2].hasPrefix("       4+"))
        #expect(rows[1].hasPrefix("        |") && rows[3].hasPrefix("        |"))
        #expect(rows[4].hasPrefix("       0+"))
        #expect(rows[6] == "         1  5   9")
        let plain = LossPlot.render(history: history, width: 17, height: 7, glyphs: .ascii)
        #expect(plain[2].hasPrefix("        |") && plain[6] == "         1      9")
    }

    @Test func theMiddleOfALogScaleIsTheGeometricMean() {
        #expect(LossPlot.value(at: 0.5, of: 0...8, scale: .linear) == 4)
        #expect(abs(LossPlot.value(at: 0.5, of: 1...100, scale: .logarithmic) - 10) < 1e-12)
        #expect(LossPlot.value(at: 0, of: 1...100, scale: .logarithmic) == 100)
        // Ends whose ratio underflows a Double: halfway between 10⁻³² and 10³⁰⁸ is 10¹³⁸.
        let wide = LossPlot.value(at: 0.5, of: 1e-32...1e308, scale: .logarithmic)
        #expect(abs(wide / 1e138 - 1) < 1e-9)
    }

    @Test func withAnEvenNumberOfRowsTheUpperMiddleRowIsLabelledWithItsCentre() {
        // Odd: the middle row's centre is halfway. 4 ASCII rows: row 1, a third of the way
        // down (rows 0 … 3). 4 braille rows (16 dots, 0 … 15): row 1's centre is dot 5.5.
        #expect(LossPlot.middleFraction(rows: 5, dotsPerRow: 4) == 0.5)
        #expect(LossPlot.middleFraction(rows: 4, dotsPerRow: 1) == 1.0 / 3)
        #expect(LossPlot.middleFraction(rows: 4, dotsPerRow: 4) == 5.5 / 15)
        var history = LossHistory()
        for loss in stride(from: 9.0, through: 0, by: -1) { history.append(loss) }
        // 6 rows of plot showing 0 … 9 in ASCII: row 2 is 2/5 of the way down, loss 9 − 3.6 = 5.4.
        let rows = LossPlot.render(history: history, width: 18, height: 8, glyphs: .ascii, middleTicks: true)
        #expect(rows[2].hasPrefix("     5.4+"))
    }

    @Test func aFlatCurveGetsNoMiddleLabelsThatRepeatTheEnds() {
        var history = LossHistory()
        history.append(0.5)
        let rows = LossPlot.render(history: history, width: 20, height: 7, glyphs: .ascii, middleTicks: true)
        #expect(rows.filter { $0.contains("0.5+") }.count == 2, "top and bottom only")
        #expect(rows[6] == "         1         1")
    }
}
