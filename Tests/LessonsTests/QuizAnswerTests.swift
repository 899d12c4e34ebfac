import Testing
@testable import Lessons

/// What a student may type as a number, how close it must be, and the note markup.
struct QuizAnswerTests {
    @Test(arguments: [
        ("-0.5", -0.5), (".5", 0.5), ("1e-3", 0.001), ("\u{2212}0.5", -0.5), ("  0.25\t", 0.25), ("+2", 2),
        ("5.", 5), ("1E3", 1000), ("1e\u{2212}3", 0.001), ("-.75", -0.75), ("0", 0), ("007", 7), ("2.5e+2", 250),
    ])
    func numbersAreReadAsTyped(_ text: String, _ value: Double) {
        #expect(TypedNumber.parse(text) == .success(value))
    }

    @Test(arguments: ["nan", "NaN", "inf", "-inf", "infinity", "0x1p3", "1 000", "--1", "1e", ".", "-", "e5", "½",
                      "1.2.3", "1e3.5", "one", "0.5x", "−−1", "1_000"])
    func anythingElseIsRefusedWithAnExample(_ text: String) {
        #expect(TypedNumber.parse(text)
                == .failure(TypedNumberError("\"\(text)\" is not a number; type a decimal number such as 0.25, -1.5 or 3e-4")))
    }

    @Test func emptyTextCommasAndOverflowHaveTheirOwnMessages() {
        #expect(TypedNumber.parse("") == .failure(TypedNumberError("nothing typed; type a decimal number such as 0.25, -1.5 or 3e-4")))
        #expect(TypedNumber.parse("   ") == .failure(TypedNumberError("nothing typed; type a decimal number such as 0.25, -1.5 or 3e-4")))
        #expect(TypedNumber.parse("0,5") == .failure(TypedNumberError("\"0,5\": use a point for decimals, not a comma")))
        #expect(TypedNumber.parse("1e999") == .failure(TypedNumberError("\"1e999\" is too large to be an answer")))
    }

    @Test func theDefaultToleranceIsThreeDecimalsOrThreeSignificantDigits() {
        let standard = AnswerTolerance.standard
        // Small values: 5e-4 absolute. 0.0363503 − 0.036 = 3.5e-4 passes; 0.0363503 − 0.035 = 1.35e-3 does not.
        #expect(standard.accepts(0.036, as: 0.0363503))
        #expect(!standard.accepts(0.035, as: 0.0363503))
        #expect(standard.allowance(for: 0.0363503) == 5e-4)
        // Large values: 1e-3 relative. |1234 − 1234.5| = 0.5 ≤ 1.2345 passes; |1232 − 1234.5| = 2.5 does not.
        #expect(standard.accepts(1234, as: 1234.5))
        #expect(!standard.accepts(1232, as: 1234.5))
        #expect(standard.accepts(-0.0, as: 0))
        #expect(AnswerTolerance.absolute(1e-6).accepts(0.0003205, as: 0.00032048))
        #expect(!AnswerTolerance.absolute(1e-6).accepts(0.0003, as: 0.00032048))
    }

    @Test func markupSplitsCodeAndEmphasis() {
        #expect(LessonMarkup.spans("plain") == [TextSpan("plain", .plain)])
        #expect(LessonMarkup.spans("run `backprop list` *now*.")
                == [TextSpan("run ", .plain), TextSpan("backprop list", .code), TextSpan(" ", .plain),
                    TextSpan("now", .emphasis), TextSpan(".", .plain)])
        #expect(LessonMarkup.spans("`a*b` and \\* and \\`")
                == [TextSpan("a*b", .code), TextSpan(" and * and `", .plain)])
        #expect(LessonMarkup.spans("two\nlines") == [TextSpan("two\nlines", .plain)])
        #expect(LessonMarkup.spans("left *open") == [TextSpan("left *open", .plain)])
        #expect(LessonMarkup.spans("a \\n b") == [TextSpan("a \\n b", .plain)])
        #expect(LessonMarkup.problem(in: "fine `code` and *this*") == nil)
        #expect(LessonMarkup.problem(in: "`open") != nil)
        #expect(LessonMarkup.problem(in: "*open") != nil)
        #expect(LessonMarkup.problem(in: "\\*escaped") == nil)
    }
}
