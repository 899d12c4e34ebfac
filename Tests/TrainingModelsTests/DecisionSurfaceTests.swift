import BackpropCore
import Glibc
import Testing
@testable import TrainingModels

/// ``DecisionSurface``: cell centers, values equal to forward passes, points in their cells.
struct DecisionSurfaceTests {
    static let network = Network(
        inputNames: ["x1", "x2"],
        layers: [LayerShape(name: "h", size: 3, activation: .tanh), LayerShape(name: "o", size: 1, activation: .sigmoid)],
        weights: [[[0.5, -1.2], [0.8, 0.3], [-0.7, 0.9]], [[1.1, -0.6, 0.4]]],
        biases: [[0.1, -0.2, 0.05], [0.3]])

    static let samples = [
        Sample(inputs: [0.1, 1.9], targets: [1]), Sample(inputs: [3.9, 0.1], targets: [0]),
        Sample(inputs: [2.1, 1.1], targets: [1]), Sample(inputs: [2.2, 1.2], targets: [0]),
    ]

    static var trainer: Trainer {
        Trainer(network: network, options: TrainingOptions(loss: .binaryCrossEntropy, learningRate: 0.1), samples: samples)
    }

    @Test func valuesAreForwardPassesAtTheCellCenters() throws {
        let bounds = PlaneBounds(x1Min: 0, x1Max: 4, x2Min: 0, x2Max: 2)
        var surface = try #require(DecisionSurface(columns: 4, rows: 2, samples: Self.samples, bounds: bounds))
        #expect(surface.values.allSatisfy { $0.isNaN }, "nothing computed yet")
        var trainer = Self.trainer
        surface.update(from: &trainer)
        // Cells are 1 wide and 1 high: cell (0, 0) is centred at (0.5, 1.5), cell (3, 1) at (3.5, 0.5).
        #expect(surface.center(column: 0, row: 0).x1 == 0.5 && surface.center(column: 0, row: 0).x2 == 1.5)
        #expect(surface.center(column: 3, row: 1).x1 == 3.5 && surface.center(column: 3, row: 1).x2 == 0.5)
        for row in 0..<2 {
            for column in 0..<4 {
                let (x1, x2) = surface.center(column: column, row: row)
                let expected = trainer.outputs(for: [x1, x2])[0]
                #expect(surface.value(column: column, row: row) == expected)
            }
        }
        // The hand-computed output at (0.5, 1.5): h = tanh(0.25 − 1.8 + 0.1, 0.4 + 0.45 − 0.2, −0.35 + 1.35 + 0.05).
        let h: [Double] = [tanh(-1.45), tanh(0.65), tanh(1.05)]
        let z: Double = 1.1 * h[0] - 0.6 * h[1] + 0.4 * h[2] + 0.3
        let y: Double = 1 / (1 + exp(-z))
        #expect(abs(surface.value(column: 0, row: 0) - y) < 1e-15)
    }

    @Test func pointsLandInTheirCellsWithTheirClasses() throws {
        let bounds = PlaneBounds(x1Min: 0, x1Max: 4, x2Min: 0, x2Max: 2)
        let surface = try #require(DecisionSurface(columns: 4, rows: 2, samples: Self.samples, bounds: bounds))
        #expect(surface.isClassification)
        #expect(surface.points.map { [$0.column, $0.row] } == [[0, 0], [3, 1], [2, 0], [2, 0]])
        #expect(surface.points.map(\.label) == [1, 0, 1, 0])
        #expect(surface.valueRange == 0...1)
        // A point outside the bounds is left out.
        let outside = try #require(DecisionSurface(columns: 4, rows: 2, samples: Self.samples + [Sample(inputs: [9, 9], targets: [1])],
                                                   bounds: bounds))
        #expect(outside.points.count == 4)
    }

    @Test func boundsComeFromTheDataWithAMargin() throws {
        let bounds = try #require(PlaneBounds(enclosing: Self.samples, margin: 0.1))
        // x₁ spans 0.1 … 3.9 (3.8 wide, 0.38 margin), x₂ 0.1 … 1.9 (1.8 high, 0.18 margin).
        #expect(abs(bounds.x1Min - (0.1 - 0.38)) < 1e-12 && abs(bounds.x1Max - (3.9 + 0.38)) < 1e-12)
        #expect(abs(bounds.x2Min - (0.1 - 0.18)) < 1e-12 && abs(bounds.x2Max - (1.9 + 0.18)) < 1e-12)
        let single = try #require(PlaneBounds(enclosing: [Sample(inputs: [2, 3], targets: [0])]))
        #expect(single == PlaneBounds(x1Min: 1, x1Max: 3, x2Min: 2, x2Max: 4))
        #expect(PlaneBounds(enclosing: []) == nil)
    }

    @Test func refusesWhatItCannotDraw() {
        let three = [Sample(inputs: [1, 2, 3], targets: [1])]
        #expect(DecisionSurface(columns: 4, rows: 2, samples: three) == nil)
        #expect(DecisionSurface(columns: 0, rows: 2, samples: Self.samples) == nil)
        #expect(DecisionSurface(columns: 4, rows: 2, samples: Self.samples, output: 1) == nil)
    }

    @Test func regressionTargetsHaveNoClassAndSetTheRange() throws {
        let samples = [Sample(inputs: [0, 0], targets: [-0.5]), Sample(inputs: [1, 1], targets: [0.7])]
        var surface = try #require(DecisionSurface(columns: 3, rows: 3, samples: samples))
        #expect(!surface.isClassification)
        #expect(surface.points.allSatisfy { $0.label == nil })
        #expect(surface.valueRange == -0.5...0.7, "before any update only the targets count")
        let network = Network(inputNames: ["x1", "x2"], layers: [LayerShape(name: "o", size: 1, activation: .linear)],
                              weights: [[[2, 0]]], biases: [[0]])
        var trainer = Trainer(network: network, options: TrainingOptions(loss: .mse, learningRate: 0.1), samples: samples)
        surface.update(from: &trainer)
        // y = 2x₁ over x₁ from −0.1 to 1.1: the cell centers are at −0.1 + (c + ½)·0.4 = 0.1, 0.5, 0.9.
        let range = try #require(surface.valueRange)
        #expect(abs(range.lowerBound - -0.5) < 1e-15 && abs(range.upperBound - 1.8) < 1e-12)
    }
}
