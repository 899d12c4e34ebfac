import Testing
import TutorUI

/// Reading key scripts such as `"l l l ] ] h q"`, and the errors for bad ones.
struct KeyScriptTests {
    func keys(_ text: String) throws -> [KeyEvent] {
        try KeyScript(parsing: text).keys
    }

    func error(_ text: String) -> KeyScriptError? {
        do {
            _ = try KeyScript(parsing: text)
            return nil
        } catch {
            return error
        }
    }

    @Test func singleCharactersStandForThemselves() throws {
        #expect(try keys("l l l ] ] h q") == ["l", "l", "l", "]", "]", "h", "q"].map { KeyEvent.character($0) })
        #expect(try keys("  ?\t:  +\n- ") == ["?", ":", "+", "-"].map { KeyEvent.character($0) })
        #expect(try keys("") == [])
    }

    @Test func namesAreCaseInsensitive() throws {
        #expect(try keys("RIGHT Left up DOWN Enter space ESC tab backspace home end") ==
            [.right, .left, .up, .down, .enter, .character(" "), .escape, .tab, .backspace, .home, .end])
        #expect(try keys("pageup pgdn insert del backtab shift-tab return escape bs") ==
            [.pageUp, .pageDown, .insert, .delete, .backTab, .backTab, .enter, .escape, .backspace])
    }

    @Test func tickIsOneBeatOfThePlaybackClock() throws {
        #expect(try keys("p tick TICK") == [.character("p"), .tick, .tick])
        #expect(KeyEvent.tick.scriptName == "tick")
    }

    @Test func controlKeysAndFunctionKeys() throws {
        #expect(try keys("ctrl-l CTRL-C ctrl-z f1 F12 f63") ==
            [.control("l"), .control("c"), .control("z"), .function(1), .function(12), .function(63)])
    }

    @Test func controlKeysThatTerminalsSendAsOtherKeysUseThoseKeys() throws {
        #expect(try keys("ctrl-h ctrl-i ctrl-j ctrl-m") == [.backspace, .tab, .enter, .enter])
    }

    @Test func typedTextIsOneKeyPerCharacter() throws {
        let typed: [KeyEvent] = ["0", ".", "3", "7"].map { .character($0) }
        #expect(try keys("type:0.37") == typed)
        #expect(try keys("\"0.37\"") == typed)
        #expect(try keys(": type:12 enter") == [.character(":"), .character("1"), .character("2"), .enter])
    }

    @Test func quotedTextMayHoldSpacesAndEscapedQuotes() throws {
        #expect(try keys(#""a \"b\" \\" q"#) ==
            ["a", " ", "\"", "b", "\"", " ", "\\", "q"].map { KeyEvent.character($0) })
        #expect(try keys(#"" x"#) == [.character("\""), .character("x")])
    }

    @Test func unknownNameIsReportedWithItsPositionAndKeyNumber() {
        let found = error("l l rigth q")
        #expect(found == KeyScriptError(.unknownKeyName("rigth"), position: 5, keyNumber: 3))
        let message = found.map { "\($0)" } ?? ""
        #expect(message.contains("unknown key name \"rigth\" at position 5 (key 3)"))
        #expect(message.contains("right"))
        #expect(message.contains("type:0.37"))
    }

    @Test func badControlAndFunctionKeysAreUnknownNames() {
        #expect(error("ctrl-1") == KeyScriptError(.unknownKeyName("ctrl-1"), position: 1, keyNumber: 1))
        #expect(error("ctrl-ab") == KeyScriptError(.unknownKeyName("ctrl-ab"), position: 1, keyNumber: 1))
        #expect(error("f0") == KeyScriptError(.unknownKeyName("f0"), position: 1, keyNumber: 1))
        #expect(error("x f64") == KeyScriptError(.unknownKeyName("f64"), position: 3, keyNumber: 2))
        #expect(error("f+1") == KeyScriptError(.unknownKeyName("f+1"), position: 1, keyNumber: 1))
        #expect(error("0.37") == KeyScriptError(.unknownKeyName("0.37"), position: 1, keyNumber: 1))
    }

    @Test func quotingAndTypingErrors() {
        #expect(error(#"l "abc"#) == KeyScriptError(.unterminatedQuote, position: 3, keyNumber: 2))
        #expect(error(#""ab"c"#) == KeyScriptError(.textAfterClosingQuote, position: 1, keyNumber: 1))
        #expect(error("q type:") == KeyScriptError(.emptyText, position: 3, keyNumber: 2))
        #expect(error(#""""#) == KeyScriptError(.emptyText, position: 1, keyNumber: 1))
    }

    @Test func scriptNamesReadBackAsTheSameKeys() throws {
        let all: [KeyEvent] = [
            .character("l"), .character(" "), .character("]"), .up, .down, .left, .right, .home, .end,
            .pageUp, .pageDown, .insert, .delete, .enter, .tab, .backTab, .backspace, .escape,
            .control("l"), .control("c"), .function(5),
        ]
        #expect(try keys(all.map(\.scriptName).joined(separator: " ")) == all)
    }

    @Test func controlCodesMapAsTerminalsSendThem() {
        #expect(KeyEvent(controlCode: 0x03) == .control("c"))
        #expect(KeyEvent(controlCode: 0x0C) == .control("l"))
        #expect(KeyEvent(controlCode: 0x08) == .backspace)
        #expect(KeyEvent(controlCode: 0x7F) == .backspace)
        #expect(KeyEvent(controlCode: 0x09) == .tab)
        #expect(KeyEvent(controlCode: 0x0A) == .enter)
        #expect(KeyEvent(controlCode: 0x0D) == .enter)
        #expect(KeyEvent(controlCode: 0x1B) == .escape)
        #expect(KeyEvent(controlCode: 0x00) == nil)
        #expect(KeyEvent(controlCode: 0x1C) == nil)
    }
}
