import Testing
@testable import Lessons

/// Nesting of any kind and any depth ends in a syntax error, never in a stack overflow:
/// the key scanner's recursion is bounded by ``KeyLocator/maxNesting``, not by the input.
struct DeepNestingTests {
    /// Ways to nest one level deeper, each written `depth` times after `x = ` or as a key.
    enum Nesting: String, CaseIterable, CustomTestStringConvertible {
        case arrays, inlineTables, arraysOfInlineTables, dottedKey, headerKey, dottedKeyOfArrays

        /// A file that nests `depth` levels this way and never closes them.
        func text(depth: Int) -> String {
            switch self {
            case .arrays: "x = " + String(repeating: "[", count: depth)
            case .inlineTables: "x = " + String(repeating: "{a=", count: depth)
            case .arraysOfInlineTables: "x = " + String(repeating: "[{a=", count: depth)
            case .dottedKey: Array(repeating: "a", count: depth).joined(separator: ".") + " = 1"
            case .headerKey: "[" + Array(repeating: "a", count: depth).joined(separator: ".") + "]\nb = 1"
            case .dottedKeyOfArrays:
                Array(repeating: "a", count: depth / 2).joined(separator: ".") + " = "
                    + String(repeating: "[", count: depth - depth / 2)
            }
        }

        var testDescription: String { rawValue }
    }

    /// The issue's reproducer went 35,000 arrays deep; a file (at most 1 MiB) holds a quarter million levels.
    @Test(arguments: Nesting.allCases, [KeyLocator.maxNesting + 1, 1000, 35_000, 250_000])
    func tooDeepIsASyntaxError(nesting: Nesting, depth: Int) throws {
        let error = try #require(throws: LessonError.self) {
            try LessonLoader.parse(nesting.text(depth: depth), fileName: "deep.toml")
        }
        #expect(error.problems.count == 1)
        let problem = try #require(error.problems.first)
        #expect(problem.message.hasPrefix("TOML syntax error"))
        #expect(problem.line == 1)
    }

    /// Up to the limit the scanner finds nothing: the schema (or toml++) has the say.
    @Test(arguments: [
        "x = " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200),
        "x = " + String(repeating: "{a=", count: 100) + "1" + String(repeating: "}", count: 100),
        Nesting.dottedKey.text(depth: 200), Nesting.headerKey.text(depth: 200),
    ])
    func withinTheLimitTheScannerFindsNoTrap(text: String) {
        #expect(KeyLocator(text: text).parserTrap() == nil)
        RobustnessTests.expectLessonOrProblems(text)
    }

    /// `list --lessons DIR` and the menu load every file of a folder: a deep one is an entry with its error.
    @Test func aDeepFileInAFolderIsListedAsFailing() throws {
        let folder = try LessonLibraryTests.folder([
            "01-deep.toml": Nesting.arrays.text(depth: 35_000), "02-good.toml": LessonLibraryTests.good,
        ])
        let entries = LessonLibrary(folders: [folder]).entries()
        #expect(entries.map(\.fileName) == ["01-deep.toml", "02-good.toml"])
        guard case .failure(let error) = entries[0].result else {
            Issue.record("the deep file loaded")
            return
        }
        #expect(error.problems.first?.message.contains("nested at most \(KeyLocator.maxNesting) deep") == true)
        #expect((try? entries[1].result.get()) != nil)
    }
}
