import Testing
@testable import Lessons

/// How problems read, and how near-miss names are found.
struct ErrorFormatTests {
    @Test func aProblemReadsFileLineKeyPathMessage() {
        let problem = LessonProblem(fileName: "lessons/x.toml", keyPath: "network.layers[2].weights", line: 14,
                                    column: nil, message: "expected 2 rows, found 3")
        #expect(problem.description == "lessons/x.toml:14: network.layers[2].weights: expected 2 rows, found 3")
    }

    @Test func unknownPartsAreLeftOut() {
        #expect(LessonProblem(fileName: "x.toml", keyPath: "title", line: nil, column: nil,
                              message: "required key is missing").description == "x.toml: title: required key is missing")
        #expect(LessonProblem(fileName: "x.toml", keyPath: "", line: 3, column: 17,
                              message: "TOML syntax error: oops").description == "x.toml:3:17: TOML syntax error: oops")
        #expect(LessonProblem(fileName: "x.toml", keyPath: "", line: nil, column: nil,
                              message: "no such file").description == "x.toml: no such file")
    }

    @Test func anErrorListsEveryProblemOnItsOwnLine() {
        let error = LessonError(problems: [
            LessonProblem(fileName: "a.toml", keyPath: "loss", line: 2, column: nil, message: "one"),
            LessonProblem(fileName: "a.toml", keyPath: "data", line: 9, column: nil, message: "two"),
        ])
        #expect(error.description == "a.toml:2: loss: one\na.toml:9: data: two")
    }

    @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        #expect(NameSuggestion.editDistance("kitten", "sitting") == 3)
        #expect(NameSuggestion.editDistance("learning_rte", "learning_rate") == 1)
        #expect(NameSuggestion.editDistance("", "abc") == 3)
        #expect(NameSuggestion.editDistance("same", "same") == 0)
    }

    @Test func suggestionsOnlyForNearMisses() {
        let keys = LessonSchema.lesson.names
        #expect(NameSuggestion.nearest(to: "learning_rte", among: keys) == "learning_rate")
        #expect(NameSuggestion.nearest(to: "Title", among: keys) == "title")
        #expect(NameSuggestion.nearest(to: "itterations", among: keys) == "iterations")
        #expect(NameSuggestion.nearest(to: "colour", among: keys) == nil)
        #expect(NameSuggestion.nearest(to: "z", among: ["x", "y"]) == nil)
    }
}
