import Testing
import TutorUI

/// Colour and glyph decisions from options and the environment.
struct CapabilityTests {
    static let term = ["TERM": "xterm-256color"]

    @Test func alwaysAndNeverWinOverEverything() {
        let hostile = ["NO_COLOR": "1", "TERM": "dumb"]
        #expect(ColorMode.decide(.always, environment: hostile, outputIsTerminal: false) == .color)
        #expect(ColorMode.decide(.never, environment: Self.term, outputIsTerminal: true) == .monochrome)
    }

    @Test func autoGivesColourOnAnOrdinaryTerminal() {
        #expect(ColorMode.decide(.auto, environment: Self.term, outputIsTerminal: true) == .color)
        #expect(ColorMode.decide(.auto, environment: ["TERM": "xterm", "NO_COLOR": ""], outputIsTerminal: true) == .color)
    }

    @Test func autoTurnsColourOffForNoColorDumbTermsAndFiles() {
        #expect(ColorMode.decide(.auto, environment: ["TERM": "xterm", "NO_COLOR": "1"], outputIsTerminal: true) == .monochrome)
        #expect(ColorMode.decide(.auto, environment: ["TERM": "dumb"], outputIsTerminal: true) == .monochrome)
        #expect(ColorMode.decide(.auto, environment: [:], outputIsTerminal: true) == .monochrome)
        #expect(ColorMode.decide(.auto, environment: Self.term, outputIsTerminal: false) == .monochrome)
    }

    @Test(arguments: [
        (["LANG": "C.UTF-8"], true),
        (["LANG": "en_US.utf8"], true),
        (["LANG": "de_DE.UTF-8@euro"], true),
        (["LC_ALL": "C", "LANG": "en_US.UTF-8"], false),
        (["LC_ALL": "", "LC_CTYPE": "en_GB.UTF-8", "LANG": "C"], true),
        (["LC_CTYPE": "C", "LANG": "en_US.UTF-8"], false),
        (["LANG": "POSIX"], false),
        (["LANG": "en_US.ISO-8859-1"], false),
        (["LANG": "en_US"], false),
        ([:], false),
    ])
    func utf8LocaleFollowsPosixPrecedence(environment: [String: String], expected: Bool) {
        #expect(LocaleEncoding.isUTF8(environment: environment) == expected)
    }

    @Test func glyphsFollowTheLocaleUnlessAsciiIsForced() {
        let utf8 = ["LANG": "C.UTF-8", "TERM": "xterm"]
        #expect(TerminalCapabilities.decide(color: .auto, forceASCII: false, environment: utf8, outputIsTerminal: true)
            == TerminalCapabilities(colorMode: .color, glyphs: .unicode))
        #expect(TerminalCapabilities.decide(color: .auto, forceASCII: true, environment: utf8, outputIsTerminal: true).glyphs == .ascii)
        #expect(TerminalCapabilities.decide(color: .never, forceASCII: false, environment: ["LANG": "C"], outputIsTerminal: true)
            == TerminalCapabilities(colorMode: .monochrome, glyphs: .ascii))
    }

    @Test func colorChoiceNamesAreTheCommandLineWords() {
        #expect(ColorChoice.allCases.map(\.rawValue) == ["auto", "always", "never"])
    }
}
