import BackpropCore
import Testing
@testable import TrainingModels

/// The plotting helpers: small cases worked out by hand, and golden files for realistic sizes.
struct PlotTests {
    /// Four columns of one loss each.
    static func columns(_ losses: [Double]) -> [LossSummary?] {
        losses.map { loss in
            var summary = LossSummary()
            summary.add(loss)
            return summary
        }
    }

    @Test func brailleDotsFollowTheBitsOfTheUnicodePatterns() {
        var canvas = BrailleCanvas(width: 2, height: 1)
        // Left column top to bottom: bits 0, 1, 2, 6; right column: 3, 4, 5, 7.
        canvas.set(x: 0, y: 3)
        canvas.set(x: 1, y: 0)
        canvas.set(x: 3, y: 3)
        canvas.set(x: 9, y: 9)
        #expect(canvas.rows() == ["\u{2848}\u{2880}"])
        #expect(!canvas.isBlank(column: 0, row: 0) && !canvas.isBlank(column: 1, row: 0))
    }

    @Test func aFallingLineInBraille() {
        // Losses 3, 2, 1, 0 in 4 dot columns, 4 dot rows: loss v sits on dot row 3 − v, and each
        // column joins the previous one's value. Column 0: row 0; column 1: rows 0–1; column 2:
        // rows 1–2; column 3: rows 2–3. Character 1 = bit 0 + bits 3, 4 = 0x19 (⠙); character 2
        // = bits 1, 2 + bits 5, 7 = 0xA6 (⢦).
        let plot = LossPlot.body(columns: Self.columns([3, 2, 1, 0]), width: 2, height: 1, scale: .linear,
                                 floor: 1, glyphs: .unicode)
        #expect(plot.rows == ["\u{2819}\u{28A6}"])
        #expect(plot.shown == 0...3)
    }

    @Test func theSameLineInASCII() {
        let plot = LossPlot.body(columns: Self.columns([3, 2, 1, 0]), width: 4, height: 4, scale: .linear,
                                 floor: 1, glyphs: .ascii)
        #expect(plot.rows == ["**  ", " ** ", "  **", "   *"])
    }

    @Test func aLogScaleMakesEqualRatiosEqualSteps() {
        // log₁₀ of 100, 10, 1, 0.1 is 2, 1, 0, −1: the same staircase as 3, 2, 1, 0.
        let plot = LossPlot.body(columns: Self.columns([100, 10, 1, 0.1]), width: 4, height: 4, scale: .logarithmic,
                                 floor: 0.1, glyphs: .ascii)
        #expect(plot.rows == ["**  ", " ** ", "  **", "   *"])
        // A zero loss is drawn at the floor: 1, 0 with floor 0.01 spans log 0 … −2, so 1 is on
        // row 0 and 0 on row 2, and the second column joins the first: rows 0–2.
        let zero = LossPlot.body(columns: Self.columns([1, 0]), width: 2, height: 3, scale: .logarithmic,
                                 floor: 0.01, glyphs: .ascii)
        #expect(zero.rows == ["**", " *", " *"])
        #expect(zero.shown == 0.01...1)
    }

    @Test func divergenceMarkersAndGaps() {
        var columns = Self.columns([1, 1])
        var diverged = LossSummary()
        diverged.add(.nan)
        columns.append(diverged)
        columns.append(nil)
        let plot = LossPlot.body(columns: columns, width: 4, height: 3, scale: .linear, floor: 1, glyphs: .ascii)
        // A flat line sits in the middle row; the NaN column shows `!` on top; the empty one nothing.
        #expect(plot.rows == ["  ! ", "**  ", "    "])
        let empty = LossPlot.body(columns: [nil, nil], width: 2, height: 2, scale: .linear, floor: 1, glyphs: .unicode)
        #expect(empty.rows == ["  ", "  "] && empty.shown == nil)
    }

