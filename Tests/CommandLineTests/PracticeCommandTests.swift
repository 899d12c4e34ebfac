import Foundation
import Testing

/// `backprop practice --print-lesson` and `export --format worksheet`, run as a teacher would.
struct PracticeCommandTests {
    @Test func aPrintedExerciseIsALessonCheckAccepts() throws {
        let printed = try BackpropProcess.run(["practice", "--shape", "2-2-1", "--seed", "7", "--print-lesson"])
        #expect(printed.status == 0 && printed.standardError.isEmpty, "\(printed.standardError)")
        #expect(printed.standardOutput.contains("title = \"Practice 2-2-1, sigmoid, seed 7\""))
        // The same seed prints the same exercise.
        let again = try BackpropProcess.run(["practice", "--shape", "2-2-1", "--seed", "7", "--print-lesson"])
        #expect(again.standardOutput == printed.standardOutput)
        let file = try BackpropProcess.temporaryFile("practice-7.toml", printed.standardOutput)
        let check = try BackpropProcess.run(["check", file])
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
        // Its worksheet: 31 values of a 2-2-1 update (4·3 + 1 forward, loss and backward; 9 gradients,
        // 9 updates), the answer key after a page break.
        let sheet = try BackpropProcess.run(["export", file, "--format", "worksheet"])
        #expect(sheet.status == 0, "\(sheet.standardError)")
        let text = sheet.standardOutput
        #expect(text.hasPrefix("# Worksheet: Practice 2-2-1, sigmoid, seed 7\n"))
        #expect(text.contains("\n31. $`b_{3} \\leftarrow b_{3} - \\eta"))
        #expect(text.contains("<div style=\"page-break-after: always\"></div>\n\n## Answer key\n"))
    }

    @Test func aBadShapeIsAUsageError() throws {
        let result = try BackpropProcess.run(["practice", "--shape", "2-9", "--print-lesson"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("each layer of a practice network has 1 to 4 neurons"))
        let loss = try BackpropProcess.run(["practice", "--loss", "hinge", "--print-lesson"])
        #expect(loss.status == 64 && loss.standardError.contains("--loss hinge: choose half_squared_error"))
    }
}
