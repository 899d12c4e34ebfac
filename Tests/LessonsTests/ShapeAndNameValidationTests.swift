import Testing
@testable import Lessons

/// Shapes that must fit the network (weights, biases, samples) and the names of inputs and layers.
struct ShapeAndNameValidationTests {
    // MARK: - Shapes

    @Test func weightsNeedOneRowPerNeuron() {
        #expect(LessonFixture.messages(replacing: [12: "weights = [[1, 2], [3, 4], [5, 6]]"]) == [
            "t.toml:12: network.layers[1].weights: expected 2 rows, found 3",
        ])
        #expect(LessonFixture.messages(replacing: [17: "weights = [[1, 2], [3, 4]]"]) == [
            "t.toml:17: network.layers[2].weights: expected 1 row, found 2",
        ])
    }

    @Test func eachWeightRowNeedsOneWeightPerInputOfTheLayer() {
        #expect(LessonFixture.messages(replacing: [12: "weights = [[1, 2, 3], [4, 5]]"]) == [
            "t.toml:12: network.layers[1].weights[1]: expected 2 weights (one per input), found 3",
        ])
        #expect(LessonFixture.messages(replacing: [17: "weights = [[1]]"]) == [
            "t.toml:17: network.layers[2].weights[1]: expected 2 weights (one per neuron of layer h), found 1",
        ])
    }

    @Test func aRowOnItsOwnLineIsReportedOnThatLine() {
        // Line 12 opens the matrix; row 2 is on line 15, after a blank line.
        #expect(LessonFixture.messages(replacing: [12: "weights = [\n  [1, 2],\n\n  [3],\n]"]) == [
            "t.toml:15: network.layers[1].weights[2]: expected 2 weights (one per input), found 1",
        ])
    }

    @Test func biasesNeedOnePerNeuron() {
        #expect(LessonFixture.messages(replacing: [12: "biases = [0.1]"]) == [
            "t.toml:12: network.layers[1].biases: expected 2 biases, found 1",
        ])
        #expect(LessonFixture.messages(replacing: [17: "biases = [0.1, 0.2]"]) == [
            "t.toml:17: network.layers[2].biases: expected 1 bias, found 2",
        ])
    }

    @Test func sampleInputsNeedOneValuePerInput() {
        #expect(LessonFixture.messages(replacing: [19: "x = [0.5, 1, 2]"]) == [
            "t.toml:19: data[1].x: expected 2 values (one per input), found 3",
        ])
    }

    @Test func sampleTargetsNeedOneValuePerOutput() {
        #expect(LessonFixture.messages(replacing: [20: "y = [1, 0]"]) == [
            "t.toml:20: data[1].y: expected 1 value (one per output neuron), found 2",
        ])
    }

    @Test func theThirdSampleIsDataThree() {
        let more = ["[[data]]", "x = [1, 1]", "y = [0]", "[[data]]", "x = [1]", "y = [0]"]
        #expect(LessonFixture.messages(replacing: [:], appending: more) == [
            "t.toml:25: data[3].x: expected 2 values (one per input), found 1",
        ])
    }

    @Test func samplesAsInlineTablesAreLocatedToo() {
        let inline = "data = [\n  { x = [0, 1], y = [1] },\n  { x = [1], y = [0] },\n]"
        #expect(LessonFixture.messages(replacing: [4: inline, 18: "", 19: "", 20: ""]) == [
            "t.toml:6: data[2].x: expected 2 values (one per input), found 1",
        ])
    }

    // MARK: - Layer names

    @Test func layerNamesAreALetterThenLettersAndUnderscores() {
        let rule = "layer names start with a letter and hold only letters and underscores (its neurons are name1, name2, ...)"
        #expect(LessonFixture.messages(replacing: [9: "name = \"h1\""]) == [
            "t.toml:9: network.layers[1].name: \(rule), found \"h1\"",
        ])
        #expect(LessonFixture.messages(replacing: [9: "name = \"_h\""]) == [
            "t.toml:9: network.layers[1].name: \(rule), found \"_h\"",
        ])
        #expect(LessonFixture.messages(replacing: [9: "name = \"\""]) == [
            "t.toml:9: network.layers[1].name: \(rule), found \"\"",
        ])
        #expect(LessonFixture.messages(replacing: [9: "name = \"hidden_one\""]) == [])
    }

    @Test func layerNamesAreUnique() {
        #expect(LessonFixture.messages(replacing: [14: "name = \"h\""]) == [
            "t.toml:14: network.layers[2].name: layer name \"h\" is already used by network.layers[1]",
        ])
    }

    @Test func layerNamesMustNotReadLikeParameters() {
        #expect(LessonFixture.messages(replacing: [14: "name = \"w\""]) == [
            "t.toml:14: network.layers[2].name: layer name \"w\" would name neurons w1, w2, ... like the "
                + "parameters; choose another name",
        ])
    }

    @Test func noNeuronMayShareAnInputsName() {
        #expect(LessonFixture.messages(replacing: [6: "inputs = 2", 9: "name = \"x\""]) == [
            "t.toml:9: network.layers[1].name: neuron x1 would have the same name as input x1",
        ])
        #expect(LessonFixture.messages(replacing: [6: "inputs = [\"a\", \"o1\"]"]) == [
            "t.toml:14: network.layers[2].name: neuron o1 would have the same name as input o1",
        ])
    }

    // MARK: - Input names

    @Test func inputNamesAreUniqueNonEmptyAndWithoutSpaces() {
        #expect(LessonFixture.messages(replacing: [6: "inputs = [\"i1\", \"i1\", \"\", \"a b\", \"tab\\t\"]"]) == [
            "t.toml:6: network.inputs[2]: input name \"i1\" is already used by network.inputs[1]",
            "t.toml:6: network.inputs[3]: input names must not be empty",
            "t.toml:6: network.inputs[4]: input names use ASCII letters, digits and underscores, starting with a letter; found \"a b\"",
            "t.toml:6: network.inputs[5]: input names use ASCII letters, digits and underscores, starting with a letter; found \"tab\\u0009\"",
        ])
        // Names go into LaTeX handouts: braces, backslashes and non-ASCII letters are refused.
        #expect(LessonFixture.messages(replacing: [6: "inputs = [\"x_{1}\", \"1x\"]"]) == [
            "t.toml:6: network.inputs[1]: input names use ASCII letters, digits and underscores, starting with a letter; found \"x_{1}\"",
            "t.toml:6: network.inputs[2]: input names use ASCII letters, digits and underscores, starting with a letter; found \"1x\"",
        ])
    }

    @Test func inputNamesMustNotReadLikeParameters() {
        #expect(LessonFixture.messages(replacing: [6: "inputs = [\"w1\", \"b12\"]"]) == [
            "t.toml:6: network.inputs[1]: \"w1\" reads like a parameter id (w1, b1, ...); choose another input name",
            "t.toml:6: network.inputs[2]: \"b12\" reads like a parameter id (w1, b1, ...); choose another input name",
        ])
    }

    @Test func anInputListSpreadOverLinesIsLocatedPerName() {
        #expect(LessonFixture.messages(replacing: [6: "inputs = [\n  \"i1\",\n  \"i1\",\n]"]) == [
            "t.toml:8: network.inputs[2]: input name \"i1\" is already used by network.inputs[1]",
        ])
    }
}

