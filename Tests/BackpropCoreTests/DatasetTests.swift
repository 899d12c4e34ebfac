import Testing
import Glibc
@testable import BackpropCore

/// The built-in data sets: the same points for the same seed (bit for bit, against an
/// independent Python implementation of the documented recipes), and the shapes they promise.
struct DatasetTests {
    /// Five samples of each set for seed 42 and noise 0.25, as [x₁, x₂, target], in order.
    ///
    /// Printed by `python3 Tests/Reference/datasets.py`, a second implementation of
    /// SplitMix64 and of the recipes in ``DatasetRecipe``, written from their documentation.
    static let golden: [DatasetName: [[Double]]] = [
        .xor: [
            [0x1.bc6050af14ed3p-2, 0x1.00116e9b3825ap-1, 0x1p0],
            [-0x1.e69398265c661p+0, 0x1.7c1d34fe6bc75p+0, 0x1p0],
            [-0x1.3adc5651d87eep+2, 0x1.fdbb604994eaap+1, 0x1p0],
            [0x1.5b9a612555ff6p+1, -0x1.d9b6f663ea63bp+1, 0x1p0],
            [-0x1.10e998e3d2c66p+2, -0x1.614b3294af433p-2, 0x1p0],
        ],
        .circle: [
            [-0x1.8dbe96a036369p+0, -0x1.02eeaa5584c18p+0, 0],
            [-0x1.339bbe852126cp+2, 0x1.1faa246cdcea9p+0, 0],
            [-0x1.e70734875cb4dp+1, -0x1.61ed68994c665p-5, 0],
            [-0x1.e67372a0e4f05p-3, 0x1.d0c00918ea2afp-2, 0x1p0],
            [-0x1.7bdd72201e494p+0, 0x1.958bac7066dd3p+0, 0],
        ],
        .gauss: [
            [0x1.4066794d86388p+0, 0x1.10b88b1cd3fd1p+2, 0x1p0],
            [0x1.514e3645ac6c8p-1, 0x1.4cd9c369fcdb2p+0, 0x1p0],
            [0x1.18e240881c5dfp+2, -0x1.977e58bb6c9d0p-1, 0x1p0],
            [-0x1.3da14244489f1p+1, -0x1.f795f85752228p-1, 0],
            [-0x1.41797ac8ad7a1p+1, -0x1.9dc6c641048eep+0, 0],
        ],
        .spiral: [
            [0x1.eeb991317f5b4p-4, -0x1.5c40733136644p-3, 0x1p0],
            [0x1.53f02785cd106p+1, 0x1.d9ccc3a7c8eabp+0, 0x1p0],
            [-0x1.205a638eeb226p-3, 0x1.33d8d7ba7a78ap-3, 0],
            [0x1.81b06321b5e8ep-1, 0x1.80ab7d0b58bdcp+0, 0],
            [-0x1.e3584353979b4p-1, -0x1.8572a06fbcd8cp+0, 0x1p0],
        ],
        .line: [
            [0x1.4939138fb7580p-3, 0x1.ebd8cb3af9080p-3, 0x1.5f17976c2c266p-11],
            [-0x1.ebbb5a6b791e8p+0, 0x1.6bfa16a1f1f94p+0, -0x1.1fd1d8990e40ep-3],
            [-0x1.62caf6f19327ap+2, 0x1.1acc95eeb5828p+2, -0x1.b55de177ab52dp-4],
            [0x1.730b2ce51f848p+1, -0x1.05305664e8cb3p+2, -0x1.d9e41c9f33436p-3],
            [-0x1.30747a0725e3ep+2, -0x1.ba7ffa0e40a00p-5, -0x1.17c1c859f0a70p-1],
        ],
        .sine: [
            [-0x1.b087955660b39p+1, 0x1.cdc54397b7b50p+1, -0x1.cd0a271cc3470p-1],
            [0x1.6bfa16a1f1f94p+0, -0x1.c545524133dd7p+1, 0x1.56bea6af4d8c5p-1],
            [0x1.4939138fb7580p-3, 0x1.ebd8cb3af9080p-3, 0x1.58f7478a8849ap-2],
            [0x1.730b2ce51f848p+1, -0x1.05305664e8cb3p+2, 0x1.d76dde4a558d7p-1],
            [-0x1.dea5680b547d8p+0, -0x1.62caf6f19327ap+2, -0x1.8f4ca35e29862p-2],
        ],
    ]

