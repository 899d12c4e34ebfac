import Testing
import BackpropNotation

/// Numbers are rounded from their exact binary value and written in each notation.
struct NumberFormatTests {
    @Test func roundsTheExactBinaryValue() {
        let f = NumberFormat(significantDigits: 3, style: .ascii)
        // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875.
        #expect(f.string(2.675) == "2.67")
        // 0.125 is exact; %.2g rounds half to even.
        #expect(NumberFormat(significantDigits: 2, style: .ascii).string(0.125) == "0.12")
        #expect(f.string(1.0) == "1")
        #expect(f.string(-0.5) == "-0.5")
    }

    @Test func writesPowersOfTenAndSpecialValuesPerStyle() {
        #expect(NumberFormat(significantDigits: 2, style: .unicode).string(1.5e-7) == "1.5×10⁻⁷")
        #expect(NumberFormat(significantDigits: 2, style: .ascii).string(1.5e-7) == "1.5e-7")
        #expect(NumberFormat(significantDigits: 2, style: .latex).string(1.5e-7) == "1.5 \\times 10^{-7}")
        #expect(NumberFormat(style: .unicode).string(-2) == "−2")
        #expect(NumberFormat(style: .unicode).string(-.infinity) == "−∞")
        #expect(NumberFormat(style: .ascii).string(.nan) == "NaN")
    }

    @Test func fullPrecisionReadsBackExactly() {
        let f = NumberFormat(significantDigits: nil, style: .ascii)
        for x in [0.1, 1.0 / 3, 0.593269992107187, 1e-300, 123456.789] {
            #expect(Double(f.string(x)) == x)
        }
    }

    @Test func updateNumbersAreGroupedByThousands() {
        #expect(NumberFormat.grouped(4_000) == "4,000" && NumberFormat.grouped(13_766_513) == "13,766,513")
        #expect(NumberFormat.grouped(999) == "999" && NumberFormat.grouped(0) == "0")
    }
}
