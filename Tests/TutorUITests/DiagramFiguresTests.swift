import Foundation
import Lessons
import Testing
@testable import TutorUI

/// Issue 10's figures for every shipped lesson at 80x24 and 100x30.
struct DiagramFiguresTests {
    @Test func figuresOfEveryShippedLesson() throws {
        var total = DiagramFigures()
        var report = ""
        for size in [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 100, rows: 30)] {
            for file in try DiagramFigures.shippedLessonFiles() {
                let figures = DiagramFigures.measure(try Fixtures.lesson(endingWith: file), size: size)
                report += "\(size) \(file): \(figures.summary)\n"
                for (key, why) in figures.firstFailures.sorted(by: { $0.key < $1.key }) { report += "    \(key): \(why)\n" }
                total.add(figures)
            }
        }
        report += "all: \(total.summary)\n"
        if let path = ProcessInfo.processInfo.environment["BACKPROP_DIAGRAM_FIGURES"] {
            try report.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(total.frames > 0)
    }
}