    @Test(arguments: DatasetName.allCases)
    func fixedSeedGivesTheReferencePoints(_ name: DatasetName) throws {
        let samples = DatasetRecipe(name: name, count: 5, noise: 0.25, seed: 42).samples()
        let expected = try #require(Self.golden[name])
        #expect(samples.map { $0.inputs + $0.targets } == expected)
    }

    @Test(arguments: DatasetName.allCases)
    func sameRecipeSameSamplesOtherSeedOtherSamples(_ name: DatasetName) {
        let recipe = DatasetRecipe(name: name, count: 300, noise: 0.1, seed: 9)
        #expect(recipe.samples() == recipe.samples())
        var other = recipe
        other.seed = 10
        #expect(recipe.samples() != other.samples())
        let samples = recipe.samples()
        #expect(samples.count == 300)
        #expect(samples.allSatisfy { $0.inputs.count == 2 && $0.targets.count == 1 })
        #expect(samples.allSatisfy { name.targetBounds.contains($0.targets[0]) })
    }

    @Test(arguments: [DatasetName.xor, .circle, .line, .sine])
    func noiseMovesOnlyTheLabelsNotThePoints(_ name: DatasetName) {
        let clean = DatasetRecipe(name: name, count: 100, noise: 0, seed: 3).samples()
        let noisy = DatasetRecipe(name: name, count: 100, noise: 0.5, seed: 3).samples()
        #expect(clean.map(\.inputs) == noisy.map(\.inputs))
        #expect(clean.map(\.targets) != noisy.map(\.targets))
    }

    @Test func xorLabelsTheQuadrantsWhereTheSignsDiffer() {
        let samples = DatasetRecipe(name: .xor, count: 1000, seed: 5).samples()
        for sample in samples {
            let x = sample.inputs[0], y = sample.inputs[1]
            #expect((0.3...5.3).contains(abs(x)) && (0.3...5.3).contains(abs(y)))
            #expect(sample.targets[0] == ((x < 0) != (y < 0) ? 1 : 0))
        }
        // All four quadrants are used.
        let quadrants = Set(samples.map { [$0.inputs[0] > 0, $0.inputs[1] > 0] })
        #expect(quadrants.count == 4)
    }

    @Test func circleHasTheDiscInsideTheRing() {
        let samples = DatasetRecipe(name: .circle, count: 501, seed: 11).samples()
        let inside = samples.filter { $0.targets[0] == 1 }
        #expect(inside.count == 251)
        for sample in samples {
            let r = hypot(sample.inputs[0], sample.inputs[1])
            if sample.targets[0] == 1 {
                #expect(r <= 2.5 + 1e-12)
            } else {
                #expect(r >= 3.5 - 1e-12 && r <= 5 + 1e-12)
            }
        }
        // Directions cover the whole circle: every quarter holds points.
        let quarters = Set(samples.map { Int((atan2($0.inputs[1], $0.inputs[0]) + .pi) / (.pi / 2)) % 4 })
        #expect(quarters.count == 4)
    }

    @Test func gaussClustersHaveTheirCentersAndVariance() {
        let samples = DatasetRecipe(name: .gauss, count: 4000, noise: 0, seed: 2).samples()
        for (target, center) in [(1.0, 2.0), (0.0, -2.0)] {
            let cluster = samples.filter { $0.targets[0] == target }
            #expect(cluster.count == 2000)
            let xs = cluster.map { $0.inputs[0] }
            let mean = xs.reduce(0, +) / Double(xs.count)
            let variance = xs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(xs.count - 1)
            // σ² = 0.5: the mean is within 4 standard errors (4·√(0.5/2000) ≈ 0.063).
            #expect(abs(mean - center) < 0.063)
            #expect(abs(variance - 0.5) < 0.05)
            // Irwin–Hall values lie within 6σ.
            #expect(xs.allSatisfy { abs($0 - center) <= 6 * 0.5.squareRoot() })
        }
    }

