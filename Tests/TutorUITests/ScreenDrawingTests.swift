import Testing
import TutorUI

/// Drawing into a `Screen`: text, clipping, marks, wide characters, fills, lines and boxes.
struct ScreenDrawingTests {
    @Test func putWritesTextAndReturnsItsWidth() {
        var screen = Screen(columns: 8, rows: 2)
        let used = screen.put("abc", row: 1, column: 2, style: .forward)
        #expect(used == 3)
        #expect(screen.plainText() == "\n  abc")
        #expect(screen[1, 2] == Cell("a", style: .forward))
        #expect(screen[1, 5] == Cell.blank)
    }

    @Test func putClipsAtEveryEdgeButStillReportsTheFullWidth() {
        var screen = Screen(columns: 5, rows: 2)
        #expect(screen.put("hello world", row: 0, column: 2) == 11)
        #expect(screen.put("xyz", row: 1, column: -1) == 3)
        #expect(screen.put("unseen", row: 2, column: 0) == 6)
        #expect(screen.put("unseen", row: -1, column: 0) == 6)
        #expect(screen.plainText() == "  hel\nyz")
    }

    @Test func consecutivePutsLayOutByTheReturnedWidth() {
        var screen = Screen(columns: 12, rows: 1)
        var column = 0
        column += screen.put("z=", row: 0, column: column)
        column += screen.put("0.3775", row: 0, column: column, style: .positive)
        #expect(column == 8)
        #expect(screen.plainText() == "z=0.3775")
        #expect(screen[0, 2].style == .positive)
        #expect(screen[0, 1].style == .normal)
    }

    @Test func greekAndMathsSymbolsTakeOneColumnEach() {
        var screen = Screen(columns: 20, rows: 1)
        #expect(screen.put("∂l/∂z = σ'(z)·η θ₁", row: 0, column: 0) == 18)
        #expect(screen[0, 0].character == "∂")
        #expect(screen[0, 17].character == "₁")
    }

    @Test func combiningMarksStayWithTheirBaseInOneCell() {
        var screen = Screen(columns: 4, rows: 1)
        #expect(screen.put("e\u{301}x", row: 0, column: 0) == 2)
        #expect(screen[0, 0].character == "é")
        #expect(screen[0, 1].character == "x")
    }

    @Test func aLoneCombiningMarkAttachesToTheCellOnItsLeft() {
        var screen = Screen(columns: 4, rows: 1)
        screen.put("ab", row: 0, column: 0)
        #expect(screen.put("\u{302}", row: 0, column: 2) == 0)
        #expect(screen[0, 1].character == "b\u{302}")
        #expect(screen[0, 2] == .blank)
        // Nothing to attach to at the left edge: dropped.
        #expect(screen.put("\u{302}", row: 0, column: 0) == 0)
        #expect(screen[0, 0].character == "a")
    }

    @Test func wideCharactersAndControlCharactersAreDrawnAsQuestionMarks() {
        var screen = Screen(columns: 8, rows: 1)
        #expect(screen.put("中x😀\ty", row: 0, column: 0) == 5)
        #expect(screen.plainText() == "?x??y")
    }

    @Test func fillCoversOnlyTheVisiblePartOfTheRectangle() {
        var screen = Screen(columns: 4, rows: 3)
        screen.fill(Rect(row: -1, column: -1, rows: 3, columns: 3), with: "#", style: .dim)
        #expect(screen.plainText() == "##\n##\n")
        #expect(screen[1, 1].style == .dim)
    }

    @Test func linesUseTheGlyphSetAndWeight() {
        var screen = Screen(columns: 4, rows: 3)
        screen.horizontalLine(row: 0, column: 1, length: 5, glyphs: .unicode)
        screen.verticalLine(row: 0, column: 0, length: 3, weight: .heavy, glyphs: .ascii)
        #expect(screen.plainText() == "#───\n#\n#")
    }

    @Test func unicodeBoxHasCornersAndLeavesTheInsideAlone() {
        var screen = Screen(columns: 6, rows: 4, filledWith: Cell("."))
        screen.box(Rect(row: 0, column: 1, rows: 3, columns: 4), glyphs: .unicode, style: .highlight)
        #expect(screen.plainText() == ".┌──┐.\n.│..│.\n.└──┘.\n......")
        #expect(screen[0, 1].style == .highlight)
        #expect(screen[1, 2].style == .normal)
    }

    @Test func asciiBoxesInBothWeights() {
        var screen = Screen(columns: 9, rows: 3)
        screen.box(Rect(row: 0, column: 0, rows: 3, columns: 4), glyphs: .ascii)
        screen.box(Rect(row: 0, column: 5, rows: 3, columns: 4), weight: .heavy, glyphs: .ascii)
        #expect(screen.plainText() == "+--+ #==#\n|  | #  #\n+--+ #==#")
    }

    @Test func aBoxHangingOffTheScreenIsClipped() {
        var screen = Screen(columns: 5, rows: 3)
        screen.box(Rect(row: 1, column: 2, rows: 3, columns: 5), glyphs: .ascii)
        #expect(screen.plainText() == "\n  +--\n  |")
    }

    @Test func aBoxWithoutRoomForCornersDrawsNothing() {
        var screen = Screen(columns: 5, rows: 3)
        screen.box(Rect(row: 0, column: 0, rows: 1, columns: 5), glyphs: .ascii)
        screen.box(Rect(row: 0, column: 0, rows: 3, columns: 1), glyphs: .ascii)
        #expect(screen == Screen(columns: 5, rows: 3))
    }

    @Test func centredTextPutsTheOddColumnOnTheRight() {
        var screen = Screen(columns: 6, rows: 3)
        #expect(screen.putCentered("ab", row: 0) == 2)
        #expect(screen.putCentered("abc", row: 1) == 1)
        #expect(screen.putCentered("toolongtext", row: 2) == 0)
        #expect(screen.plainText() == "  ab\n abc\ntoolon")
    }

    @Test func centredTextWithinASpanStaysInsideIt() {
        var screen = Screen(columns: 10, rows: 1, filledWith: Cell("."))
        #expect(screen.putCentered("abcdef", row: 0, within: 2..<6) == 2)
        #expect(screen.plainText() == "..abcd....")
    }

    @Test func centredBlockWrapsAndCentresBothWays() {
        var screen = Screen(columns: 9, rows: 5)
        screen.putCenteredBlock("one two three", in: screen.bounds)
        #expect(screen.plainText() == "\n one two\n  three\n\n")
    }
}
