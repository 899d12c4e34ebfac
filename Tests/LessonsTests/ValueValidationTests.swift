import Testing
@testable import Lessons

/// Allowed values, ranges and limits: activations, losses, batch, reduction, init,
/// learning rate, iterations, seed, sizes and counts.
struct ValueValidationTests {
    @Test func unknownActivationListsTheAllowedOnesAndSuggestsTheNearest() {
        #expect(LessonFixture.messages(replacing: [11: "activation = \"sigmod\""]) == [
            "t.toml:11: network.layers[1].activation: unknown activation \"sigmod\" (did you mean sigmoid?); "
                + "allowed: sigmoid, tanh, relu, leaky_relu, linear, softmax",
        ])
    }

    @Test func unknownLossListsTheAllowedOnes() {
        #expect(LessonFixture.messages(replacing: [2: "loss = \"squared\""]) == [
            "t.toml:2: loss: unknown loss \"squared\"; allowed: half_squared_error, mse, cross_entropy, "
                + "binary_cross_entropy",
        ])
    }

    @Test func unknownBatchReductionAndInit() {
        #expect(LessonFixture.messages(replacing: [4: "batch = \"mini\"", 7: "reduction = \"avg\"", 12: "init = \"glorot\""]) == [
            "t.toml:4: batch: unknown batch mode \"mini\"; allowed: sample, full",
            "t.toml:7: network.reduction: unknown key; allowed here: inputs, layers",
            "t.toml:12: network.layers[1].init: unknown init \"glorot\"; allowed: uniform, xavier, he",
        ])
        #expect(LessonFixture.messages(replacing: [4: "reduction = \"total\""]) == [
            "t.toml:4: reduction: unknown reduction \"total\"; allowed: mean, sum",
        ])
    }

    @Test func reductionWithoutAFullBatchIsAccepted() throws {
        let lesson = try LessonLoader.parse(LessonFixture.text(replacing: [4: "reduction = \"sum\""]), fileName: "t.toml")
        #expect(lesson.options.batch == .sample)
        #expect(lesson.options.reduction == .sum)
    }

    @Test func softmaxOnlyOnTheLastLayer() {
        #expect(LessonFixture.messages(replacing: [11: "activation = \"softmax\""]) == [
            "t.toml:11: network.layers[1].activation: softmax is only allowed on the output layer (the last one)",
        ])
    }

    @Test func crossEntropyNeedsASoftmaxOutput() {
        #expect(LessonFixture.messages(replacing: [2: "loss = \"cross_entropy\""]) == [
            "t.toml:2: loss: cross_entropy needs a softmax output layer, but the last layer "
                + "(network.layers[2]) uses sigmoid",
        ])
    }

    @Test func binaryCrossEntropyNeedsASigmoidOutput() {
        #expect(LessonFixture.messages(replacing: [2: "loss = \"binary_cross_entropy\"", 16: "activation = \"linear\""]) == [
            "t.toml:2: loss: binary_cross_entropy needs a sigmoid output layer, but the last layer "
                + "(network.layers[2]) uses linear",
        ])
    }

    @Test func crossEntropyTargetsAreProbabilities() {
        let softmaxOutput: [Int: String] = [2: "loss = \"cross_entropy\"", 15: "size = 2", 16: "activation = \"softmax\""]
        #expect(LessonFixture.messages(replacing: softmaxOutput.merging([20: "y = [0.5, 0.4]"]) { $1 }) == [
            "t.toml:20: data[1].y: cross_entropy targets must sum to 1, found 0.9",
        ])
        #expect(LessonFixture.messages(replacing: softmaxOutput.merging([20: "y = [1.5, -0.5]"]) { $1 }) == [
            "t.toml:20: data[1].y[2]: cross_entropy targets must not be negative, found -0.5",
        ])
        // Within 1e-9 of 1 is a sum of 1: 0.7 + 0.2 + 0.1 is 0.9999999999999999 in doubles.
        let threeOutputs = softmaxOutput.merging([15: "size = 3", 20: "y = [0.7, 0.2, 0.1]"]) { $1 }
        #expect(LessonFixture.messages(replacing: threeOutputs) == [])
        #expect(LessonFixture.messages(replacing: softmaxOutput.merging([20: "y = [0.5, 0.50000001]"]) { $1 }) == [
            "t.toml:20: data[1].y: cross_entropy targets must sum to 1, found 1.00000001",
        ])
    }

    @Test func binaryCrossEntropyTargetsLieBetweenZeroAndOne() {
        #expect(LessonFixture.messages(replacing: [2: "loss = \"binary_cross_entropy\"", 20: "y = [1.5]"]) == [
            "t.toml:20: data[1].y[1]: binary_cross_entropy targets must be between 0 and 1, found 1.5",
        ])
    }

    @Test func learningRateMustBePositive() {
        #expect(LessonFixture.messages(replacing: [3: "learning_rate = 0"]) == [
            "t.toml:3: learning_rate: must be greater than 0, found 0",
        ])
        #expect(LessonFixture.messages(replacing: [3: "learning_rate = -0.25"]) == [
            "t.toml:3: learning_rate: must be greater than 0, found -0.25",
        ])
    }

    @Test func iterationsWithinTheirRange() {
        #expect(LessonFixture.messages(replacing: [4: "iterations = 0"]) == [
            "t.toml:4: iterations: must be between 1 and 1000000, found 0",
        ])
        #expect(LessonFixture.messages(replacing: [4: "iterations = 1_000_001"]) == [
            "t.toml:4: iterations: must be between 1 and 1000000, found 1000001",
        ])
    }

    @Test func seedMustNotBeNegative() {
        #expect(LessonFixture.messages(replacing: [4: "seed = -3"]) == ["t.toml:4: seed: must not be negative, found -3"])
    }

    @Test func titleMustNotBeEmpty() {
        #expect(LessonFixture.messages(replacing: [1: "title = \"  \""]) == ["t.toml:1: title: must not be empty"])
    }

    @Test func titleAndSummaryAreOneLine() {
        let rule = "must be one line (the menu and backprop list show it on one line); "
            + "in a multi-line string, end a line with \\ to join it to the next"
        #expect(LessonFixture.messages(replacing: [1: "title = \"One\\nTwo\""]) == ["t.toml:1: title: \(rule)"])
        #expect(LessonFixture.messages(replacing: [1: "title = \"T\"\nsummary = \"\"\"\nOne\nTwo\"\"\""])
                == ["t.toml:2: summary: \(rule)"])
        #expect(LessonFixture.messages(replacing: [1: "title = \"T\"\nsummary = \"\"\"\\\nOne \\\nTwo\"\"\""]).isEmpty,
                "a backslash at the line's end joins the lines")
    }

    @Test func initTogetherWithWeightsIsAnError() {
        #expect(LessonFixture.messages(replacing: [12: "init = \"he\"\nweights = [[1, 2], [3, 4]]"]) == [
            "t.toml:12: network.layers[1].init: init only applies to weights left out, but this layer gives "
                + "weights; remove init or weights",
        ])
    }

    // MARK: - Limits

    @Test func layerSizeWithinTheLimit() {
        #expect(LessonFixture.messages(replacing: [10: "size = 17"]) == [
            "t.toml:10: network.layers[1].size: must be between 1 and 16, found 17",
        ])
        #expect(LessonFixture.messages(replacing: [15: "size = 0"]) == [
            "t.toml:15: network.layers[2].size: must be between 1 and 16, found 0",
        ])
    }

    @Test func atMostEightLayers() {
        // Seven more layers after the data: TOML lets an array of tables continue anywhere.
        let extra = ["a", "b", "c", "d", "e", "f", "g"].flatMap { name in
            ["[[network.layers]]", "name = \"l\(name)\"", "size = 1", "activation = \"sigmoid\""]
        }
        #expect(LessonFixture.messages(replacing: [:], appending: extra) == [
            "t.toml:8: network.layers: at most 8 layers, found 9",
        ])
    }

    @Test func atLeastOneLayer() {
        let text = """
            title = "No layers"
            loss = "mse"
            learning_rate = 0.5
            [network]
            inputs = 2
            layers = []
            [[data]]
            x = [1, 2]
            y = [1]
            """
        #expect(LessonFixture.messages(in: text) == ["t.toml:6: network.layers: a network needs at least one layer"])
    }

    @Test func inputCountWithinTheLimit() {
        #expect(LessonFixture.messages(replacing: [6: "inputs = 17"]) == [
            "t.toml:6: network.inputs: must be between 1 and 16, found 17",
        ])
        #expect(LessonFixture.messages(replacing: [6: "inputs = 0"]) == [
            "t.toml:6: network.inputs: must be between 1 and 16, found 0",
        ])
        let names = (1...17).map { "\"i\($0)\"" }.joined(separator: ", ")
        #expect(LessonFixture.messages(replacing: [6: "inputs = [\(names)]"]) == [
            "t.toml:6: network.inputs: at most 16 inputs, found 17",
        ])
        #expect(LessonFixture.messages(replacing: [6: "inputs = []"]) == [
            "t.toml:6: network.inputs: needs at least one input",
        ])
    }

    @Test func inputCountNamesTheInputsXOneXTwo() throws {
        let lesson = try LessonLoader.parse(LessonFixture.text(replacing: [6: "inputs = 2"]), fileName: "t.toml")
        #expect(lesson.network.architecture.inputNames == ["x1", "x2"])
    }

    @Test func emptyData() {
        #expect(LessonFixture.messages(replacing: [4: "data = []", 18: "", 19: "", 20: ""]) == [
            "t.toml:4: data: needs at least one sample (a [[data]] table with x and y)",
        ])
    }

    @Test func atMostTenThousandSamples() {
        let samples = Array(repeating: ["[[data]]", "x = [0.5, 1]", "y = [1]"], count: 10_000).flatMap { $0 }
        #expect(LessonFixture.messages(replacing: [:], appending: samples) == [
            "t.toml:18: data: at most 10000 samples, found 10001",
        ])
    }
}