/// Names longer than ``LessonLimits/maxNameLength`` are refused on one short line, however long.
struct NameLengthTests {
    @Test(arguments: [LessonLimits.maxNameLength + 1, 1000, 200_000])
    func aLongInputNameIsRefusedWithItsLength(length: Int) {
        let name = "i" + String(repeating: "a", count: length - 1)
        #expect(LessonFixture.messages(replacing: [6: "inputs = [\"\(name)\", \"i2\"]"]) == [
            "t.toml:6: network.inputs[1]: input names are at most \(LessonLimits.maxNameLength) characters, "
                + "found \(length): \"iaaaaaaaaaaa…\"",
        ])
    }

    @Test(arguments: [LessonLimits.maxNameLength + 1, 200_000])
    func aLongLayerNameIsRefusedWithItsLength(length: Int) {
        let messages = LessonFixture.messages(replacing: [9: "name = \"\(String(repeating: "h", count: length))\""])
        #expect(messages.first == "t.toml:9: network.layers[1].name: layer names are at most "
                + "\(LessonLimits.maxNameLength) characters, found \(length): \"hhhhhhhhhhhh…\"")
        #expect(messages.allSatisfy { $0.count < 200 })
    }

    @Test func namesUpToTheLimitAreTaken() {
        let input = "i" + String(repeating: "a", count: LessonLimits.maxNameLength - 1)
        let layer = String(repeating: "h", count: LessonLimits.maxNameLength)
        #expect(LessonFixture.messages(replacing: [6: "inputs = [\"\(input)\", \"i2\"]", 9: "name = \"\(layer)\""]).isEmpty)
    }
}
