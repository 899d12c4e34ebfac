import BackpropCore
import Testing
@testable import Lessons

/// Damaged lesson files end in problems, never in a crash: every line removed, the inputs
/// known to abort toml++, and thousands of seeded random edits.
struct RobustnessTests {
    /// Text to splice into lessons: TOML punctuation, odd numbers, names, and characters
    /// that toml++ mishandles.
    static let splices: [String] = [
        "[", "]", "[[", "]]", "[[[", "[.", "[ [", "{", "}", "{ }", "=", "= [", ",", ".", "\"", "'", "#", "\n", "\r",
        "\r\n", " ", "\t", "\u{0B}", "\\", "0", "-1", "+", "_", ":", "T", "Z", "e", "1.", ".5", "1__0", "0x", "0o7",
        "0b1", "1e999", "nan", "inf", "17", "9999999", "softmax", "x", "h", "a.b", "\"a\".b", "\"\"", "[]", "[[]]",
        "{}", "true", "1979-05-27", "1979-05-27T07:32:00Z", "07:32", "é", "𝔁", "\u{0}", "\\u0000", "\"\"\"", "'''",
        "\u{2028}", "\u{85}", "\u{A0}", "\u{FEFF}",
    ]

    /// A valid lesson written with inline tables, literal and multi-line strings, and a hex seed.
    static let inlineLesson = """
        title = 'Inline'  # a comment
        loss = \"\"\"mse\"\"\"
        learning_rate = 1e-1
        seed = 0x10
        network = { inputs = ["a", "b"], layers = [ { name = "h", size = 2, activation = "tanh" },
          { name = "o", size = 1, activation = "linear", weights = [[1, -2.5e-1]] } ] }
        data = [ { x = [1, 2], y = [3] }, { x = [-4, +5], y = [6] } ]
        """

    /// Loads `text` and checks the outcome is a lesson or a well-formed error.
    static func expectLessonOrProblems(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let lesson = try LessonLoader.parse(text, fileName: "m.toml")
            // A lesson that loads can be trained from without tripping the core's preconditions.
            var trainer = lesson.trainer
            _ = trainer.tracedStep()
        } catch {
            #expect(!error.problems.isEmpty, sourceLocation: sourceLocation)
            #expect(error.problems.allSatisfy { !$0.message.isEmpty && $0.fileName == "m.toml" },
                    sourceLocation: sourceLocation)
        }
    }

    @Test func theInlineLessonLoads() throws {
        let lesson = try LessonLoader.parse(Self.inlineLesson, fileName: "inline.toml")
        #expect(lesson.seed == 16)
        #expect(lesson.samples[1].inputs == [-4, 5])
        #expect(lesson.network.parameters[4...5] == [1, -0.25])
    }

    @Test func everySingleLineRemoved() {
        let lines = LessonFixture.lines
        for k in lines.indices {
            var damaged = lines
            damaged.remove(at: k)
            Self.expectLessonOrProblems(damaged.joined(separator: "\n"))
        }
    }

    /// Each of these aborted the process inside toml++ before the loader learned to spot them.
    @Test(arguments: [
        ("[.network]\n", 1, 2, "a key after '[' in a table header, saw '.'"),
        ("a = 1\n[[[data]]]\n", 2, 3, "a key after '[' in a table header, saw '['"),
        ("a = 1\n[\nb = 2\n", 2, 2, "a key after '[' in a table header, saw a line break"),
        ("x = [1, }]\n", 1, 9, "a value or ']' in the array, saw '}'"),
        ("x = [1, \u{2028}]\n", 1, 9, "a value or ']' in the array, saw '\\u2028'"),
        ("t = 1979-05-27Tx:00\n", 1, 9, "a number or a boolean (lessons use no times or dates), saw '-'"),
        ("x = [1979-05-27 1]\n", 1, 10, "a number or a boolean (lessons use no times or dates), saw '-'"),
        ("x = 12:30\n", 1, 7, "a number or a boolean (lessons use no times or dates), saw ':'"),
        ("x = 1é\n", 1, 6, "a number or a boolean, saw 'é'"),
    ])
    func inputsThatAbortTOMLKitAreSyntaxErrors(text: String, line: Int, column: Int, expected: String) {
        let problems = LessonFixture.problems(in: text)
        #expect(problems.map(\.description) == ["t.toml:\(line):\(column): TOML syntax error: expected \(expected)"])
    }

    @Test func anEarlierSyntaxErrorIsReportedBeforeSuchAnInput() {
        let text = LessonFixture.text(replacing: [3: "learning_rate = = 0.5", 20: "y = 2000-01-01"])
        let problems = LessonFixture.problems(in: text)
        #expect(problems.map(\.line) == [3])
        #expect(problems.map(\.column) == [17])
    }

    @Test func numbersWithSignsAndExponentsAreNotMistakenForDates() {
        let text = LessonFixture.text(replacing: [3: "learning_rate = +2.5E-1", 19: "x = [-1_000, 1e+2]"])
        #expect(LessonFixture.messages(in: text) == [])
    }

    @Test func seededRandomSplices() {
        var generator = SplitMix64(seed: 2024)
        let sources = [LessonFixture.text(), SeededInitializationTests.drawnLesson, Self.inlineLesson]
        for round in 0..<2_000 {
            var text = Array(sources[round % sources.count].unicodeScalars)
            for _ in 0...(round % 4) {
                let at = Int(generator.next() % UInt64(text.count + 1))
                let cut = Int(generator.next() % 4)
                let pick = generator.next()
                let splice = pick % 3 == 0
                    ? String(UnicodeScalar(UInt8(32 + (pick >> 8) % 95)))  // any printable ASCII character
                    : Self.splices[Int((pick >> 2) % UInt64(Self.splices.count))]
                text.replaceSubrange(at..<min(text.count, at + cut), with: splice.unicodeScalars)
            }
            var result = String.UnicodeScalarView()
            result.append(contentsOf: text)
            Self.expectLessonOrProblems(String(result))
        }
    }
}
