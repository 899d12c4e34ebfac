import BackpropCore
import Testing
@testable import Lessons

/// Weights left out of a lesson are drawn from SplitMix64, the same everywhere.
///
/// The expected numbers come from an independent reference implementation of SplitMix64
/// (Python, arbitrary-precision integers masked to 64 bits):
///
/// ```python
/// M = (1 << 64) - 1
/// def splitmix64(seed):
///     s = seed
///     while True:
///         s = (s + 0x9E3779B97F4A7C15) & M
///         z = s
///         z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
///         z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
///         yield z ^ (z >> 31)
/// units = [(v >> 11) * 2.0**-53 for v in first six outputs of splitmix64(0)]
/// weight = -r + 2 * r * unit        # r = sqrt(6 / (fan_in + fan_out)) for xavier,
///                                   # sqrt(6 / fan_in) for he, 1 for uniform
/// ```
struct SeededInitializationTests {
    /// The first six outputs of SplitMix64 seeded with 0.
    static let seedZeroOutputs: [UInt64] = [
        0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F,
        0xF88B_B8A8_724C_81EC, 0x1B39_896A_51A8_749B, 0x53CB_9F0C_747E_A2EA,
    ]

    /// The same outputs as unit doubles: the top 53 bits times 2⁻⁵³.
    static let seedZeroUnits = [
        0.8833108082136426, 0.43152799704850997, 0.026433771592597743,
        0.9708819781538285, 0.10634669156721244, 0.32732576421812576,
    ]

    /// A 2-2-1 sigmoid lesson with no weights, biases or seed.
    static let drawnLesson = """
        title = "Drawn"
        loss = "half_squared_error"
        learning_rate = 0.5
        [network]
        inputs = 2
        [[network.layers]]
        name = "h"
        size = 2
        activation = "sigmoid"
        [[network.layers]]
        name = "o"
        size = 1
        activation = "sigmoid"
        [[data]]
        x = [0, 1]
        y = [1]
        """

    @Test func splitMix64MatchesTheReference() {
        var generator = SplitMix64(seed: 0)
        #expect((0..<6).map { _ in generator.next() } == Self.seedZeroOutputs)
        var units = SplitMix64(seed: 0)
        #expect((0..<6).map { _ in units.nextUnit() } == Self.seedZeroUnits)
    }

    @Test func leftOutWeightsAreXavierDrawsInLayerOrderAndBiasesAreZero() throws {
        let lesson = try LessonLoader.parse(Self.drawnLesson, fileName: "drawn.toml")
        // h: r = √(6/4); o: r = √(6/3). Four draws for h (w1..w4), then two for o (w5, w6).
        #expect(lesson.network.parameters == [
            0.9389158930172474, -0.1677214688974944, -1.1599956190124474, 1.1534205755492555,
            -1.1134196953173745, -0.48839649223027226,
            0, 0, 0,
        ])
        #expect(lesson.seed == 0)
    }

    @Test func anAbsentSeedIsSeedZero() throws {
        let implicit = try LessonLoader.parse(Self.drawnLesson, fileName: "a.toml")
        let explicit = try LessonLoader.parse("seed = 0\n" + Self.drawnLesson, fileName: "b.toml")
        #expect(implicit.network.parameters == explicit.network.parameters)
    }

    @Test func theSameSeedGivesTheSameWeightsAndAnotherSeedOthers() throws {
        let first = try LessonLoader.parse("seed = 42\n" + Self.drawnLesson, fileName: "a.toml")
        let again = try LessonLoader.parse("seed = 42\n" + Self.drawnLesson, fileName: "a.toml")
        let other = try LessonLoader.parse("seed = 43\n" + Self.drawnLesson, fileName: "a.toml")
        #expect(first.seed == 42)
        #expect(first.network.parameters == again.network.parameters)
        #expect(first.network.parameters != other.network.parameters)
        // A different seed is a different SplitMix64 stream: the first weight is the seed-42 draw.
        var generator = SplitMix64(seed: 42)
        let r = (6.0 / 4).squareRoot()
        #expect(first.network.parameters[0] == -r + 2 * r * generator.nextUnit())
    }

    @Test func onlyLayersWithoutWeightsDrawAndEachUsesItsScheme() throws {
        let text = """
            title = "Mixed"
            loss = "mse"
            learning_rate = 0.1
            [network]
            inputs = 2
            [[network.layers]]
            name = "first"
            size = 2
            activation = "relu"       # he by default: r = √(6/2)
            [[network.layers]]
            name = "middle"
            size = 2
            activation = "sigmoid"
            weights = [[1, 2], [3, 4]]  # given: draws nothing
            [[network.layers]]
            name = "last"
            size = 1
            activation = "sigmoid"
            init = "uniform"            # r = 1
            biases = [0.5]
            [[data]]
            x = [1, 2]
            y = [0.5]
            """
        let lesson = try LessonLoader.parse(text, fileName: "mixed.toml")
        #expect(lesson.network.parameters == [
            1.3278275898326375, -0.2371939760159738, -1.6404815367007768, 1.631183021061938,
            1, 2, 3, 4,
            -0.7873066168655751, -0.3453484715637485,
            0, 0, 0, 0, 0.5,
        ])
    }

    @Test func theDefaultSchemeIsHeForReLULayersAndXavierOtherwise() {
        #expect(InitialWeights.defaultScheme(for: .relu) == .he)
        #expect(InitialWeights.defaultScheme(for: .leakyReLU) == .he)
        for activation in [Activation.sigmoid, .tanh, .linear, .softmax] {
            #expect(InitialWeights.defaultScheme(for: activation) == .xavier)
        }
    }
}