    @Test func spiralArmsWindOneAndThreeQuarterTurnsHalfATurnApart() {
        let count = 400, n = 200
        let samples = DatasetRecipe(name: .spiral, count: count, seed: 4).samples()
        #expect(samples.filter { $0.targets[0] == 1 }.count == n)
        for sample in samples {
            let x = sample.inputs[0], y = sample.inputs[1]
            let r = hypot(x, y)
            #expect(r < 5)
            guard r > 1e-9 else { continue }
            // r = 5i/n, so i = rn/5, and the angle (atan2(x, y), measured from the y axis
            // towards x) is 1.75·i/n turns, plus ½ for class 0.
            let i = (r * Double(n) / 5).rounded()
            #expect(abs(r - 5 * i / Double(n)) < 1e-12)
            let expected = 1.75 * i / Double(n) + (sample.targets[0] == 1 ? 0 : 0.5)
            var difference = atan2(x, y) / (2 * .pi) - expected
            difference -= difference.rounded()
            #expect(abs(difference) < 1e-12)
        }
        #expect(samples.prefix(20).contains { $0.targets[0] == 0 } && samples.prefix(20).contains { $0.targets[0] == 1 },
                "the classes are shuffled together")
    }

    @Test func lineAndSineTargetsFollowTheirFormulas() {
        for sample in DatasetRecipe(name: .line, count: 500, seed: 8).samples() {
            #expect(sample.targets[0] == (sample.inputs[0] + sample.inputs[1]) / 10)
            #expect(abs(sample.inputs[0]) <= 6 && abs(sample.inputs[1]) <= 6)
        }
        for sample in DatasetRecipe(name: .sine, count: 500, seed: 8).samples() {
            #expect(abs(sample.targets[0] - sin(.pi * sample.inputs[0] / 6)) < 1e-15)
        }
    }

    @Test func turnTrigonometryAgreesWithTheCLibrary() {
        var worst = 0.0
        for k in -1000...1000 {
            let turns = Double(k) / 997
            let (s, c) = TurnTrigonometry.sineAndCosine(turns: turns)
            worst = max(worst, abs(s - sin(2 * .pi * turns)), abs(c - cos(2 * .pi * turns)))
        }
        // Within one turn the rounding of the C library's argument 2π·turns (at most half a
        // unit of 8.9·10⁻¹⁶) and a few units in the last place of each result remain.
        #expect(worst < 2e-15)
        // Whole turns change nothing: the reduction is exact for dyadic angles.
        for j in 0..<1024 {
            let turns = Double(j) / 1024
            let once = TurnTrigonometry.sineAndCosine(turns: turns)
            for k in [-7.0, -1, 1, 40] {
                let again = TurnTrigonometry.sineAndCosine(turns: turns + k)
                #expect(again.sine == once.sine && again.cosine == once.cosine)
            }
        }
        // Quarter turns come out exact.
        #expect(TurnTrigonometry.sineAndCosine(turns: 0) == (0, 1))
        #expect(TurnTrigonometry.sineAndCosine(turns: 0.25).sine == 1)
        #expect(TurnTrigonometry.sineAndCosine(turns: 0.5).cosine == -1)
        #expect(TurnTrigonometry.sineAndCosine(turns: -0.25).sine == -1)
        #expect(abs(TurnTrigonometry.sine(turns: 1.0 / 12) - 0.5) < 2e-16)
    }

    @Test func shuffleIsAPermutationAndIndexStaysBelowItsBound() {
        var random = SplitMix64(seed: 1)
        var values = Array(0..<100)
        random.shuffle(&values)
        #expect(values.sorted() == Array(0..<100))
        #expect(values != Array(0..<100))
        for bound in [1, 2, 3, 7, 1000] {
            for _ in 0..<200 { #expect((0..<bound).contains(random.nextIndex(below: bound))) }
        }
    }
}
