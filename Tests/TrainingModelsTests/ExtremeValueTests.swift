import BackpropCore
import Testing
@testable import TrainingModels

/// Any Double a lesson or an edit can hold (up to the largest finite one), and any that
/// training can make (±∞, NaN), draws without trapping: bounds, cells, shades and bars.
struct ExtremeValueTests {
    /// Finite values at every scale, where rounding loses a pad of 1 or a width overflows.
    static let finite: [Double] = [
        0, 1, -1, 0.5, 1e15, 1e16, -1e16, 1e17, 1e17 + 16, -1e17, 1e300, -1e300,
        .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude,
    ]
    /// Those and the values a diverged network gives.
    static let any: [Double] = finite + [.infinity, -.infinity, .nan]

    @Test func intClampingAgreesWithIntWhereIntIsDefinedAndClampsElsewhere() {
        for value in [0.0, 0.99, -0.99, 3.7, -3.7, 99.9, 100, 1e18] {
            #expect(Int(clamping: value, to: -100...100) == max(-100, min(100, Int(value))))
        }
        #expect(Int(clamping: .nan, to: 2...5) == 2)
        #expect(Int(clamping: .infinity, to: 2...5) == 5)
        #expect(Int(clamping: -.infinity, to: 2...5) == 2)
        #expect(Int(clamping: 1e300, to: 0...Int.max) == Int.max)
        #expect(Int(clamping: -1e300, to: Int.min...0) == Int.min)
        #expect(Int(clamping: 9.2e18, to: 0...Int.max) == 9_200_000_000_000_000_000)
    }

    @Test(arguments: finite)
    func boundsEncloseAnySamplesAndStayFiniteAndApart(x1: Double) throws {
        for x2 in Self.finite {
            for spread in [[x1], [x1, x2], [x1, -x2], [x2, x1, 0]] {
                let samples = spread.map { Sample(inputs: [$0, x2], targets: [1]) }
                let bounds = try #require(PlaneBounds(enclosing: samples))
                #expect([bounds.x1Min, bounds.x1Max, bounds.x2Min, bounds.x2Max].allSatisfy { $0.isFinite })
                #expect(bounds.x1Min < bounds.x1Max && bounds.x2Min < bounds.x2Max)
                for sample in samples {
                    #expect((bounds.x1Min...bounds.x1Max).contains(sample.inputs[0]))
                    #expect((bounds.x2Min...bounds.x2Max).contains(sample.inputs[1]))
                }
                // Every point lands in a cell of the grid, and every cell center is finite.
                let surface = try #require(DecisionSurface(columns: 7, rows: 3, samples: samples))
                #expect(surface.points.count == samples.count)
                #expect((0..<3).allSatisfy { row in
                    (0..<7).allSatisfy { surface.center(column: $0, row: row).x1.isFinite && surface.center(column: $0, row: row).x2.isFinite }
                })
            }
        }
    }

    @Test func aFlatSideIsPaddedByOneWhereOneStillCounts() throws {
        let small = try #require(PlaneBounds(enclosing: [Sample(inputs: [3, -2], targets: [0])]))
        #expect(small == PlaneBounds(x1Min: 2, x1Max: 4, x2Min: -3, x2Max: -1))
        // At 10¹⁷ a step of 1 rounds away; the pad is then one unit in the last place (16).
        let large = try #require(PlaneBounds(enclosing: [Sample(inputs: [1e17, 1e17], targets: [0])]))
        #expect(large.x1Min == 1e17 - 16 && large.x1Max == 1e17 + 16)
    }

    @Test(arguments: any)
    func aShadeIsInRangeForAnyValueAndAnyRange(value: Double) {
        let ranges: [ClosedRange<Double>] = [
            0...1, -1e300...1e300, -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude, 1e17...(1e17 + 32),
            5...5, -Double.infinity...Double.infinity,
        ]
        for range in ranges {
            let level = HeatMap.level(of: value, in: range, levels: 5)
            if value.isNaN {
                #expect(level == nil)
            } else {
                #expect(level.map { (0..<5).contains($0) } == true, "\(value) in \(range)")
            }
        }
        // Shades grow with the value: the smallest of them is the lowest, the largest the highest.
        #expect(HeatMap.level(of: -.infinity, in: 0...1, levels: 5) == 0)
        #expect(HeatMap.level(of: .infinity, in: 0...1, levels: 5) == 4)
        #expect(HeatMap.level(of: .greatestFiniteMagnitude, in: -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude, levels: 5) == 4)
        #expect(HeatMap.level(of: 0, in: -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude, levels: 5) == 2)
    }

    @Test(arguments: any)
    func aBarIsItsWidthForAnyFraction(fraction: Double) {
        for glyphs in [PlotGlyphs.unicode, .ascii] {
            #expect(HorizontalBars.bar(fraction, width: 9, glyphs: glyphs).count == 9)
        }
    }
}

extension ExtremeValueTests {
    @Test(arguments: [PlotScale.linear, .logarithmic])
    func aLossPlotDrawsAnyLosses(scale: PlotScale) {
        for losses in [Self.finite, Self.any, [1e308, 1e-308], [.infinity, .infinity], [.nan]] {
            var history = LossHistory()
            for loss in losses { history.append(abs(loss)) }
            for range: ClosedRange<Double>? in [nil, 0...1e300, -1e300...1e300, 0.5...0.5] {
                for glyphs in [PlotGlyphs.unicode, .ascii] {
                    let rows = LossPlot.render(history: history, width: 40, height: 8, scale: scale, glyphs: glyphs,
                                               range: range, middleTicks: true)
                    #expect(rows.count == 8)
                }
            }
        }
    }
}
