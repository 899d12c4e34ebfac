import BackpropCore
import Foundation
import Testing
@testable import Lessons

/// A note or quiz sits on the step it talks about: every value its words name (z_h1, a_h1,
/// ∂l/∂a_h1, ∂l/∂z_o1, ∂l/∂w₁, …) is computed at that step or before it, never later.
struct NarrationPlacementTests {
    /// A value named in lesson text, by kind and neuron or parameter name.
    enum Named: Hashable {
        case z(String), a(String), dlda(String), dldz(String), gradient(String)
    }

    /// The subscript characters and the letters and digits they stand for.
    static let plain: [Character: Character] = [
        "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9",
        "ₐ": "a", "ₑ": "e", "ₕ": "h", "ᵢ": "i", "ⱼ": "j", "ₖ": "k", "ₗ": "l", "ₘ": "m", "ₙ": "n", "ₒ": "o",
        "ₚ": "p", "ᵣ": "r", "ₛ": "s", "ₜ": "t", "ᵤ": "u", "ᵥ": "v", "ₓ": "x",
    ]

    /// `text` with subscripts written as `_name` (zₕ₁ → z_h1, w₅ → w_5) and superscripts dropped.
    static func normalized(_ text: String) -> String {
        var out = ""
        var inSubscript = false
        for c in text {
            if let p = plain[c] {
                if !inSubscript { out += "_" }
                out.append(p)
                inSubscript = true
            } else {
                inSubscript = false
                if "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾ⁿ".contains(c) { continue }
                out.append(c)
            }
        }
        return out
    }

    /// The values `text` names, in the order written.
    static func named(in text: String) -> [Named] {
        var text = normalized(text)
        var found: [Named] = []
        func scan(_ pattern: String, _ make: (String, String) -> Named?) {
            let regex = try! NSRegularExpression(pattern: pattern)
            let range = NSRange(text.startIndex..., in: text)
            for match in regex.matches(in: text, range: range) {
                let groups = (1..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
                if let value = make(groups.first ?? "", groups.count > 1 ? groups[1] : "") { found.append(value) }
            }
            text = regex.stringByReplacingMatches(in: text, range: range, withTemplate: " ")
        }
        // ∂l/∂z_h1, ∂L/∂w_5 (and per-sample ∂l/∂w): the derivatives of the loss.
        scan(#"∂[lL]/∂([zayw])_?([a-z]*[0-9]+)"#) { kind, name in
            switch kind {
            case "z": return .dldz(name)
            case "a", "y": return .dlda(name)
            default: return .gradient("w" + name.filter(\.isNumber))
            }
        }
        scan(#"∂[lL]/∂b_?([0-9]+)"#) { name, _ in .gradient("b" + name) }
        // Other derivatives (∂z_o1/∂w_3, ∂y/∂z) name no value.
        scan(#"∂[a-z]_?[a-z0-9]*/∂[a-z]_?[a-z0-9]*"#) { _, _ in nil }
        scan(#"(?<![A-Za-z_])([zay])_([a-z]+[0-9]+)"#) { kind, name in kind == "z" ? .z(name) : .a(name) }
        return found
    }

    /// The value a name stands for in `lesson`, if the lesson has it.
    static func ref(_ named: Named, in lesson: Lesson) -> ValueRef? {
        let architecture = lesson.network.architecture
        func neuron(_ name: String) -> Int? { architecture.neuronNames.firstIndex(of: name) }
        switch named {
        case .z(let name): return neuron(name).map { .z($0) }
        case .a(let name): return neuron(name).map { .a($0) }
        case .dlda(let name): return neuron(name).map { .dlda($0) }
        case .dldz(let name): return neuron(name).map { .dldz($0) }
        case .gradient(let id):
            return (0..<architecture.parameterCount).first { architecture.parameter(at: $0).id == id }.map { .gradient($0) }
        }
    }

    /// Every text a student reads at a step: the notes, and each quiz's question, choices and hint.
    static func texts(of lesson: Lesson) -> [(source: String, step: Int, text: String)] {
        var texts = lesson.notes.map { ("note \($0.number)", $0.stepIndex, $0.text) }
        for quiz in lesson.quizzes {
            var words = [quiz.authoredQuestion, quiz.authoredHint].compactMap { $0 }
            if case .choice(let choice) = quiz.answer { words += choice.choices }
            texts += words.map { ("quiz \(quiz.number)", quiz.stepIndex, $0) }
        }
        return texts
    }

    @Test func theScanFindsTheValuesAWritingNames() {
        #expect(Self.named(in: "∂l/∂a_h1 = w₃·∂l/∂z_o1 + σ'(zₕ₁) and ∂z_o1/∂w₃ = a_h1, ∂L/∂w₁, ∂l⁽¹⁾/∂w₁, ∂l/∂b₂")
                == [.dlda("h1"), .dldz("o1"), .gradient("w1"), .gradient("w1"), .gradient("b2"), .z("h1"), .a("h1")])
        #expect(Self.named(in: "y_o1 − t_o1, ∂l/∂yₒ₁") == [.dlda("o1"), .a("o1")])
    }

    @Test(arguments: ShippedLessonFacts.curriculum)
    func everyNoteAndQuizNamesOnlyValuesOfItsStepOrEarlier(_ name: String) throws {
        let lesson = try ShippedLessonTests.load(name)
        let texts = Self.texts(of: lesson)
        let last = try #require(texts.map(\.step).max())
        let timeline = lesson.timeline(iterations: min(lesson.iterations, last / lesson.locator.stepsPerIteration + 1))
        var checked = 0
        for (source, stepIndex, text) in texts {
            let iteration = timeline.position(of: stepIndex)
            let steps = timeline.steps(iteration: iteration.iteration).steps
            for named in Self.named(in: text) {
                guard let ref = Self.ref(named, in: lesson) else {
                    Issue.record("\(name): \(source) names \(named), which the lesson does not have")
                    continue
                }
                checked += 1
                guard let produced = steps.firstIndex(where: { $0.produces == ref }) else { continue }
                #expect(produced <= iteration.step, """
                    \(name): \(source) at step \(iteration.step + 1) names \(named), computed later, at step \(produced + 1)
                    """)
            }
        }
        // Lessons 2, 8 and 13 write z and y without a neuron's name; the others name values.
        let unnamed = ["02-", "08-", "13-"].contains { name.hasPrefix($0) }
        #expect(unnamed ? checked == 0 : checked > 0, "\(name): the scan found \(checked) values named")
    }
}
