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
    }

    @Test func plainTextHasEveryCellsBytesAndNoTrailingSpaces() {
        // 1, 3 and 11 bytes (a base and five two-byte marks crosses the cell's first word).
        let long: Character = "a\u{301}\u{302}\u{303}\u{304}\u{305}"
        var screen = Screen(columns: 5, rows: 3)
        screen[0, 0] = Cell("x")
        screen[0, 2] = Cell(long)
        screen[2, 1] = Cell("┏")
        #expect(screen.plainText() == "x \(long)\n\n ┏")
        #expect(Screen(columns: 4, rows: 0).plainText() == "")
        #expect(Screen(columns: 0, rows: 2).plainText() == "\n")
    }

    @Test func textOfOneColumnScalarsIsWrittenAsItsCharactersWouldBe() {
        // One to three UTF-8 bytes per scalar, clipped at both edges and at the clip range.
        let text = "a∂é−₁┏ z~"
        #expect(Screen.oneColumnScalarCount(text) == text.count)
        for column in -2...6 {
            var screen = Screen(columns: 8, rows: 2)
            #expect(screen.put(text, row: 1, column: column, style: .forward) == text.count)
            for (offset, character) in text.enumerated() where (0..<8).contains(column + offset) {
                #expect(screen[1, column + offset] == Cell(character, style: .forward), "column \(column + offset)")
            }
            #expect(screen.cells(inRow: 0).allSatisfy { $0 == .blank })
        }
        var clipped = Screen(columns: 8, rows: 1)
        #expect(clipped.putCentered("abcdefgh", row: 0, within: 2..<5) == 2)
        #expect(clipped.plainText() == "  abc", "only the span's columns are written")
        // Text that leaves the fast path part way is written grapheme by grapheme, with
        // nothing of the first attempt left beside it.
        var marked = Screen(columns: 6, rows: 1, filledWith: Cell("#"))
        #expect(marked.put("xe\u{301}\u{302}\ty", row: 0, column: 0) == 4)
        #expect(marked.cells(inRow: 0).map(\.character) == ["x", "e\u{301}\u{302}", "?", "y", "#", "#"])
        #expect(Screen.oneColumnScalarCount("e\u{301}") == nil, "a combining mark takes the grapheme path")
        #expect(Screen.oneColumnScalarCount("a\tb") == nil)
        #expect(Screen.oneColumnScalarCount("") == 0)
    }
}
