import Lessons

/// A small valid lesson, line by line, that tests edit to make one thing wrong.
///
/// The line numbers in the tests refer to this text, so it is written out with them:
/// each test replaces or appends lines and expects problems at known lines.
enum LessonFixture {
    /// The valid 2-2-1 lesson every validation test starts from (line numbers in comments).
    static let lines: [String] = [
        "title = \"Fixture\"",               // 1
        "loss = \"half_squared_error\"",     // 2
        "learning_rate = 0.5",              // 3
        "",                                 // 4
        "[network]",                        // 5
        "inputs = [\"i1\", \"i2\"]",         // 6
        "",                                 // 7
        "[[network.layers]]",               // 8
        "name = \"h\"",                      // 9
        "size = 2",                         // 10
        "activation = \"sigmoid\"",          // 11
        "",                                 // 12
        "[[network.layers]]",               // 13
        "name = \"o\"",                      // 14
        "size = 1",                         // 15
        "activation = \"sigmoid\"",          // 16
        "",                                 // 17
        "[[data]]",                         // 18
        "x = [0.5, 1]",                     // 19
        "y = [1]",                          // 20
    ]

    /// The classic 2-2-2 worked example (Matt Mazur's "A Step by Step Backpropagation
    /// Example"): one sample, biases kept, η = 0.5; the tests check his published values.
    static let workedExample = """
        title = "Worked example"
        loss = "half_squared_error"
        learning_rate = 0.5
        update_biases = false
        [network]
        inputs = ["i1", "i2"]
        [[network.layers]]
        name = "h"
        size = 2
        activation = "sigmoid"
        weights = [[0.15, 0.20], [0.25, 0.30]]
        biases = [0.35, 0.35]
        [[network.layers]]
        name = "o"
        size = 2
        activation = "sigmoid"
        weights = [[0.40, 0.45], [0.50, 0.55]]
        biases = [0.60, 0.60]
        [[data]]
        x = [0.05, 0.10]
        y = [0.01, 0.99]
        """

    /// The fixture with some lines (1-based) replaced and extra lines appended.
    ///
    /// A replacement holding a line break becomes several lines and shifts the lines after it.
    static func text(replacing replacements: [Int: String] = [:], appending extra: [String] = []) -> String {
        var result = lines
        for (line, text) in replacements { result[line - 1] = text }
        return (result + extra).joined(separator: "\n") + "\n"
    }

    /// The problems `LessonLoader.parse` reports for `text` as `t.toml`, or none if it loads.
    static func problems(in text: String) -> [LessonProblem] {
        do {
            _ = try LessonLoader.parse(text, fileName: "t.toml")
            return []
        } catch {
            return error.problems
        }
    }

    /// The descriptions of the problems for `text`, one per problem.
    static func messages(in text: String) -> [String] {
        problems(in: text).map(\.description)
    }

    /// The problem descriptions for the fixture with some lines replaced and others appended.
    static func messages(replacing replacements: [Int: String], appending extra: [String] = []) -> [String] {
        messages(in: text(replacing: replacements, appending: extra))
    }
}
