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

    /// Expects `text` to read as a number and to count (or not) as `value` under `tolerance`.
    func accepts(_ text: String, as value: Double, _ tolerance: AnswerTolerance = .standard) throws -> Bool {
        tolerance.accepts(try TypedNumber.read(text).get(), as: value)
    }

    @Test func aTypedNumberKnowsItsDecimalsAndSignificantDigits() throws {
        let readings = try ["0.75", "0.0031", "12", "7.5e-2", "3e2", "-0.50", "0", ".5"].map { try TypedNumber.read($0).get() }
        #expect(readings.map(\.decimals) == [2, 4, 0, 3, -2, 2, 0, 1])
        #expect(readings.map(\.significantDigits) == [2, 2, 2, 2, 1, 2, 0, 1])
    }

    @Test func anAnswerIsTheValueRoundedToTheDigitsTypedWithTwoSignificantDigits() throws {
        // The example: 0.751365.
        #expect(try accepts("0.75", as: 0.751365))
        #expect(try accepts("0.751", as: 0.751365))
        #expect(try accepts("0.7514", as: 0.751365))
        #expect(try !accepts("0.7513", as: 0.751365))  // cut off, not rounded
        #expect(try !accepts("0.7", as: 0.751365))     // one significant digit
        #expect(try !accepts("1", as: 0.751365))
        #expect(try !accepts("0.750", as: 0.751365))   // three decimals typed: 0.751
        #expect(try accepts("7.5e-1", as: 0.751365))
        // Small values need their own two digits: 0.00032048.
        #expect(try accepts("0.00032", as: 0.00032048))
        #expect(try !accepts("0.0003", as: 0.00032048))
        #expect(try !accepts("0", as: 0.00032048))
        // A number typed exactly counts with fewer digits.
        #expect(try accepts("2", as: 2))
        #expect(try accepts("-0.5", as: -0.5))
        #expect(try accepts("0", as: 0))
        #expect(try accepts("-0", as: 0))
        #expect(try accepts("0.3", as: 0.1 + 0.2))
        // A lesson's own tolerance is an absolute distance.
        #expect(try accepts("0.0003205", as: 0.00032048, .absolute(1e-6)))
        #expect(try !accepts("0.0003", as: 0.00032048, .absolute(1e-6)))
        #expect(try accepts("0.7", as: 0.7006, .absolute(0.005)))
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
