import Foundation
import Testing
@testable import Lessons

/// No shipped lesson gives a value quiz's answer away before the student predicts it: no
/// note shown at or before the quiz's step, no other quiz's words before it, and neither
/// the quiz's own question nor its hint states a number the quiz would take as right.
struct QuizGiveawayTests {
    /// The decimal numbers written in `text` (`0.082`, `−0.6`), as typed.
    static func numbers(in text: String) -> [String] {
        let normalized = text.replacingOccurrences(of: "−", with: "-")
        let pattern = try! NSRegularExpression(pattern: #"-?[0-9]+(\.[0-9]+)?"#)
        let range = NSRange(normalized.startIndex..., in: normalized)
        return pattern.matches(in: normalized, range: range).compactMap { Range($0.range, in: normalized) }
            .map { String(normalized[$0]) }
    }

    /// The words a student can read before answering `quiz`: notes up to its step, the other
    /// quizzes' questions, choices and hints before its step, and its own question and hint.
    static func textBefore(_ quiz: Quiz, in lesson: Lesson) -> [(source: String, text: String)] {
        var texts = lesson.notes.filter { $0.stepIndex <= quiz.stepIndex }.map { ("note \($0.number)", $0.text) }
        for other in lesson.quizzes where other.stepIndex < quiz.stepIndex || other.number == quiz.number {
            var words = [other.authoredQuestion, other.authoredHint].compactMap { $0 }
            if case .choice(let choice) = other.answer { words += choice.choices }
            texts += words.map { ("quiz \(other.number)", $0) }
        }
        return texts
    }

    @Test func noValueQuizIsAnsweredByTextShownBeforeIt() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: ShippedLessonTests.lessonsFolder.path)
            .filter { $0.hasSuffix(".toml") }.sorted()
        #expect(names.count >= 11)
        var checked = 0
        for name in names {
            let lesson = try ShippedLessonTests.load(name)
            for quiz in lesson.quizzes where quiz.asksForValue {
                checked += 1
                for (source, text) in Self.textBefore(quiz, in: lesson) {
                    // One-digit numbers (x = 1, w = 2, 0.5) are the lessons' inputs and weights,
                    // which a question has to state; a giveaway is a computed value.
                    for number in Self.numbers(in: text) where Self.significantDigits(number) >= 2
                        && quiz.check(number) == .correct {
                        Issue.record("\(name): \(source) states \(number), which answers quiz \(quiz.number)")
                    }
                }
            }
        }
        #expect(checked >= 15, "the lessons ask at least 15 value quizzes")
    }

    /// How many significant digits `number` is written with: 2 for `0.082`, 1 for `-1` and `0.5`.
    static func significantDigits(_ number: String) -> Int {
        number.filter(\.isNumber).drop { $0 == "0" }.count
    }

    @Test func theNumberScanFindsWhatAGiveawayWouldWrite() {
        #expect(Self.significantDigits("0.082") == 2 && Self.significantDigits("-1") == 1 && Self.significantDigits("10") == 2)
        #expect(Self.numbers(in: "∂l/∂w₅ ≈ 0.082, then −0.6 and 2·0.5") == ["0.082", "-0.6", "2", "0.5"])
    }
}
