import Testing
@testable import TutorUI

/// The key precedence as one table: which ``StepperInputMode`` a state is in when several
/// things are open at once, and what the same keys mean in each mode.
struct KeyPrecedenceTests {
    /// The keys each mode's row is probed with.
    static let probes: [KeyEvent] = [.character("q"), .escape, .character("e"), .character("1"), .enter, .down, .tick,
                                     .character("m")]

    /// For each mode, the actions of ``probes`` in order (nil: the key does nothing).
    static let table: [(mode: StepperInputMode, actions: [StepperAction?])] = {
        let quit = StepperAction.quitPressed, next = StepperAction.nextStepPressed
        let tick = StepperAction.playbackTicked, unknown1 = StepperAction.unknownKeyPressed("1")
        let unknownDown = StepperAction.unknownKeyPressed("down")
        let edit = StepperAction.instructor(.editPressed), layers = StepperAction.layerViewToggled
        func training(_ action: TrainingAction) -> StepperAction { .training(action) }
        func instructor(_ action: InstructorAction) -> StepperAction { .instructor(action) }
        func lesson(_ action: LessonAction) -> StepperAction { .lesson(action) }
        return [
            (.terminalTooSmall, [quit, quit, nil, nil, nil, nil, nil, nil]),
            (.helpOverTraining, [quit, quit, .unknownKeyPressed("e"), unknown1, next, unknownDown, training(.ticked),
                                 layers]),
            (.trainingView, [training(.leavePressed), training(.leavePressed), training(.unknownKeyPressed("e")),
                             training(.updatesRequested(1)), training(.unknownKeyPressed("enter")),
                             training(.unknownKeyPressed("down")), training(.ticked),
                             training(.unknownKeyPressed("m"))]),
            (.jumpPrompt, [.jumpPromptCancelled, .jumpPromptCancelled, .jumpPromptTyped("e"), .jumpPromptTyped("1"),
                           .jumpPromptSubmitted, unknownDown, tick, .jumpPromptTyped("m")]),
            (.editPrompt, [instructor(.editTyped("q")), instructor(.editCancelled), instructor(.editTyped("e")),
                           instructor(.editTyped("1")), instructor(.editSubmitted), instructor(.editKeyIgnored("down")),
                           tick, instructor(.editTyped("m"))]),
            (.valueSelected(over: .stepping), [instructor(.selectionDismissed), instructor(.selectionDismissed), edit,
                                               unknown1, next, instructor(.selectNextPressed), tick, layers]),
            (.valueSelected(over: .quizWaiting(asksForValue: true, hasTyped: false)),
             [instructor(.selectionDismissed), instructor(.selectionDismissed), edit, lesson(.answerTyped("1")),
              lesson(.answerSubmitted), instructor(.selectNextPressed), tick, layers]),
            (.help, [quit, quit, edit, unknown1, next, unknownDown, tick, layers]),
            (.finishCard, [quit, quit, lesson(.finishCardClosed), lesson(.finishCardClosed), lesson(.nextLessonOpened),
                           lesson(.finishCardClosed), tick, lesson(.finishCardClosed)]),
            (.quizWaiting(asksForValue: true, hasTyped: false),
             [quit, quit, lesson(.answerTyped("e")), lesson(.answerTyped("1")), lesson(.answerSubmitted), unknownDown, tick,
              layers]),
            (.quizWaiting(asksForValue: true, hasTyped: true),
             [quit, lesson(.answerCleared), lesson(.answerTyped("e")), lesson(.answerTyped("1")), lesson(.answerSubmitted),
              unknownDown, tick, layers]),
            (.quizWaiting(asksForValue: false, hasTyped: false),
             [quit, quit, edit, lesson(.choicePicked(1)), lesson(.answerSubmitted), unknownDown, tick, layers]),
            (.lastStep, [quit, quit, edit, unknown1, lesson(.finishCardOpened), unknownDown, tick, layers]),
            (.stepping, [quit, quit, edit, unknown1, next, unknownDown, tick, layers]),
        ]
    }()

    @Test func eachModeGivesItsRowOfActions() {
        for (mode, actions) in Self.table {
            #expect(actions.count == Self.probes.count, "\(mode)")
            for (key, action) in zip(Self.probes, actions) {
                #expect(StepperKeyMap.action(for: key, in: mode) == action, "\(mode), key \(key.scriptName)")
            }
        }
    }

    @Test func everyRowDiffersButHelpAndSteppingWhichShareTheSteppingKeys() {
        // Rows that differ are what make a swap of two modes' maps fail the table above;
        // the help differs from stepping by what it hides (see the ladder below).
        for (index, row) in Self.table.enumerated() {
            for other in Self.table[(index + 1)...] where row.actions == other.actions {
                #expect(Set([row.mode, other.mode]) == [.help, .stepping], "\(row.mode) and \(other.mode)")
            }
        }
    }

    /// A state with everything open at once, then closed one thing at a time from the top:
    /// each step names the mode that the next thing down gives.
    @Test func theModeIsTheFirstThatAppliesInOrder() throws {
        var state = StepperState(lesson: try Fixtures.quizLesson(), size: .minimum)
        state.session = LessonSession(asksQuizzes: true)
        reduce(&state, .instructor(.selectNextPressed))
        reduce(&state, .instructor(.editPressed))
        state.session?.isFinishCardVisible = true
        state.isHelpVisible = true
        state.jumpPrompt = ""
        state.training.isVisible = true
        state.size = TerminalSize(columns: 79, rows: 24)
        let ladder: [(String, (inout StepperState) -> Void, StepperInputMode)] = [
            ("everything open at once", { _ in }, .terminalTooSmall),
            ("the terminal large enough", { $0.size = .minimum }, .helpOverTraining),
            ("the help closed", { $0.isHelpVisible = false }, .trainingView),
            ("the training view closed, the help open again", {
                $0.training.isVisible = false
                $0.isHelpVisible = true
            }, .jumpPrompt),
            ("the jump prompt closed", { $0.jumpPrompt = nil }, .editPrompt),
            ("the edit prompt closed", { $0.instructor.prompt = nil }, .valueSelected(over: .help)),
            ("the selection dismissed", { $0.selection = nil }, .help),
            ("the help closed", { $0.isHelpVisible = false }, .finishCard),
            ("the card closed", { $0.session?.isFinishCardVisible = false },
             .quizWaiting(asksForValue: true, hasTyped: false)),
            ("an answer typed", { reduce(&$0, .lesson(.answerTyped("1"))) },
             .quizWaiting(asksForValue: true, hasTyped: true)),
            ("the value quiz skipped, G stopping at the choice quiz", {
                reduce(&$0, .lesson(.quizSkipped))
                reduce(&$0, .lastStepPressed)
            }, .quizWaiting(asksForValue: false, hasTyped: false)),
            ("the choice quiz skipped, G at the last step", {
                reduce(&$0, .lesson(.quizSkipped))
                reduce(&$0, .lastStepPressed)
            }, .lastStep),
            ("no lesson session", { $0.session = nil }, .stepping),
        ]
        for (change, apply, mode) in ladder {
            apply(&state)
            #expect(StepperInputMode(state) == mode, "after \(change)")
        }
    }
}
