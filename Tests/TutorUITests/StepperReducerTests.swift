import BackpropCore
import Lessons
import Testing
@testable import TutorUI

/// How each action changes the stepper's state.
struct StepperReducerTests {
    let size = TerminalSize(columns: 80, rows: 24)

    func stepper(_ lesson: Lesson) -> StepperState { StepperState(lesson: lesson, size: size) }

    /// Applies actions in order.
    func applying(_ actions: [StepperAction], to state: StepperState) -> StepperState {
        var state = state
        for action in actions { reduce(&state, action) }
        return state
    }

    @Test func nextAndPreviousMoveOneStepAndStopAtTheEnds() throws {
        var state = stepper(try Fixtures.workedExample())
        #expect(state.position == 0 && state.step.kind == .weightedSum)
        reduce(&state, .previousStepPressed)
        #expect(state.position == 0)
        #expect(state.message?.text == "Start of the lesson")
        reduce(&state, .nextStepPressed)
        #expect(state.position == 1 && state.step.kind == .activation)
        #expect(state.message == nil)
        reduce(&state, .lastStepPressed)
        #expect(state.isAtEnd && state.step.kind == .update)
        let end = state.position
        reduce(&state, .nextStepPressed)
        #expect(state.position == end)
        #expect(state.message?.text.hasPrefix("End of the lesson") == true)
        reduce(&state, .previousStepPressed)
        #expect(state.position == end - 1)
        reduce(&state, .firstStepPressed)
        #expect(state.position == 0)
    }

    @Test func phaseKeysJumpToTheFirstStepOfEachPhase() throws {
        var state = stepper(try Fixtures.workedExample())
        var phases: [Phase] = [state.step.phase]
        for _ in 0..<4 {
            reduce(&state, .nextPhasePressed)
            #expect(state.current.steps[state.stepInIteration - 1].phase != state.step.phase)
            phases.append(state.step.phase)
        }
        #expect(phases == [.forward, .loss, .backward, .gradients, .update])
        // In the middle of a phase, [ goes to its start; at its start, to the previous phase's start.
        reduce(&state, .nextStepPressed)
        reduce(&state, .nextStepPressed)
        reduce(&state, .previousPhasePressed)
        #expect(state.step.phase == .update && state.current.steps[state.stepInIteration - 1].phase == .gradients)
        reduce(&state, .previousPhasePressed)
        #expect(state.step.phase == .gradients && state.current.steps[state.stepInIteration - 1].phase == .backward)
        // ] at the last phase of the last update stays on the last step.
        reduce(&state, .lastStepPressed)
        reduce(&state, .nextPhasePressed)
        #expect(state.isAtEnd)
    }

    @Test func iterationKeyMovesToTheNextUpdateAndRebuildsItsSteps() throws {
        var state = stepper(try Fixtures.xor())
        #expect(state.timeline.iterations > 2)
        reduce(&state, .nextStepPressed)
        reduce(&state, .nextIterationPressed)
        #expect(state.iteration == 2 && state.stepInIteration == 0)
        #expect(state.current.trace.samples[0].sample == 1, "per-sample updates cycle through the data")
        reduce(&state, .previousPhasePressed)
        #expect(state.iteration == 1 && state.step.phase == .update)
        reduce(&state, .lastStepPressed)
        reduce(&state, .nextIterationPressed)
        #expect(state.iteration == state.timeline.iterations)
        #expect(state.message?.text.hasPrefix("This is the last update") == true)
    }

    @Test func jumpPromptTakesAStepNumberOfThisUpdate() throws {
        var state = stepper(try Fixtures.workedExample())
        state = applying([.jumpPromptOpened, .jumpPromptTyped("1"), .jumpPromptTyped("4")], to: state)
        #expect(state.jumpPrompt == "14")
        reduce(&state, .jumpPromptSubmitted)
        #expect(state.jumpPrompt == nil && state.stepInIteration == 13)
        #expect(state.step.kind == .activationGradient)
        // Not a number, too large, erased, cancelled.
        state = applying([.jumpPromptOpened, .jumpPromptTyped("x")], to: state)
        #expect(state.message?.isError == true && state.jumpPrompt == "")
        state = applying([.jumpPromptTyped("9"), .jumpPromptTyped("9"), .jumpPromptSubmitted], to: state)
        #expect(state.message?.text == "No step 99: this update has steps 1 to 33")
        #expect(state.stepInIteration == 13)
        state = applying([.jumpPromptOpened, .jumpPromptTyped("2"), .jumpPromptErased, .jumpPromptErased], to: state)
        #expect(state.jumpPrompt == nil)
        state = applying([.jumpPromptOpened, .jumpPromptTyped("2"), .quitPressed], to: state)
        #expect(state.jumpPrompt == nil && !state.hasQuit && state.stepInIteration == 13)
    }

