import Testing
@testable import Terminal
import TutorUI

/// Mapping what `wget_wch` returns to keys. The key codes are ncurses' documented values
/// (curs_getch(3X)), written out here rather than taken from the header.
struct KeyCodeTranslationTests {
    @Test func charactersAndControlCodes() {
        #expect(KeyCodeTranslation.key(forCharacter: 0x6C) == .character("l"))
        #expect(KeyCodeTranslation.key(forCharacter: 0x20) == .character(" "))
        #expect(KeyCodeTranslation.key(forCharacter: 0x3C3) == .character("σ"))
        #expect(KeyCodeTranslation.key(forCharacter: 0x1B) == .escape)
        #expect(KeyCodeTranslation.key(forCharacter: 0x0D) == .enter)
        #expect(KeyCodeTranslation.key(forCharacter: 0x7F) == .backspace)
        #expect(KeyCodeTranslation.key(forCharacter: 0x03) == .control("c"))
        #expect(KeyCodeTranslation.key(forCharacter: 0x0C) == .control("l"))
        #expect(KeyCodeTranslation.key(forCharacter: 0x1F) == nil)
        #expect(KeyCodeTranslation.key(forCharacter: 0xD800) == nil)
    }

    @Test func keypadCodes() {
        #expect(KeyCodeTranslation.key(forKeyCode: 0o402) == .down)
        #expect(KeyCodeTranslation.key(forKeyCode: 0o403) == .up)
        #expect(KeyCodeTranslation.key(forKeyCode: 0o404) == .left)
        #expect(KeyCodeTranslation.key(forKeyCode: 0o405) == .right)
        #expect(KeyCodeTranslation.key(forKeyCode: 0o406) == .home)
        #expect(KeyCodeTranslation.key(forKeyCode: 0o550) == .end)
        #expect(KeyCodeTranslation.key(forKeyCode: 0o407) == .backspace)
        #expect(KeyCodeTranslation.key(forKeyCode: 0o523) == .pageUp)
        #expect(KeyCodeTranslation.key(forKeyCode: 0o522) == .pageDown)
        #expect(KeyCodeTranslation.key(forKeyCode: 0o512) == .delete)
        #expect(KeyCodeTranslation.key(forKeyCode: 0o541) == .backTab)
        #expect(KeyCodeTranslation.key(forKeyCode: 0o527) == .enter)
        #expect(KeyCodeTranslation.key(forKeyCode: 0o632) == .resize)
        #expect(KeyCodeTranslation.key(forKeyCode: 0o410 + 1) == .function(1))
        #expect(KeyCodeTranslation.key(forKeyCode: 0o410 + 12) == .function(12))
        #expect(KeyCodeTranslation.key(forKeyCode: 0o410) == nil)
        #expect(KeyCodeTranslation.key(forKeyCode: 0o631) == nil)
    }

    @Test func paddingIsRemovedFromResetSequences() {
        let bytes = Array("\u{1B}[?25h$<5>\u{1B}[m$<2*/>x$5".utf8)
        #expect(ResetSequence.withoutPadding(bytes) == Array("\u{1B}[?25h\u{1B}[mx$5".utf8))
    }

    @Test func startProblemsComeInOrderOfWhatIsMissing() {
        #expect(TerminalSession.startProblem(standardInputIsTerminal: true, standardOutputIsTerminal: true,
                                             term: "xterm") == nil)
        #expect(TerminalSession.startProblem(standardInputIsTerminal: false, standardOutputIsTerminal: false,
                                             term: nil) == .standardOutputNotTerminal)
        #expect(TerminalSession.startProblem(standardInputIsTerminal: false, standardOutputIsTerminal: true,
                                             term: "xterm") == .standardInputNotTerminal)
        #expect(TerminalSession.startProblem(standardInputIsTerminal: true, standardOutputIsTerminal: true,
                                             term: "") == .terminalTypeUnset)
    }

    @Test func everyStartErrorPointsToReplay() {
        let errors: [TerminalStartError] = [.standardInputNotTerminal, .standardOutputNotTerminal,
                                            .terminalTypeUnset, .terminalTypeUnknown("vt52x")]
        for error in errors {
            #expect("\(error)".contains("backprop replay"), "\(error)")
        }
        #expect("\(TerminalStartError.terminalTypeUnknown("vt52x"))".contains("\"vt52x\""))
    }
}
