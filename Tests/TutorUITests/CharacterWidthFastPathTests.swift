import Testing
@testable import TutorUI

/// The fast path for printable one-column scalars gives the answers the Unicode properties
/// give, and cells keep their graphemes exactly.
struct CharacterWidthFastPathTests {
    @Test func everyScalarTheFastPathAcceptsIsAPrintableOneColumnGraphemeOfItsOwn() {
        var accepted = 0
        for value in UInt32(0)...0x2BFF {
            guard let scalar = Unicode.Scalar(value), CharacterWidth.isPrintableSingle(scalar) else { continue }
            accepted += 1
            let character = Character(scalar)
            #expect(CharacterWidth.measured(character) == .single, "U+\(String(value, radix: 16))")
            #expect(scalar.properties.generalCategory != .control, "U+\(String(value, radix: 16))")
            // Followed by another accepted scalar it stays a grapheme of its own.
            #expect("\(character)a".count == 2, "U+\(String(value, radix: 16))")
        }
        #expect(accepted > 1500, "ASCII, Latin, Greek, arrows, maths and box drawing")
        for rejected: Unicode.Scalar in ["\u{AD}", "\u{301}", "\u{200B}", "\u{231A}", "\u{25FD}", "\t"] {
            #expect(!CharacterWidth.isPrintableSingle(rejected), "U+\(String(rejected.value, radix: 16))")
        }
    }

    @Test func cellsKeepTheirGraphemeWhateverItsLength() {
        for character: Character in [" ", "a", "é", "e\u{301}", "∂", "ₕ", "┏", "𝑥", "a\u{301}\u{302}\u{303}"] {
            #expect(Cell(character).character == character)
            #expect(Cell(character, style: .forward).style == .forward)
        }
        let long = Character("a" + String(repeating: "\u{301}", count: 9))
        #expect(Cell(long).character == "?", "more than 15 bytes of marks is kept as ?")
        #expect(Cell(scalar: "∂", style: .normal) == Cell("∂"))
        #expect(Cell(scalar: "𝑥", style: .normal) == Cell("𝑥"))
    }
}
