import BackpropCore
import Testing
@testable import Lessons

/// `[dataset]`: a built-in data set in place of `[[data]]`, its keys, defaults and errors.
struct DatasetKeyTests {
    /// The fixture (2 inputs, one sigmoid output) with its `[[data]]` (lines 18–20) replaced by `lines`.
    static func text(_ lines: [String], loss: String = "half_squared_error", extra: [Int: String] = [:]) -> String {
        var replacements: [Int: String] = [2: "loss = \"\(loss)\"", 18: "", 19: "", 20: ""]
        for (line, text) in extra { replacements[line] = text }
        return LessonFixture.text(replacing: replacements, appending: lines)
    }

    @Test func aDatasetTableDrawsTheSamplesWithTheLessonSeedByDefault() throws {
        let text = Self.text(["[dataset]", "name = \"spiral\"", "count = 40", "noise = 0.1"],
                             extra: [4: "seed = 12"])
        let lesson = try LessonLoader.parse(text, fileName: "t.toml")
        let recipe = DatasetRecipe(name: .spiral, count: 40, noise: 0.1, seed: 12)
        #expect(lesson.dataset == recipe)
        #expect(lesson.samples == recipe.samples())
        #expect(lesson.seed == 12)
    }

    @Test func countNoiseAndSeedHaveDefaults() throws {
        let lesson = try LessonLoader.parse(Self.text(["[dataset]", "name = \"circle\""]), fileName: "t.toml")
        #expect(lesson.dataset == DatasetRecipe(name: .circle, count: 200, noise: 0, seed: 0))
        #expect(lesson.samples.count == 200)
    }

    @Test func theDatasetSeedOverridesTheLessonSeed() throws {
        let lesson = try LessonLoader.parse(Self.text(["[dataset]", "name = \"xor\"", "seed = 3", "count = 9"],
                                                      extra: [4: "seed = 12"]), fileName: "t.toml")
        #expect(lesson.dataset?.seed == 3)
        #expect(lesson.seed == 12)
        #expect(lesson.samples == DatasetRecipe(name: .xor, count: 9, seed: 3).samples())
    }

    @Test func regressionSetsLoadWithASquaredError() throws {
        let lesson = try LessonLoader.parse(Self.text(["[dataset]", "name = \"sine\"", "count = 10"],
                                                      extra: [16: "activation = \"linear\""]), fileName: "t.toml")
        #expect(lesson.dataset?.name == .sine)
        #expect(lesson.samples.count == 10)
    }

    @Test func neitherDataNorDatasetIsAnError() {
        #expect(LessonFixture.messages(in: Self.text([])) == [
            "t.toml: data: required key is missing: give the samples as [[data]] tables, "
                + "or name a built-in data set in [dataset]",
        ])
    }

    @Test func bothDataAndDatasetIsAnError() {
        #expect(LessonFixture.messages(replacing: [:], appending: ["", "[dataset]", "name = \"xor\""]) == [
            "t.toml:22: dataset: a lesson takes its samples from [[data]] or from [dataset], not both; remove one of them",
        ])
    }

    @Test func unknownNameSuggestsTheNearest() {
        #expect(LessonFixture.messages(in: Self.text(["[dataset]", "name = \"spirl\""])) == [
            "t.toml:22: dataset.name: unknown data set \"spirl\" (did you mean spiral?); "
                + "allowed: xor, circle, gauss, spiral, line, sine",
        ])
    }

    @Test func countNoiseAndSeedAreCheckedForRangeAndType() {
        #expect(LessonFixture.messages(in: Self.text(["[dataset]", "name = \"gauss\"", "count = 0", "noise = 1.5",
                                                      "seed = -1"])) == [
            "t.toml:23: dataset.count: must be between 1 and 10000, found 0",
            "t.toml:24: dataset.noise: must be between 0 and 1, found 1.5",
            "t.toml:25: dataset.seed: must not be negative, found -1",
        ])
        #expect(LessonFixture.messages(in: Self.text(["[dataset]", "name = \"gauss\"", "count = 2.5", "noise = \"a\"",
                                                      "size = 3"])) == [
            "t.toml:23: dataset.count: expected an integer, found a float",
            "t.toml:24: dataset.noise: expected a number, found a string",
            "t.toml:25: dataset.size: unknown key; allowed here: name, count, noise, seed",
        ])
        #expect(LessonFixture.messages(in: Self.text(["[dataset]", "count = 5"])) == [
            "t.toml:21: dataset.name: required key is missing",
        ])
    }

    @Test func theSamplesMustFitTheNetwork() {
        #expect(LessonFixture.messages(in: Self.text(["[dataset]", "name = \"xor\""],
                                                     extra: [6: "inputs = 3", 15: "size = 2"])) == [
            "t.toml:22: dataset.name: the xor data set makes samples with 2 inputs and 1 target, "
                + "but the network has 3 inputs (network.inputs)",
            "t.toml:22: dataset.name: the xor data set makes samples with 2 inputs and 1 target, "
                + "but the output layer has 2 neurons",
        ])
    }

    @Test func theTargetsMustSuitTheLoss() {
        #expect(LessonFixture.messages(in: Self.text(["[dataset]", "name = \"line\""], loss: "binary_cross_entropy")) == [
            "t.toml:22: dataset.name: the line data set's targets lie in [-2.4, 2.4], but binary_cross_entropy "
                + "needs targets in [0, 1]; use half_squared_error or mse",
        ])
        // Classification targets 0 and 1 suit binary cross-entropy.
        #expect(LessonFixture.messages(in: Self.text(["[dataset]", "name = \"circle\""], loss: "binary_cross_entropy")) == [])
        #expect(LessonFixture.messages(in: Self.text(["[dataset]", "name = \"xor\""], loss: "cross_entropy",
                                                     extra: [16: "activation = \"softmax\""])) == [
            "t.toml:22: dataset.name: the xor data set makes samples with 2 inputs and 1 target, but cross_entropy "
                + "needs one-hot targets over two or more softmax outputs; use binary_cross_entropy with a "
                + "sigmoid output, or a squared error",
        ])
    }
}
