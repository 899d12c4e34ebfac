import BackpropCore
import Foundation
import Lessons
import Testing
@testable import TutorUI

/// Presenter mode (4 significant digits everywhere, the formula centred) and the themes
/// (light, Okabe–Ito with its 256-colour indices and fallbacks, the high-contrast forms).
struct PresenterAndThemeTests {
    let lesson: Lesson

    init() throws {
        lesson = try Fixtures.workedExample()
    }

    /// Every decimal number written on `text` (a run of digits with one point at most).
    static func numbers(in text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "[0-9]+\\.[0-9]+|(?<![0-9.])[0-9]{2,}(?![0-9.])")
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).map { String(text[Range($0.range, in: text)!]) }
    }

    /// The significant digits of a decimal numeral: without leading zeros and the point.
    static func significantDigits(_ numeral: String) -> Int {
        let digits = numeral.filter(\.isNumber).drop { $0 == "0" }
        return digits.count
    }

    @Test(arguments: [TerminalSize(columns: 100, rows: 30), TerminalSize.minimum])
    func presenterModeWritesAtMostFourSignificantDigitsEverywhere(size: TerminalSize) throws {
        var program = StepperProgram(lesson: lesson, size: size, context: .presenter(glyphs: .unicode))
        var seen: Set<String> = []
        for _ in 0..<33 {
            let text = program.render().plainText()
            for numeral in Self.numbers(in: text) where !text.contains("step \(numeral) of") {
                #expect(Self.significantDigits(numeral) <= 4, "\(numeral) at step \(program.state.position + 1)")
                seen.insert(numeral)
            }
            program.handle(.character("l"))
        }
        // Mazur's out_h1 = 0.593269992, ∂E/∂w5 = 0.082167041 and w5⁺ = 0.35891648, to 4 digits.
        #expect(seen.isSuperset(of: ["0.5933", "0.08217", "0.3589"]))
        #expect(!seen.contains("0.59327"))
    }

    @Test func theDefaultModeKeepsSixDigits() throws {
        var program = StepperProgram(lesson: lesson, size: .minimum, context: .unicode)
        program.handle(.character("l"))
        #expect(program.render().plainText().contains("0.59327"))
    }

    @Test func thePresentersFormulaIsCentredBoldAndSpacedOut() throws {
        var program = StepperProgram(lesson: lesson, size: TerminalSize(columns: 100, rows: 30),
                                     context: .presenter(glyphs: .unicode))
        let screen = program.render()
        let lines = screen.plainText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = try #require(lines.firstIndex { $0.contains("zₕ₁ = i₁·w₁ + i₂·w₂ + b₁") })
        #expect(lines[first - 1].trimmingCharacters(in: .whitespaces).isEmpty, "a blank line under the heading")
        #expect(lines[first + 1].trimmingCharacters(in: .whitespaces).isEmpty, "a blank line between forms")
        #expect(lines[first + 2].contains("= 0.05·0.15 + 0.1·0.2 + 0.35"))
        #expect(lines[first + 4].contains("= 0.3775"))
        // The block is centred: the widest line has as many columns left of it as right.
        let block = [lines[first], lines[first + 2], lines[first + 4]]
        let left = block.map { $0.prefix { $0 == " " }.count }
        #expect(Set(left.dropFirst()).count == 1)
        let widest = block.map { Screen.width(of: $0) }.max()!
        #expect(abs((100 - widest) - left[0]) <= 1, "left \(left[0]) right \(100 - widest)")
        let column = left[0]
        #expect(screen[first, column].style.attributes.contains(.bold))
    }

    @Test func okabeItoUsesItsTwoHundredFiftySixColourEntriesWithBasicFallbacks() {
        let theme = Theme.okabeIto
        func foreground(_ role: StyleRole) -> TerminalColor { theme.colors(for: role).foreground }
        #expect(foreground(.forward) == .indexed(74, fallback: .cyan), "sky blue (86,180,233)")
        #expect(foreground(.backward) == .indexed(178, fallback: .yellow), "orange (230,159,0)")
        #expect(foreground(.positive) == .indexed(35, fallback: .green), "bluish green (0,158,115)")
        #expect(foreground(.negative) == .indexed(166, fallback: .red), "vermillion (213,94,0)")
        #expect(theme.colors(for: .highlight).background == .indexed(25, fallback: .blue), "blue (0,114,178)")
        #expect(foreground(.selection) == .indexed(221, fallback: .brightYellow), "yellow (240,228,66)")
        #expect(foreground(.accent) == .indexed(175, fallback: .magenta), "reddish purple (204,121,167)")
        // The pairs a reader must tell apart differ in the fallbacks too.
        let roles: [StyleRole] = [.forward, .backward, .positive, .negative, .accent]
        let fallbacks = roles.map { role -> ANSIColor? in
            if case .indexed(_, let fallback) = foreground(role) { return fallback.basic }
            return nil
        }
        #expect(Set(fallbacks.compactMap { $0 }).count == roles.count)
    }

    /// The xterm-256 entry nearest to an RGB colour, computed here from the palette's definition.
    static func nearestXterm(_ rgb: (Int, Int, Int)) -> Int {
        let levels = [0, 95, 135, 175, 215, 255]
        var best = (index: 16, distance: Int.max)
        for index in 16..<256 {
            let colour: (Int, Int, Int)
            if index < 232 {
                let n = index - 16
                colour = (levels[n / 36], levels[n / 6 % 6], levels[n % 6])
            } else {
                let grey = 8 + 10 * (index - 232)
                colour = (grey, grey, grey)
            }
            let distance = [(rgb.0, colour.0), (rgb.1, colour.1), (rgb.2, colour.2)].reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
            if distance < best.distance { best = (index, distance) }
        }
        return best.index
    }

    @Test func theOkabeItoIndicesAreTheNearestXtermColours() {
        let palette: [((Int, Int, Int), TerminalColor)] = [
            ((230, 159, 0), OkabeIto.orange), ((86, 180, 233), OkabeIto.skyBlue), ((0, 158, 115), OkabeIto.bluishGreen),
            ((240, 228, 66), OkabeIto.yellow), ((0, 114, 178), OkabeIto.blue), ((213, 94, 0), OkabeIto.vermillion),
            ((204, 121, 167), OkabeIto.reddishPurple),
        ]
        for (rgb, colour) in palette {
            guard case .indexed(let index, _) = colour else {
                Issue.record("\(rgb) is not an indexed colour")
                continue
            }
            #expect(Int(index) == Self.nearestXterm(rgb), "\(rgb)")
        }
    }

    @Test func theLightThemeAvoidsColoursThatVanishOnWhite() {
        for role in StyleRole.allCases where role != .highlight {
            let foreground = Theme.light.colors(for: role).foreground
            for washedOut in [ANSIColor.white, .brightWhite, .yellow, .brightYellow, .cyan, .brightCyan] {
                #expect(foreground != .ansi(washedOut), "\(role)")
                if case .indexed(_, let fallback) = foreground { #expect(fallback != washedOut, "\(role)") }
            }
        }
    }

    @Test func themesHaveTheirNamesAndPresenterForms() {
        #expect(ThemeName.allCases.map(\.rawValue) == ["dark", "light", "mono", "okabe-ito"])
        #expect(ThemeName.allCases.map(\.theme.name) == ["dark", "light", "mono", "okabe-ito"])
        #expect(ThemeName.dark.presenterTheme == Theme.highContrastDark.withoutDim())
        #expect(ThemeName.light.presenterTheme == Theme.highContrastLight.withoutDim())
        #expect(ThemeName.allCases.allSatisfy { !$0.presenterTheme.dimsText && $0.theme.dimsText })
        // High contrast: body text in full white on dark, never the terminal's default grey.
        #expect(Theme.highContrastDark.colors(for: .normal).foreground == .ansi(.brightWhite))
        #expect(Theme.highContrastLight.colors(for: .normal).foreground == .ansi(.black))
    }

    @Test func ansiTextWritesTwoHundredFiftySixColourCodesForIndexedColours() {
        var screen = Screen(size: TerminalSize(columns: 4, rows: 1))
        screen.put("a", row: 0, column: 0, style: .forward)
        #expect(screen.ansiText(theme: .okabeIto) == "\u{1B}[38;5;74ma\u{1B}[0m")
        let redraw = screen.ansiRedraw(theme: .okabeIto)
        #expect(redraw == "\u{1B}[H\u{1B}[2J\u{1B}[1;1H\u{1B}[38;5;74ma\u{1B}[0m\u{1B}[0m")
    }
}