    @Test func axesLabelTheExtremesAndTheUpdates() {
        var history = LossHistory()
        for loss in [3.0, 2, 1, 0] { history.append(loss) }
        let rows = LossPlot.render(history: history, width: 13, height: 6, glyphs: .ascii)
        // Gutter of 8, the axis, 4 columns; rows: 4 of plot, the x axis, the update numbers 1 … 4.
        #expect(rows == [
            "       3+**  ",
            "        | ** ",
            "        |  **",
            "       0+   *",
            "        +----",
            "         1  4",
        ])
        #expect(LossPlot.render(history: history, width: 5, height: 6).allSatisfy { $0.isEmpty }, "too narrow to plot")
    }

    @Test func heatMapLevelsSplitTheRangeEvenly() {
        #expect(HeatMap.level(of: 0, in: 0...1, levels: 5) == 0)
        #expect(HeatMap.level(of: 0.19, in: 0...1, levels: 5) == 0)
        #expect(HeatMap.level(of: 0.2, in: 0...1, levels: 5) == 1)
        #expect(HeatMap.level(of: 0.99, in: 0...1, levels: 5) == 4)
        #expect(HeatMap.level(of: 1, in: 0...1, levels: 5) == 4)
        #expect(HeatMap.level(of: -3, in: 0...1, levels: 5) == 0)
        #expect(HeatMap.level(of: 7, in: 0...1, levels: 5) == 4)
        #expect(HeatMap.level(of: .nan, in: 0...1, levels: 5) == nil)
        #expect(HeatMap.level(of: 2, in: 2...2, levels: 5) == 2)
        #expect(HeatMap.rows(values: [0, 0.5, 0.75, 1], columns: 2, rows: 2, range: 0...1, glyphs: .unicode)
                == [" ▒", "▓█"])
        #expect(HeatMap.rows(values: [0, 0.5, 0.75, .nan], columns: 2, rows: 2, range: 0...1, glyphs: .ascii)
                == [" =", "*?"])
    }

    @Test func heatMapMarksThePointsByClass() throws {
        let samples = [Sample(inputs: [0.1, 1.9], targets: [1]), Sample(inputs: [3.9, 0.1], targets: [0]),
                       Sample(inputs: [2.1, 1.1], targets: [1]), Sample(inputs: [2.2, 1.2], targets: [0])]
        let bounds = PlaneBounds(x1Min: 0, x1Max: 4, x2Min: 0, x2Max: 2)
        let surface = try #require(DecisionSurface(columns: 4, rows: 2, samples: samples, bounds: bounds))
        // No update yet: every value is NaN (`?`), under the points.
        #expect(HeatMap.rows(surface: surface, glyphs: .unicode) == ["●?◐?", "???○"])
        #expect(HeatMap.rows(surface: surface, glyphs: .ascii) == ["o?&?", "???x"])
        #expect(HeatMap.rows(surface: surface, glyphs: .ascii, showPoints: false) == ["????", "????"])
    }

    @Test func barsInEighthsAndInWholeCharacters() {
        // 0.5 of 4 characters = 16 eighths = 2 full blocks; 0.3 = 9.6 → 10 eighths = █ and ▎ (2/8).
        #expect(HorizontalBars.bar(0.5, width: 4, glyphs: .unicode) == "██  ")
        #expect(HorizontalBars.bar(0.3, width: 4, glyphs: .unicode) == "█▎  ")
        #expect(HorizontalBars.bar(0.3, width: 4, glyphs: .ascii) == "#   ")
        #expect(HorizontalBars.bar(.nan, width: 2, glyphs: .unicode) == "  ")
        // Label width 1, values "1" and "0.25" (width 4): 12 − 1 − 4 − 2 = 5 characters of bar.
        #expect(HorizontalBars.rows([("h", 1), ("o", 0.25)], width: 12) == ["h █████    1", "o █▎    0.25"])
        // Two decades: 1 fills the bar (10 − 1 − 4 − 2 = 3 characters), 0.1 half of it (1.5,
        // rounded to 2), 0.01 and below nothing.
        #expect(HorizontalBars.rows([("a", 1), ("b", 0.1), ("c", 0.01), ("d", 0)], width: 10,
                                    scale: .logarithmic(decades: 2), glyphs: .ascii)
                == ["a ###    1", "b ##   0.1", "c     0.01", "d        0"])
    }

    // MARK: - Golden files

    /// XOR trained for `updates` updates, with its history.
    static func trainedXOR(updates: Int) -> TrainingSession {
        var session = TrainingSession(trainer: TrainingSessionTests.xor, historyCapacity: 256)
        session.run(updates: updates)
        return session
    }

    @Test(arguments: PlotGlyphs.allCases)
    func lossPlotGolden(_ glyphs: PlotGlyphs) {
        let session = Self.trainedXOR(updates: 4000)
        let name = glyphs == .unicode ? "unicode" : "ascii"
        Golden.check(LossPlot.render(history: session.history, width: 48, height: 10, glyphs: glyphs),
                     named: "loss-plot-linear-\(name)")
        Golden.check(LossPlot.render(history: session.history, width: 48, height: 10, scale: .logarithmic, glyphs: glyphs),
                     named: "loss-plot-log-\(name)")
    }

    @Test(arguments: PlotGlyphs.allCases)
    func heatMapGolden(_ glyphs: PlotGlyphs) throws {
        var session = Self.trainedXOR(updates: 20000)
        var surface = try #require(DecisionSurface(columns: 32, rows: 12, samples: session.trainer.samples))
        session.refresh(&surface)
        Golden.check(HeatMap.rows(surface: surface, glyphs: glyphs), named: "heat-map-xor-\(glyphs == .unicode ? "unicode" : "ascii")")
    }

    @Test(arguments: PlotGlyphs.allCases)
    func gradientBarsGolden(_ glyphs: PlotGlyphs) {
        let session = Self.trainedXOR(updates: 2000)
        Golden.check(HorizontalBars.rows(for: session.magnitudes.layers, width: 40, glyphs: glyphs),
                     named: "gradient-bars-\(glyphs == .unicode ? "unicode" : "ascii")")
    }
}
