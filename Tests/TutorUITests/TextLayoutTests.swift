import Testing
import TutorUI

/// Word wrapping, character widths and the "terminal too small" screen.
struct TextLayoutTests {
    @Test func wrapsAtSpacesGreedily() {
        #expect(TextWrapping.lines(of: "the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextWrapping.lines(of: "the quick brown fox", width: 19) == ["the quick brown fox"])
    }

    @Test func cutsWordsWiderThanTheLine() {
        #expect(TextWrapping.lines(of: "abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrapping.lines(of: "ab abcdefg", width: 4) == ["ab", "abcd", "efg"])
    }

    @Test func keepsNewlinesAndGivesNothingForNoWidth() {
        #expect(TextWrapping.lines(of: "a\n\nb", width: 5) == ["a", "", "b"])
        #expect(TextWrapping.lines(of: "abc", width: 0) == [])
    }

    @Test(arguments: [
        ("a", CharacterWidth.single), ("σ", .single), ("∂", .single), ("─", .single), ("→", .single),
        ("❤", .single), ("ｱ", .single),
        ("中", .wide), ("한", .wide), ("Ａ", .wide), ("😀", .wide), ("❤️", .wide),
        ("\u{301}", .zero), ("\u{200B}", .zero),
    ] as [(Character, CharacterWidth)])
    func characterWidths(character: Character, expected: CharacterWidth) {
        #expect(CharacterWidth(of: character) == expected)
    }

    @Test func everyUnicodeGlyphIsOneColumnWide() {
        let glyphs = GlyphSet.unicode
        let boxes = [glyphs.light, glyphs.heavy].flatMap { box in
            [box.horizontal, box.vertical, box.topLeft, box.topRight, box.bottomLeft, box.bottomRight,
             box.teeRight, box.teeLeft, box.teeDown, box.teeUp, box.cross]
        }
        let marks = [glyphs.arrowRight, glyphs.arrowLeft, glyphs.arrowUp, glyphs.arrowDown, glyphs.ellipsis, glyphs.bullet]
        #expect(boxes.allSatisfy { CharacterWidth(of: $0) == .single })
        #expect(marks.allSatisfy { Screen.width(of: $0) == 1 })
    }

    @Test func asciiGlyphsAreAllASCII() {
        let glyphs = GlyphSet.ascii
        let text = [glyphs.light, glyphs.heavy].map { box in
            String([box.horizontal, box.vertical, box.topLeft, box.topRight, box.bottomLeft, box.bottomRight,
                    box.teeRight, box.teeLeft, box.teeDown, box.teeUp, box.cross])
        }.joined() + glyphs.arrowRight + glyphs.arrowLeft + glyphs.arrowUp + glyphs.arrowDown + glyphs.ellipsis + glyphs.bullet
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func tooSmallMessageFitsOnOneLineWhenItCan() {
        let screen = Screen.terminalTooSmall(size: TerminalSize(columns: 60, rows: 20))
        let lines = screen.plainText().split(separator: "\n", omittingEmptySubsequences: false)
        // 42 characters centred in 60 columns start at column 9; one line centred in 20 rows is row 9.
        #expect(lines[9] == String(repeating: " ", count: 9) + "terminal too small: need 80x24, have 60x20")
        #expect(lines.enumerated().allSatisfy { $0.offset == 9 || $0.element.isEmpty })
        #expect(screen[9, 9].style == .error)
    }

    @Test func tooSmallMessageSplitsOnANarrowTerminal() {
        let screen = Screen.terminalTooSmall(size: TerminalSize(columns: 40, rows: 10))
        let lines = screen.plainText().split(separator: "\n", omittingEmptySubsequences: false)
        // Two lines centred in 10 rows start at row 4; 19 and 22 characters in 40 columns start at 10 and 9.
        #expect(lines[4] == String(repeating: " ", count: 10) + "terminal too small:")
        #expect(lines[5] == String(repeating: " ", count: 9) + "need 80x24, have 40x10")
        #expect(lines.count == 10)
    }

    @Test func sizesParseAndCompare() {
        #expect(TerminalSize(parsing: "120x40") == TerminalSize(columns: 120, rows: 40))
        #expect(TerminalSize(parsing: "80X24") == TerminalSize(columns: 80, rows: 24))
        #expect(TerminalSize(parsing: "80x") == nil)
        #expect(TerminalSize(parsing: "0x24") == nil)
        #expect(TerminalSize(parsing: "80x24x1") == nil)
        #expect(TerminalSize(columns: 80, rows: 24).fits(.minimum))
        #expect(!TerminalSize(columns: 100, rows: 23).fits(.minimum))
        #expect("\(TerminalSize(columns: 40, rows: 10))" == "40x10")
    }
}

/// Wrapping any text, however long its words, gives the pieces a reference cutter gives.
struct LongWordWrappingTests {
    /// The pieces of `word` at most `width` columns wide, cut the obvious way.
    static func reference(_ word: [Character], width: Int) -> [String] {
        var pieces: [String] = [], piece = "", used = 0
        for character in word {
            let columns = Screen.width(of: String(character))
            if used + columns > width {
                pieces.append(piece)
                (piece, used) = ("", 0)
            }
            piece.append(character)
            used += columns
        }
        return pieces + [piece]
    }

    /// Words from a few characters to 20,000 (a 200,000-character name once took 7 s to lay out),
    /// plain, with combining marks and with wide characters, at every usual width.
    @Test(arguments: [5, 1_000, 20_000])
    func aLongWordIsCutIntoFullPieces(length: Int) {
        for unit in ["a", "e\u{301}", "中"] {
            let word = String(repeating: unit, count: length)
            for width in [1, 7, 80] {
                #expect(TextWrapping.lines(of: word, width: width) == Self.reference(Array(word), width: width))
                let lines = TextWrapping.lines(of: "ab " + word + " cd", width: width)
                #expect(lines.allSatisfy { Screen.width(of: $0) <= width })
                #expect(lines.joined().filter { $0 != " " }.count == word.count + 4, "no character lost or doubled")
            }
        }
    }
}
