import BackpropCore
import Foundation
import Testing
@testable import Lessons

/// Lesson 12b, the worked example in the layer view: it opens in that view, and every number
/// its notes and quizzes write is Matt Mazur's published one (z⁽¹⁾ = (0.3775, 0.3925),
/// δ⁽²⁾ = (0.138498562, −0.038098236), ∂l/∂a_h1 = 0.036350306, ∂l/∂w₆ = 0.082667628).
struct MatricesLessonTests {
    @Test func theLessonIsTheWorkedExampleInTheLayerView() throws {
        let facts = try ShippedLessonFacts("12b-same-computation-in-matrices.toml")
        let worked = try ShippedLessonTests.load("07-worked-example.toml")
        #expect(facts.lesson.view == .layers && worked.view == .nodes)
        #expect(facts.lesson.network == worked.network && facts.lesson.samples == worked.samples)
        #expect(facts.lesson.options == worked.options && facts.lesson.iterations == 1)
        try facts.core("z h2", is: 0.3925)
        #expect(abs(try facts.value("dl_da h1") - 0.036350306) < 5e-10)
        #expect(abs(try facts.value("grad w6") - 0.082667628) < 5e-10)
    }

    @Test func itsQuizzesAndNotesWriteThePublishedNumbers() throws {
        let facts = try ShippedLessonFacts("12b-same-computation-in-matrices.toml")
        #expect(facts.lesson.quizzes.map(\.stepIndex) == [try facts.locator.locate("z h2").first,
                                                          try facts.locator.locate("loss").first,
                                                          try facts.locator.locate("dl_da h1").first,
                                                          try facts.locator.locate("grad w6").first])
        facts.stated("(0.25, 0.30), x = (0.05, 0.10), b₂ = 0.35", in: facts.quiz(1), is: 0.35)
        facts.stated("δ⁽²⁾ = (0.138499", in: facts.quiz(3), is: 0.138498562)
        facts.stated("−0.0380982", in: facts.quiz(3), is: -0.038098236)
        facts.stated("entry 1 of δ⁽²⁾ (0.138499", in: facts.quiz(4), is: 0.138498562)
        facts.stated("entry 2 of a⁽¹⁾ (0.596884", in: facts.quiz(4), is: 0.596884378)
        // The shape question: ∂l/∂W⁽²⁾ has W⁽²⁾'s shape, 2×2, its first choice.
        guard case .choice(let shape) = facts.lesson.quizzes[1].answer else {
            Issue.record("quiz 2 is not a multiple choice")
            return
        }
        #expect(shape.choices[shape.correct - 1].hasPrefix("2×2"))
        let architecture = facts.lesson.network.architecture
        #expect(architecture.layers[1].size == 2 && architecture.fanIn(1) == 2)
    }
}

/// The `view` key: which view the stepper opens in.
struct LessonViewKeyTests {
    @Test func viewIsNodesLayersOrAMistakeWithItsLine() throws {
        let base = """
            title = "t"
            loss = "half_squared_error"
            learning_rate = 0.5
            [network]
            inputs = ["x1"]
            [[network.layers]]
            name = "o"
            size = 1
            activation = "linear"
            [[data]]
            x = [1]
            y = [1]
            """
        #expect(try LessonLoader.parse(base, fileName: "t.toml").view == .nodes)
        #expect(try LessonLoader.parse("view = \"layers\"\n" + base, fileName: "t.toml").view == .layers)
        #expect(throws: LessonError.self) { try LessonLoader.parse("view = \"matrix\"\n" + base, fileName: "t.toml") }
        do {
            _ = try LessonLoader.parse("view = \"matrix\"\n" + base, fileName: "t.toml")
        } catch {
            #expect("\(error)".contains("t.toml:1: view:"), "\(error)")
            #expect("\(error)".contains("layers"), "\(error)")
        }
    }
}
