import Testing
@testable import Lessons

/// Unknown keys, missing keys, wrong types and non-finite numbers: the checks the schema makes.
///
/// Each test edits ``LessonFixture`` and expects the exact problems, which pins the
/// message, the key path and the line together (`t.toml:LINE: KEY.PATH: MESSAGE`).
struct SchemaValidationTests {
    @Test func theFixtureItselfLoads() {
        #expect(LessonFixture.messages(in: LessonFixture.text()) == [])
    }

    @Test func unknownTopLevelKeySuggestsTheNearestKnownOne() {
        let problems = LessonFixture.problems(in: LessonFixture.text(replacing: [3: "learning_rte = 0.5"]))
        #expect(problems.map(\.description) == [
            "t.toml: learning_rate: required key is missing",
            "t.toml:3: learning_rte: unknown key; did you mean learning_rate?",
        ])
        #expect(problems.last?.keyPath == "learning_rte")
        #expect(problems.last?.line == 3)
        #expect(problems.last?.column == nil)
        #expect(problems.last?.message == "unknown key; did you mean learning_rate?")
    }

    @Test func unknownKeyInAnArrayTableUsesTheOneBasedTablePosition() {
        #expect(LessonFixture.messages(replacing: [15: "sise = 1"]) == [
            "t.toml:13: network.layers[2].size: required key is missing",
            "t.toml:15: network.layers[2].sise: unknown key; did you mean size?",
        ])
    }

    @Test func unknownKeyFarFromAnyKnownOneListsTheAllowedKeys() {
        #expect(LessonFixture.messages(replacing: [:], appending: ["colour = \"red\""]) == [
            "t.toml:21: data[1].colour: unknown key; allowed here: x, y",
        ])
    }

    @Test func unknownTableIsAnUnknownKey() {
        #expect(LessonFixture.messages(replacing: [:], appending: ["[extras]", "text = \"hi\""]) == [
            "t.toml:21: extras: unknown key; allowed here: title, summary, loss, learning_rate, iterations, "
                + "batch, reduction, update_biases, seed, view, network, data, dataset, notes, quiz",
        ])
        // notes is known, but as [[notes]] tables, not one [notes] table.
        #expect(LessonFixture.messages(replacing: [:], appending: ["[notes]", "text = \"hi\""]) == [
            "t.toml:21: notes: expected an array of tables (one [[notes]] header each), found a table",
        ])
    }

    @Test func missingRequiredKeyPointsAtItsTableHeader() {
        #expect(LessonFixture.messages(replacing: [16: "# no activation"]) == [
            "t.toml:13: network.layers[2].activation: required key is missing",
        ])
    }

    @Test func missingTopLevelKeyHasNoLine() {
        let problems = LessonFixture.problems(in: LessonFixture.text(replacing: [1: ""]))
        #expect(problems.map(\.description) == ["t.toml: title: required key is missing"])
        #expect(problems.first?.line == nil)
    }

    @Test func missingTableIsReportedOnce() {
        let text = LessonFixture.lines[0..<4].joined(separator: "\n")
        #expect(LessonFixture.messages(in: text) == [
            "t.toml: network: required key is missing",
            "t.toml: data: required key is missing: give the samples as [[data]] tables, "
                + "or name a built-in data set in [dataset]",
        ])
    }

    @Test func stringWhereANumberBelongs() {
        #expect(LessonFixture.messages(replacing: [3: "learning_rate = \"0.5\""]) == [
            "t.toml:3: learning_rate: expected a number, found a string",
        ])
    }

    @Test func integersAreAcceptedWhereNumbersBelong() throws {
        let lesson = try LessonLoader.parse(
            LessonFixture.text(replacing: [3: "learning_rate = 2", 19: "x = [0, 1]"]), fileName: "t.toml")
        #expect(lesson.options.learningRate == 2)
        #expect(lesson.samples[0].inputs == [0, 1])
    }

    @Test func floatWhereAnIntegerBelongs() {
        #expect(LessonFixture.messages(replacing: [10: "size = 2.0"]) == [
            "t.toml:10: network.layers[1].size: expected an integer, found a float",
        ])
    }

    @Test func wrongElementTypeNamesTheElement() {
        #expect(LessonFixture.messages(replacing: [19: "x = [0.5, \"1\"]"]) == [
            "t.toml:19: data[1].x[2]: expected a number, found a string",
        ])
    }

    @Test func wrongTypeForABoolean() {
        #expect(LessonFixture.messages(replacing: [4: "update_biases = \"no\""]) == [
            "t.toml:4: update_biases: expected a boolean, found a string",
        ])
    }

    @Test func inputsMustBeACountOrAListOfNames() {
        #expect(LessonFixture.messages(replacing: [6: "inputs = \"i1\""]) == [
            "t.toml:6: network.inputs: expected an integer or an array of strings, found a string",
        ])
        #expect(LessonFixture.messages(replacing: [6: "inputs = [\"i1\", 2]"]) == [
            "t.toml:6: network.inputs[2]: expected a string, found an integer",
        ])
    }

    @Test func aTableWhereAnArrayOfTablesBelongs() {
        #expect(LessonFixture.messages(replacing: [18: "[data]"]) == [
            "t.toml:18: data: expected an array of tables (one [[data]] header each), found a table",
        ])
    }

    @Test func anArrayOfTablesWhereATableBelongs() {
        #expect(LessonFixture.messages(replacing: [5: "[[network]]"]) == [
            "t.toml:5: network: expected a table, found an array",
        ])
    }

    @Test func datesAreRefusedBeforeParsing() {
        // No lesson key takes a date or time, and toml++ aborts on some malformed ones, so
        // the loader refuses them as a syntax error at the first character that makes them one.
        #expect(LessonFixture.messages(replacing: [20: "y = 2000-01-01"]) == [
            "t.toml:20:9: TOML syntax error: expected a number or a boolean (lessons use no times or dates), saw '-'",
        ])
    }

    @Test func nonFiniteNumbersAreRefusedEverywhere() {
        #expect(LessonFixture.messages(replacing: [3: "learning_rate = nan", 19: "x = [inf, -inf]"]) == [
            "t.toml:3: learning_rate: expected a finite number, found nan",
            "t.toml:19: data[1].x[1]: expected a finite number, found inf",
            "t.toml:19: data[1].x[2]: expected a finite number, found -inf",
        ])
        #expect(LessonFixture.messages(replacing: [12: "weights = [[0.1, nan], [0.2, 0.3]]"]) == [
            "t.toml:12: network.layers[1].weights[1][2]: expected a finite number, found nan",
        ])
        #expect(LessonFixture.messages(replacing: [17: "biases = [+inf]"]) == [
            "t.toml:17: network.layers[2].biases[1]: expected a finite number, found inf",
        ])
    }

    @Test func everyProblemIsReportedInFileOrder() {
        // Found in a different order (top-level keys, then network, then data; keys sorted),
        // reported by line.
        let problems = LessonFixture.problems(in: LessonFixture.text(
            replacing: [20: "y = [\"1\"]", 11: "activation = \"sigmod\"", 3: "learning_rate = -1", 2: "zeta = 1"]))
        #expect(problems.compactMap(\.line) == [2, 3, 11, 20])
        #expect(problems.map(\.keyPath) == [
            "loss", "zeta", "learning_rate", "network.layers[1].activation", "data[1].y[1]",
        ])
    }
}
