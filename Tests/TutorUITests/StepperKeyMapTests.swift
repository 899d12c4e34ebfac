import Testing
@testable import TutorUI

/// Which action each key stands for: the issue's key list, the jump prompt, a too-small terminal.
struct StepperKeyMapTests {
    let state: StepperState

    init() throws {
        state = StepperState(lesson: try Fixtures.workedExample(), size: .minimum)
    }

    func action(_ key: KeyEvent, in state: StepperState? = nil) -> StepperAction? {
        StepperKeyMap.action(for: key, in: state ?? self.state)
    }

    @Test func everyKeyOfTheIssueMapsToItsAction() {
        let expected: [(KeyEvent, StepperAction)] = [
            (.right, .nextStepPressed), (.character("l"), .nextStepPressed), (.character(" "), .nextStepPressed),
            (.enter, .nextStepPressed),
            (.left, .previousStepPressed), (.character("h"), .previousStepPressed), (.backspace, .previousStepPressed),
            (.character("]"), .nextPhasePressed), (.character("n"), .nextPhasePressed),
            (.character("["), .previousPhasePressed), (.character("N"), .previousPhasePressed),
            (.character("g"), .firstStepPressed), (.home, .firstStepPressed),
            (.character("G"), .lastStepPressed), (.end, .lastStepPressed),
            (.character("i"), .nextIterationPressed), (.character(":"), .jumpPromptOpened),
            (.character("p"), .playPausePressed), (.character("+"), .fasterPressed), (.character("-"), .slowerPressed),
            (.control("l"), .redrawPressed), (.character("?"), .helpToggled),
            (.character("q"), .quitPressed), (.escape, .quitPressed), (.control("c"), .interruptPressed),
            (.tick, .playbackTicked),
        ]
        for (key, action) in expected {
            #expect(self.action(key) == action, "key \(key.scriptName)")
        }
    }

    @Test func otherKeysSayTheyDoNothingAndAResizeIsNoKey() {
        #expect(action(.character("x")) == .unknownKeyPressed("x"))
        #expect(action(.function(5)) == .unknownKeyPressed("f5"))
        #expect(action(.resize) == nil)
    }

    @Test func inTheJumpPromptCharactersAreTypedAndEnterBackspaceEscEditIt() {
        var prompt = state
        reduce(&prompt, .jumpPromptOpened)
        #expect(action(.character("7"), in: prompt) == .jumpPromptTyped("7"))
        #expect(action(.character("l"), in: prompt) == .jumpPromptTyped("l"), "not the next step")
        #expect(action(.backspace, in: prompt) == .jumpPromptErased)
        #expect(action(.enter, in: prompt) == .jumpPromptSubmitted)
        #expect(action(.escape, in: prompt) == .jumpPromptCancelled)
        #expect(action(.character("q"), in: prompt) == .jumpPromptCancelled)
        #expect(action(.control("c"), in: prompt) == .interruptPressed)
        #expect(action(.right, in: prompt) == .nextStepPressed, "keys that are no text keep their meaning")
    }

    @Test func whileTheTerminalIsTooSmallOnlyTheQuitKeysAct() {
        var small = state
        reduce(&small, .resized(columns: 79, rows: 24))
        #expect(action(.character("l"), in: small) == nil)
        #expect(action(.tick, in: small) == nil)
        #expect(action(.character("?"), in: small) == nil)
        #expect(action(.character("q"), in: small) == .quitPressed)
        #expect(action(.escape, in: small) == .quitPressed)
        #expect(action(.control("c"), in: small) == .interruptPressed)
    }

    @Test func keyScriptsDriveTheReducerThroughTheKeyMap() throws {
        var state = self.state
        try Fixtures.press("l l ] : \"5\" enter", on: &state)
        #expect(state.stepInIteration == 4)
        #expect(state.jumpPrompt == nil)
    }
}
