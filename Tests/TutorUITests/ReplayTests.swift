import Foundation
import Lessons
import Testing
@testable import TutorUI

/// Replaying keys without a terminal: which frames come out, the separators, and that the
/// renderer's screens are exactly the view's.
struct ReplayTests {
    /// A sink that keeps the frames.
    struct Frames: FrameSink {
        var frames: [ReplayFrame] = []
        mutating func write(_ frame: ReplayFrame) { frames.append(frame) }
    }

    func replay(_ keys: String, frames selection: FrameSelection = .all) throws -> (Frames, Replay.Outcome) {
        var program = StepperProgram(lesson: try Fixtures.workedExample(), size: .minimum, context: .unicode)
        var sink = Frames()
        let outcome = Replay.run(&program, keys: try KeyScript(parsing: keys).keys, frames: selection, into: &sink)
        return (sink, outcome)
    }

    @Test func oneFrameBeforeAnyKeyThenOneAfterEachUntilQuit() throws {
        let (sink, outcome) = try replay("l l h q l l")
        #expect(sink.frames.map(\.number) == [1, 2, 3, 4])
        #expect(sink.frames.map(\.keyNumber) == [nil, 1, 2, 3])
        #expect(sink.frames.map { $0.key?.scriptName } == [nil, "l", "l", "h"])
        #expect(outcome == Replay.Outcome(frameCount: 4, keysIgnored: 2))
    }

    @Test func lastGivesOnlyTheFinalFrame() throws {
        let (all, _) = try replay("l l ]")
        let (last, _) = try replay("l l ]", frames: .last)
        #expect(last.frames.count == 1)
        #expect(last.frames.first == all.frames.last)
    }

    @Test func ticksAdvanceOnlyWhilePlaying() throws {
        let (sink, _) = try replay("tick p tick tick p tick")
        let steps = sink.frames.map { $0.screen.plainText().contains("step 3 of 33") }
        #expect(steps == [false, false, false, false, true, true, true])
    }

    @Test func separatorsAreLongerThanAnyScreenLine() throws {
        let (sink, _) = try replay("l ]")
        var text = ""
        var sinkText = TextFrameSink(format: .plain, separators: true) { text += $0 }
        for frame in sink.frames { sinkText.write(frame) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let separators: [String] = lines.map(String.init).filter { Screen.width(of: $0) > 80 }
        let expected: [String] = [
            "=== frame 1 (start) " + String(repeating: "=", count: 64),
            "=== frame 2 (key 1 of 2: l) " + String(repeating: "=", count: 56),
            "=== frame 3 (key 2 of 2: ]) " + String(repeating: "=", count: 56),
        ]
        #expect(separators == expected)
        #expect(lines.count == 3 * (1 + 24) + 1)
    }

    @Test func ansiFramesCarryColourAndPlainOnesDoNot() throws {
        let (sink, _) = try replay("l")
        var plain = "", ansi = ""
        var plainSink = TextFrameSink(format: .plain, separators: false) { plain += $0 }
        var ansiSink = TextFrameSink(format: .ansi(.dark), separators: false) { ansi += $0 }
        plainSink.write(sink.frames[1])
        ansiSink.write(sink.frames[1])
        #expect(!plain.contains("\u{1B}"))
        #expect(ansi.contains("1;97;44m"), "the highlight role (bold, bright white on blue)")
        // Without its escape codes, the ANSI text is the plain text (but for styled spaces at
        // line ends, which plain text trims).
        let stripped = ansi.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        func trimmed(_ text: String) -> [String] {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                String(line.reversed().drop { $0 == " " }.reversed())
            }
        }
        #expect(trimmed(stripped) == trimmed(plain))
    }

    @Test(arguments: ["worked-example.toml", "xor.toml"])
    func theRendererDrawsExactlyWhatTheViewDraws(lesson name: String) throws {
        let lesson = try Fixtures.lesson(endingWith: name)
        let keys = try KeyScript(parsing: "l l l ] l ] ] h h [ G g i l ? l ? : 7 enter p tick tick p + - ctrl-l").keys
        for size in [TerminalSize.minimum, TerminalSize(columns: 120, rows: 40), TerminalSize(columns: 60, rows: 20)] {
            for context in [RenderContext.unicode, .ascii] {
                var program = StepperProgram(lesson: lesson, size: size, context: context)
                let view = StepperView(lesson: lesson, context: context)
                for key in keys {
                    program.handle(key)
                    #expect(program.render() == view.render(program.state), "\(name) at \(size) after \(key.scriptName)")
                }
            }
        }
    }

    @Test func replayIsTheSameEveryTime() throws {
        let (first, _) = try replay("l ] ] l l ? ? G h")
        let (second, _) = try replay("l ] ] l l ? ? G h")
        #expect(first.frames == second.frames)
    }
}