    @Test func playbackAdvancesOnTicksAndStopsAtTheEnd() throws {
        var state = stepper(try Fixtures.workedExample())
        reduce(&state, .playbackTicked)
        #expect(state.position == 0, "ticks do nothing while paused")
        reduce(&state, .playPausePressed)
        #expect(state.playback.isPlaying)
        reduce(&state, .playbackTicked)
        reduce(&state, .playbackTicked)
        #expect(state.position == 2)
        let delay = state.playback.delay
        reduce(&state, .fasterPressed)
        #expect(state.playback.delay < delay)
        for _ in 0..<20 { reduce(&state, .slowerPressed) }
        #expect(state.playback.speed == 0)
        reduce(&state, .lastStepPressed)
        reduce(&state, .previousStepPressed)
        reduce(&state, .playbackTicked)
        #expect(state.isAtEnd && !state.playback.isPlaying)
        reduce(&state, .playPausePressed)
        #expect(!state.playback.isPlaying && state.message != nil)
    }

    @Test func helpQuitRedrawAndResize() throws {
        var state = stepper(try Fixtures.workedExample())
        reduce(&state, .helpToggled)
        #expect(state.isHelpVisible)
        reduce(&state, .quitPressed)
        #expect(!state.isHelpVisible && !state.hasQuit, "q closes the help first")
        reduce(&state, .redrawPressed)
        #expect(state.needsFullRedraw)
        reduce(&state, .resized(columns: 120, rows: 40))
        #expect(state.size == TerminalSize(columns: 120, rows: 40))
        reduce(&state, .quitPressed)
        #expect(state.hasQuit)
    }

    @Test func knownValuesFollowThePosition() throws {
        var state = stepper(try Fixtures.workedExample())
        #expect(state.known.z[0] == 0.3775 && state.known.a[0] == nil)
        reduce(&state, .nextStepPressed)
        #expect(state.known.a[0] != nil && state.known.z[1] == nil)
        reduce(&state, .previousStepPressed)
        #expect(state.known.a[0] == nil, "rewinding hides what has not been computed yet")
    }

    @Test func ctrlCQuitsAtOnceWhateverIsOpen() throws {
        var state = stepper(try Fixtures.workedExample())
        state = applying([.helpToggled, .jumpPromptOpened], to: state)
        reduce(&state, .interruptPressed)
        #expect(state.hasQuit)
    }

    @Test func anUnknownKeySaysSoAndChangesNothingElse() throws {
        var state = stepper(try Fixtures.workedExample())
        reduce(&state, .nextStepPressed)
        reduce(&state, .unknownKeyPressed("x"))
        #expect(state.position == 1)
        #expect(state.message == StepperMessage("The key x does nothing here: ? lists the keys", isError: true))
        reduce(&state, .nextStepPressed)
        #expect(state.message == nil, "a message lasts one action")
    }

    @Test func anyOtherKeyClosesTheHelpWithoutActing() throws {
        var state = stepper(try Fixtures.workedExample())
        reduce(&state, .helpToggled)
        reduce(&state, .nextStepPressed)
        #expect(!state.isHelpVisible && state.position == 0, "the key only closed the help")
        reduce(&state, .helpToggled)
        reduce(&state, .playPausePressed)
        #expect(!state.isHelpVisible && !state.playback.isPlaying)
        // Behind the help, playback goes on and a resize still lays out.
        state = applying([.playPausePressed, .helpToggled, .playbackTicked, .resized(columns: 100, rows: 30)], to: state)
        #expect(state.isHelpVisible && state.position == 1 && state.size == TerminalSize(columns: 100, rows: 30))
    }

    @Test func aTooSmallTerminalIsReported() throws {
        var state = stepper(try Fixtures.workedExample())
        #expect(state.fitsScreen)
        reduce(&state, .resized(columns: 80, rows: 23))
        #expect(!state.fitsScreen)
        reduce(&state, .resized(columns: 80, rows: 24))
        #expect(state.fitsScreen)
    }
}

