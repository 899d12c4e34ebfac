import Testing
@testable import TutorUI

/// Every role of every theme is readable on the backgrounds the theme is made for: a WCAG
/// contrast ratio of at least 4.5 for text (issue 12), with the colours as xterm shows them.
struct ThemeContrastTests {
    static let themes: [Theme] = [.dark, .light, .mono, .okabeIto, .highContrastDark, .highContrastLight]

    @Test func theContrastRatioMatchesWCAGsExamples() {
        // Black on white is 21:1, a colour on itself 1:1, and #767676 on white 4.54:1 (the
        // lightest grey WCAG's own examples pass at AA).
        #expect(abs(RGB.contrast(RGB(0, 0, 0), RGB(255, 255, 255)) - 21) < 1e-9)
        #expect(RGB.contrast(RGB(205, 0, 0), RGB(205, 0, 0)) == 1)
        #expect(abs(RGB.contrast(RGB(118, 118, 118), RGB(255, 255, 255)) - 4.54) < 0.01)
        // xterm's 256: 25 is (0, 95, 175), 231 white, 244 grey 128.
        #expect(TerminalColor.indexed(25, fallback: .blue).rgb(terminal: RGB(0, 0, 0)) == RGB(0, 95, 175))
        #expect(TerminalColor.indexed(231, fallback: .white).rgb(terminal: RGB(0, 0, 0)) == RGB(255, 255, 255))
        #expect(TerminalColor.indexed(244, fallback: .white).rgb(terminal: RGB(0, 0, 0)) == RGB(128, 128, 128))
    }

    @Test(arguments: themes.map(\.name))
    func everyRoleIsReadableOnTheBackgroundsItsThemeClaims(_ name: String) throws {
        let theme = try #require(Self.themes.first { $0.name == name })
        for background in theme.backgrounds {
            for role in StyleRole.allCases {
                let ratio = theme.contrast(of: role, on: background)
                #expect(ratio >= 4.5, "\(name): \(role) on a \(background) background is \(ratio):1")
            }
        }
    }
}

/// Presenter mode draws nothing dim, and a terminal that says its background is light gets
/// the light theme (issue 12).
struct PresenterThemeTests {
    @Test func presenterThemesDrawNoTextDim() throws {
        #expect(SelectGraphicRendition.parameters(for: .dim, theme: .dark).split(separator: ";").contains("2"))
        var program = StepperProgram(lesson: try Fixtures.workedExample(), size: TerminalSize(columns: 100, rows: 30),
                                     context: .presenter(glyphs: .unicode))
        let screen = program.render()
        var dimCells = 0
        for row in 0..<screen.rows {
            for column in 0..<screen.columns where screen[row, column].style.effectiveAttributes.contains(.dim) {
                dimCells += 1
            }
        }
        #expect(dimCells > 0, "the frame has text in a dim role, so the check below can fail")
        for name in ThemeName.allCases {
            let theme = name.presenterTheme
            #expect(!SelectGraphicRendition.parameters(for: .dim, theme: theme).split(separator: ";").contains("2"), "\(name)")
            for row in 0..<screen.rows {
                for column in 0..<screen.columns {
                    #expect(!theme.attributes(of: screen[row, column].style).contains(.dim))
                }
            }
        }
    }

    @Test func colorfgbgNamingALightBackgroundPicksTheLightTheme() {
        #expect(ThemeName.forTerminal(environment: ["COLORFGBG": "0;15"]) == .light)
        #expect(ThemeName.forTerminal(environment: ["COLORFGBG": "0;default;15"]) == .light)
        #expect(ThemeName.forTerminal(environment: ["COLORFGBG": "12;7"]) == .light)
        #expect(ThemeName.forTerminal(environment: ["COLORFGBG": "15;0"]) == .dark)
        #expect(ThemeName.forTerminal(environment: ["COLORFGBG": "garbage"]) == .dark)
        #expect(ThemeName.forTerminal(environment: [:]) == .dark)
    }
}
