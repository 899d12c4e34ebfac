import Testing
import TutorUI

/// `plainText()` and `ansiText(theme:)`. The SGR numbers expected here are ECMA-48's:
/// 1 bold, 2 faint, 4 underline, 7 reverse, 30–37/90–97 foreground, 40–47/100–107 background,
/// 38;5;n and 48;5;n for the 256-colour palette, 0 reset.
struct ScreenRenderingTests {
    static let escape = "\u{1B}["

    @Test func plainTextTrimsTrailingSpacesAndJoinsRowsWithNewlines() {
        var screen = Screen(columns: 6, rows: 3)
        screen.put("a b", row: 0, column: 1)
        screen.put("c", row: 2, column: 5)
        #expect(screen.plainText() == " a b\n\n     c")
    }

    @Test func ansiTextWritesCodesOnlyWhereTheStyleChanges() {
        var screen = Screen(columns: 8, rows: 1)
        screen.put("ab", row: 0, column: 0)
        screen.put("cd", row: 0, column: 2, style: .forward)
        screen.put("ef", row: 0, column: 4, style: .forward)
        screen.put("g", row: 0, column: 6)
        let e = Self.escape
        #expect(screen.ansiText(theme: .dark) == "ab\(e)36mcdef\(e)0mg")
    }

    @Test func ansiTextResetsBeforeEachNewStyleAndAtTheEndOfALine() {
        var screen = Screen(columns: 2, rows: 2)
        screen.put("T", row: 0, column: 0, style: .title)
        screen.put("E", row: 0, column: 1, style: .error)
        screen.put("h", row: 1, column: 0, style: .highlight)
        let e = Self.escape
        #expect(screen.ansiText(theme: .dark) == "\(e)1;97mT\(e)0;1;91mE\(e)0m\n\(e)1;97;44mh\(e)0m")
    }

    @Test func styledTrailingSpacesAreKeptAndPlainOnesTrimmed() {
        var screen = Screen(columns: 4, rows: 2)
        screen.fill(Rect(row: 0, column: 0, rows: 1, columns: 4), style: .status)
        screen.put("x", row: 1, column: 0)
        let e = Self.escape
        #expect(screen.ansiText(theme: .dark) == "\(e)7m    \(e)0m\nx")
    }

    @Test func extraAttributesJoinTheRolesOwn() {
        var screen = Screen(columns: 2, rows: 1)
        screen.put("u", row: 0, column: 0, style: Style(.forward, .underline))
        screen.put("s", row: 0, column: 1, style: Style.selection.adding([.bold, .dim]))
        let e = Self.escape
        #expect(screen.ansiText(theme: .dark) == "\(e)4;36mu\(e)0;1;2;7;36ms\(e)0m")
    }

    @Test func monoThemeKeepsAttributesAndDropsColours() {
        var screen = Screen(columns: 4, rows: 1)
        screen.put("t", row: 0, column: 0, style: .title)
        screen.put("f", row: 0, column: 1, style: .forward)
        screen.put("d", row: 0, column: 2, style: .dim)
        screen.put("s", row: 0, column: 3, style: .selection)
        let e = Self.escape
        #expect(screen.ansiText(theme: .mono) == "\(e)1mt\(e)0mf\(e)2md\(e)0;7ms\(e)0m")
    }

    @Test func indexedAndBrightBackgroundColours() {
        let theme = Theme(name: "test") { role in
            role == .accent
                ? RoleColors(foreground: .indexed(214, fallback: .yellow), background: .ansi(.brightBlack))
                : RoleColors(background: .ansi(.blue))
        }
        var screen = Screen(columns: 2, rows: 1)
        screen.put("a", row: 0, column: 0, style: .accent)
        screen.put("n", row: 0, column: 1)
        let e = Self.escape
        #expect(screen.ansiText(theme: theme) == "\(e)1;38;5;214;100ma\(e)0;44mn\(e)0m")
    }

    @Test func plainTextOfAnAnsiRenderedScreenHasNoEscapes() {
        var screen = Screen(columns: 10, rows: 2)
        screen.box(screen.bounds, glyphs: .ascii, style: .highlight)
        #expect(!screen.plainText().contains("\u{1B}"))
        #expect(screen.ansiText(theme: .dark).contains("\u{1B}"))
    }

    @Test func everyRoleShowsWithoutColour() {
        // Roles that must stand out on a monochrome terminal carry an attribute of their own.
        for role in [StyleRole.dim, .title, .highlight, .selection, .status, .error, .accent] {
            #expect(!role.attributes.isEmpty, "\(role) has no attribute")
        }
        #expect(Theme.mono.colors(for: .error) == .terminalDefault)
        #expect(StyleRole.allCases.allSatisfy { Theme.mono.colors(for: $0) == .terminalDefault })
    }
}
