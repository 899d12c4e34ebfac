import Foundation
import Lessons
import Testing
@testable import TutorUI

/// Demo scripts: reading them (with errors by line and column), laying them out in time,
/// and replaying them with captions and the playback clock.
struct DemoScriptTests {
    @Test func readsKeysWaitsCaptionsAndComments() throws {
        let script = try DemoScript(parsing: """
            # A tour
            caption "The forward pass: \\"z\\", then a"
            l l   # two steps
            WAIT 1.5
            tab e "0.9" enter
              caption off
            "#" type:# # keys that are a hash

            wait 2
            """)
        #expect(script.lines.map(\.number) == [2, 3, 4, 5, 6, 7, 9])
        #expect(script.lines.map(\.command) == [
            .caption("The forward pass: \"z\", then a"),
            .keys([.character("l"), .character("l")]),
            .wait(1.5),
            .keys([.tab, .character("e"), .character("0"), .character("."), .character("9"), .enter]),
            .caption(nil),
            .keys([.character("#"), .character("#")]),
            .wait(2),
        ])
    }

    @Test(arguments: [
        ("l l\nl foo", 2, 3, "unknown key name \"foo\""),
        ("wait", 1, 5, "wait needs a number of seconds, like wait 1.5"),
        ("\n\nwait abc", 3, 6, "wait needs a number of seconds, like wait 1.5, not \"abc\""),
        ("wait -1", 1, 6, "not \"-1\""),
        ("wait 1e3", 1, 6, "not \"1e3\""),
        ("wait 3601", 1, 6, "longer than the longest wait, 3600 seconds"),
        ("caption", 1, 8, "caption needs its text in double quotes"),
        ("caption Hello there", 1, 9, "caption needs its text in double quotes: caption \"Hello there\""),
        ("caption \"Hello", 1, 9, "the caption's double quote is never closed"),
        ("caption \"Hello\" there", 1, 17, "nothing may follow the caption's closing quote"),
        ("caption \"\"", 1, 9, "caption needs its text"),
        ("l\n  \"0.9", 2, 3, "the double quote is never closed"),
        // Windows line ends keep lines and columns.
        ("l\r\nwait soon\r\n", 2, 6, "not \"soon\""),
        ("l\r\n\r\nl l xyz\r\n", 3, 5, "unknown key name \"xyz\""),
        ("caption \"a\" b\r\n", 1, 13, "nothing may follow the caption's closing quote"),
    ])
    func mistakesAreReportedWithTheirLineAndColumn(text: String, line: Int, column: Int, message: String) throws {
        do {
            _ = try DemoScript(parsing: text)
            Issue.record("\(text) was read")
        } catch {
            #expect(error.line == line && error.column == column, "\(error)")
            #expect(error.message.contains(message), "\(error.message)")
            #expect(error.description.hasPrefix("line \(line), column \(column): "))
            #expect(!error.message.contains("of the key script"), "the key script's own place is left out")
        }
    }

    @Test func windowsLineEndsEndLines() throws {
        // The QA case: every line ends in \r\n, which Swift reads as one Character.
        let crlf = try DemoScript(parsing: "l\r\nWAIT 1\r\nCaption OFF\r\n")
        #expect(crlf.lines.map(\.number) == [1, 2, 3])
        #expect(crlf.lines.map(\.command) == [.keys([.character("l")]), .wait(1), .caption(nil)])
        // Mixed line ends, a blank CRLF line, and a last line ending in a lone \r.
        let mixed = try DemoScript(parsing: "l\n\r\ncaption \"a\"\r\nwait 2\r")
        #expect(mixed.lines.map(\.number) == [1, 3, 4])
        #expect(mixed.lines.map(\.command) == [.keys([.character("l")]), .caption("a"), .wait(2)])
        #expect(DemoScript.lineTexts(of: "a\r\nb\nc\r") == ["a", "b", "c"])
    }


    @Test func theScheduleSpacesKeysAndAddsWaits() throws {
        let script = try DemoScript(parsing: "caption \"a\"\nl l\nwait 2\ncaption off\nl\nwait 1.25")
        let schedule = DemoSchedule(script: script, keyInterval: 0.5)
        #expect(schedule.events.map(\.time) == [0, 0.5, 1, 3, 3.5])
        #expect(schedule.events.map(\.label) == ["line 1: caption", "line 2: l", "line 2: l", "line 4: caption off", "line 5: l"])
        #expect(schedule.endTime == 4.75)
        let keys = DemoSchedule(script: DemoScript(keys: [.character("l"), .character("q")]), keyInterval: 0.25)
        #expect(keys.events.map(\.label) == ["key 1 of 2: l", "key 2 of 2: q"])
        #expect(keys.events.map(\.time) == [0.25, 0.5])
    }

    /// A sink that keeps the frames and the end.
    struct Frames: DemoFrameSink {
        var frames: [DemoFrame] = []
        var end: Double?
        mutating func write(_ frame: DemoFrame) { frames.append(frame) }
        mutating func finish(at time: Double) { end = time }
    }

    func replay(_ text: String, clock: Bool = true, frames: FrameSelection = .all) throws -> (Frames, DemoReplay.Outcome) {
        var program = StepperProgram(lesson: try Fixtures.workedExample(), size: .minimum, context: .unicode)
        var sink = Frames()
        let outcome = DemoReplay.run(&program, schedule: DemoSchedule(script: try DemoScript(parsing: text)),
                                     frames: frames, playbackClock: clock, into: &sink)
        return (sink, outcome)
    }

    static func statusLine(_ frame: DemoFrame) -> String {
        String(frame.screen.plainText().split(separator: "\n", omittingEmptySubsequences: false).dropLast().last ?? "")
    }

    @Test func captionsShowOnTheStatusLineUntilTheNextOne() throws {
        let (sink, outcome) = try replay("caption \"The forward pass\"\nl\ncaption \"Now a\"\nl\ncaption off\nwait 1")
        #expect(outcome.eventsIgnored == 0)
        #expect(sink.frames.map(\.label) == ["start", "line 1: caption", "line 2: l", "line 3: caption", "line 4: l",
                                             "line 5: caption off"])
        let status = sink.frames.map(Self.statusLine)
        #expect(status[0].hasPrefix(" A full worked example"))
        #expect(status[1].hasPrefix(" The forward pass") && status[2].hasPrefix(" The forward pass"))
        #expect(status[3].hasPrefix(" Now a") && status[4].hasPrefix(" Now a"))
        #expect(status[5].hasPrefix(" A full worked example"))
        #expect(status[4].contains("step 3 of 33"))
        #expect(sink.frames.map(\.time) == [0, 0, 0.5, 0.5, 1, 1])
        #expect(sink.end == 2)
    }

    @Test func aDemoPlayingInTheTerminalShowsItsOwnKeys() throws {
        var program = StepperProgram(lesson: try Fixtures.workedExample(), size: .minimum, context: .unicode)
        func hintsLine() -> String {
            String(program.render().plainText().split(separator: "\n", omittingEmptySubsequences: false).last ?? "")
        }
        #expect(hintsLine().contains("→/l next"))
        program.showDemoControl(.running)
        #expect(hintsLine().trimmingCharacters(in: .whitespaces) == "space pause  Enter take over  q quit")
        program.showDemoControl(.paused)
        #expect(hintsLine().contains("space resume"))
        program.showDemoControl(nil)
        #expect(hintsLine().contains("→/l next"), "taken over: the stepper's keys again")
    }

    @Test func aLongCaptionKeepsTheStepCount() throws {
        let caption = String(repeating: "A caption that goes on ", count: 3)
        let (sink, _) = try replay("caption \"\(caption)\"")
        let status = Self.statusLine(sink.frames[1])
        #expect(status.contains("step 1/33"))
        #expect(status.contains("…"))
    }

    @Test func thePlaybackClockTicksDuringWaits() throws {
        // p at 0.5 s; at 1 step a second, ticks at 1.5, 2.5 and 3.5 before the end at 3.5.
        let (sink, _) = try replay("p\nwait 3")
        #expect(sink.frames.map(\.label) == ["start", "line 1: p", "tick", "tick", "tick"])
        #expect(sink.frames.map(\.time) == [0, 0.5, 1.5, 2.5, 3.5])
        #expect(Self.statusLine(sink.frames.last!).contains("step 4 of 33"))
        // Without the clock (replay --keys), only tick keys tick.
        let (still, _) = try replay("p\nwait 3", clock: false)
        #expect(still.frames.count == 2)
    }

    @Test func aQuitEndsTheReplayAndCountsWhatWasLeft() throws {
        let (sink, outcome) = try replay("l\nq\nl\ncaption \"never\"")
        #expect(sink.frames.count == 2)
        #expect(outcome.eventsIgnored == 2 && outcome.firstIgnored?.line == 3)
    }

    @Test func lastGivesTheFinalFrameOnly() throws {
        let (all, _) = try replay("l l\ncaption \"x\"")
        let (last, _) = try replay("l l\ncaption \"x\"", frames: .last)
        #expect(last.frames.count == 1 && last.frames[0] == all.frames.last)
    }

    @Test func theShippedDemoReadsAndRunsToItsEnd() throws {
        let file = Fixtures.lessonsFolder.deletingLastPathComponent().appendingPathComponent("demos/worked-example.demo")
        let script = try DemoScript(parsing: try String(contentsOf: file, encoding: .utf8))
        var program = StepperProgram(lesson: try Fixtures.workedExample(), size: TerminalSize(columns: 100, rows: 30),
                                     context: .presenter(glyphs: .unicode))
        var sink = Frames()
        let outcome = DemoReplay.run(&program, schedule: DemoSchedule(script: script), frames: .all, playbackClock: true,
                                     into: &sink)
        #expect(outcome.eventsIgnored == 0 && !program.isFinished)
        // It makes a what-if edit and takes it back, and ends at the last step with no caption.
        #expect(sink.frames.contains { $0.screen.plainText().contains("What if w₅ = 0.9 (was 0.4)") })
        #expect(program.state.lesson.network.parameters[4] == 0.4)
        #expect(program.state.isAtEnd && program.state.instructor.caption == nil)
    }
}
