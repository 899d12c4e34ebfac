import Testing
@testable import Lessons
@testable import Reports

/// The worksheet: given values, a blank per value in order, and the answer key after a page break.
struct WorksheetTests {
    @Test func lesson4sWorksheetHasABlankPerStepAndItsAnswersAfterThePageBreak() throws {
        // Lesson 4: z_h1 = 1·1 − 1 = 0, a_h1 = 0.5, y = 2·0.5 = 1, ∂l/∂a_h1 = 2, ∂l/∂z_h1 = 0.25·2 = 0.5.
        let lesson = try ReportsFixtures.shipped("04-backward-one-neuron.toml")
        let text = Worksheet(lesson: lesson).text
        let parts = text.components(separatedBy: "<div style=\"page-break-after: always\"></div>")
        #expect(parts.count == 2)
        let sheet = parts[0], key = parts[1]
        let steps = lesson.timeline(iterations: 1).stepsPerIteration
        #expect(sheet.components(separatedBy: "= \\_\\_\\_\\_\\_\\_\\_\\_").count - 1 == steps)
        #expect(sheet.contains("| $`w_{2}`$ | h1 → o1 | 2 |") && sheet.contains("| $`b_{1}`$ | bias of h1 | -1 |"))
        #expect(sheet.contains("1. $`z_{h1} = x_{1} \\cdot w_{1} + b_{1}`$ = "))
        #expect(!sheet.contains("= 0.5`$") && !sheet.contains("= 2`$"), "no answer before the page break")
        #expect(key.hasPrefix("\n\n## Answer key\n\n1. $`z_{h1} = 0`$\n2. $`a_{h1} = 0.5`$\n"))
        #expect(key.contains("$`\\frac{\\partial l}{\\partial a_{h1}} = 2`$"))
        #expect(key.contains("$`\\frac{\\partial l}{\\partial z_{h1}} = 0.5`$"))
    }

    @Test func theKeyHasFourSignificantDigits() throws {
        // Mazur's a_h1 = 0.593269992 is 0.5933 to 4 significant digits.
        let text = Worksheet(lesson: try ReportsFixtures.workedExample()).text
        #expect(text.contains("2. $`a_{h1} = 0.5933`$"))
    }
}
