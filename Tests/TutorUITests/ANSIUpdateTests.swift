import Foundation
import Lessons
import Testing
@testable import TutorUI

/// Recordings write only what changed between frames: applying each update to a terminal
/// showing the frame before gives exactly the next frame, read back by a small ANSI reader.
struct ANSIUpdateTests {
    /// A terminal grid that understands what the recorder writes: cursor addresses, clear,
    /// erase to the end of the line, SGR codes from a reset, and the cursor's visibility.
    struct TerminalGrid {
        var cells: [[(Character, String)]]
        var row = 0, column = 0, parameters = ""

        init(columns: Int, rows: Int) {
            cells = Array(repeating: Array(repeating: (" ", ""), count: columns), count: rows)
        }

        /// Applies `text`, failing the test on a sequence it does not know.
        mutating func apply(_ text: String) {
            var characters = Array(text)[...]
            while let character = characters.popFirst() {
                guard character == "\u{1B}" else {
                    #expect(row < cells.count && column < cells[row].count, "drawn outside the screen at \(row),\(column)")
                    if row < cells.count, column < cells[row].count { cells[row][column] = (character, parameters) }
                    column += 1
                    continue
                }
                #expect(characters.popFirst() == "[")
                var body = ""
                while let next = characters.popFirst() {
                    if next.isLetter { body.append(next); break }
                    body.append(next)
                }
                let final = body.removeLast()
                switch (final, body) {
                case ("H", ""): (row, column) = (0, 0)
                case ("H", _):
                    let numbers = body.split(separator: ";").compactMap { Int($0) }
                    (row, column) = (numbers[0] - 1, numbers[1] - 1)
                case ("J", "2"): cells = cells.map { $0.map { _ in (" ", "") } }
                case ("K", ""):
                    for index in column..<cells[row].count { cells[row][index] = (" ", parameters) }
                case ("m", "0"), ("m", ""): parameters = ""
                case ("m", _): parameters = body.hasPrefix("0;") ? String(body.dropFirst(2)) : body
                case ("l", "?25"), ("h", "?25"): break
                default: Issue.record("an escape sequence the recorder should not write: ESC[\(body)\(final)")
                }
            }
        }

        /// Whether the grid shows `screen` drawn in `theme`.
        func shows(_ screen: Screen, theme: Theme) -> Bool {
            (0..<screen.rows).allSatisfy { row in
                (0..<screen.columns).allSatisfy { column in
                    let cell = screen[row, column]
                    let expected = (cell.character, SelectGraphicRendition.parameters(for: cell.style, theme: theme))
                    return cells[row][column] == expected
                }
            }
        }
    }

    /// Collects the frames of a demo.
    struct Frames: DemoFrameSink {
        var frames: [DemoFrame] = []
        mutating func write(_ frame: DemoFrame) { frames.append(frame) }
        mutating func finish(at time: Double) {}
    }

    /// The frames of the shipped demo of the worked example at `size`.
    func shippedDemo(size: TerminalSize, context: RenderContext) throws -> [DemoFrame] {
        let file = Fixtures.lessonsFolder.deletingLastPathComponent().appendingPathComponent("demos/worked-example.demo")
        let script = try DemoScript(parsing: try String(contentsOf: file, encoding: .utf8))
        var program = StepperProgram(lesson: try Fixtures.workedExample(), size: size, context: context)
        var sink = Frames()
        DemoReplay.run(&program, schedule: DemoSchedule(script: script), frames: .all, playbackClock: true, into: &sink)
        return sink.frames
    }

    @Test(arguments: [(80, 24, false), (100, 30, true)])
    func updatesReproduceEveryFrameOfTheShippedDemo(columns: Int, rows: Int, presenter: Bool) throws {
        let size = TerminalSize(columns: columns, rows: rows)
        let theme = presenter ? ThemeName.dark.presenterTheme : Theme.dark
        let frames = try shippedDemo(size: size, context: presenter ? .presenter(glyphs: .unicode) : .unicode)
        #expect(frames.count > 40)
        var recorder = ANSIScreenRecorder(theme: theme)
        var grid = TerminalGrid(columns: columns, rows: rows)
        var updateBytes = 0
        for frame in frames {
            let text = recorder.text(for: frame.screen)
            if frame.number > 1 { updateBytes += text.utf8.count }
            grid.apply(text)
            #expect(grid.shows(frame.screen, theme: theme), "frame \(frame.number) (\(frame.label))")
        }
        // Each update is a fraction of a full redraw.
        let redraws = frames.dropFirst().reduce(0) { $0 + $1.screen.ansiRedraw(theme: theme).utf8.count }
        #expect(updateBytes * 4 < redraws, "updates \(updateBytes) bytes, redraws \(redraws)")
    }

    @Test func anUnchangedScreenNeedsNothingAndOneCellLittle() {
        var screen = Screen(columns: 20, rows: 3)
        screen.put("abc", row: 1, column: 2, style: .normal)
        #expect(screen.ansiUpdate(from: screen, theme: .dark) == "")
        var next = screen
        next.put("x", row: 1, column: 3, style: Style(.title, .bold))
        #expect(next.ansiUpdate(from: screen, theme: .dark) == "\u{1B}[2;4H\u{1B}[0;1;97mx\u{1B}[0m")
        // Text that ends the row's content erases to the end of the line.
        var shorter = screen
        shorter.put("   ", row: 1, column: 2, style: .normal)
        #expect(shorter.ansiUpdate(from: screen, theme: .dark) == "\u{1B}[2;3H\u{1B}[K")
        // A screen of another size is redrawn in full.
        let larger = Screen(columns: 21, rows: 3)
        #expect(larger.ansiUpdate(from: screen, theme: .dark) == larger.ansiRedraw(theme: .dark))
    }
}
