import Foundation
import Lessons
import Testing
@testable import TutorUI

/// What students see, frame by frame: the worked example at 80x24 and 120x40 at steps in
/// each phase, and the ASCII form, compared with the text files in `Golden/`.
///
/// Review a changed golden file like code. `BACKPROP_RECORD_GOLDEN=1 swift test` records
/// them again.
struct GoldenScreenTests {
    /// One golden frame: a name, the keys that lead to it, the size and the glyphs.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let keys: String
        let size: TerminalSize
        let ascii: Bool

        var testDescription: String { fileName }

        /// The golden file's name.
        var fileName: String { "worked-example-\(size)\(ascii ? "-ascii" : "")-\(name).txt" }
    }

    /// Steps of the worked example (1-based) and what they compute.
    static let steps: [(step: Int, name: String)] = [
        (1, "forward-z-h1"), (2, "forward-a-h1"), (5, "forward-z-o1"), (9, "loss"), (10, "backward-dldy-o1"),
        (11, "backward-dldz-o1"), (14, "backward-dlda-h1"), (15, "backward-dldz-h1"), (22, "gradient-w5"),
        (30, "update-w5"), (33, "update-w8-last"),
    ]

    static func jump(to step: Int) -> String {
        step == 1 ? "" : ": " + String(step).map(String.init).joined(separator: " ") + " enter"
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        for size in [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 120, rows: 40)] {
            for (step, name) in steps {
                cases.append(Case(name: String(format: "step%02d-%@", step, name), keys: jump(to: step), size: size, ascii: false))
            }
        }
        for (step, name) in steps where [1, 10, 14, 22, 30].contains(step) {
            cases.append(Case(name: String(format: "step%02d-%@", step, name), keys: jump(to: step), size: .minimum, ascii: true))
        }
        cases.append(Case(name: "help", keys: "?", size: .minimum, ascii: false))
        cases.append(Case(name: "help", keys: "?", size: TerminalSize(columns: 120, rows: 40), ascii: false))
        cases.append(Case(name: "jump-prompt", keys: "l l : 2 7", size: .minimum, ascii: false))
        return cases
    }()

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: cases)
    func frameMatchesItsGoldenFile(_ golden: Case) throws {
        var program = StepperProgram(lesson: try Fixtures.workedExample(), size: golden.size,
                                     context: golden.ascii ? .ascii : .unicode)
        for key in try KeyScript(parsing: golden.keys).keys { program.handle(key) }
        let text = program.render().plainText() + "\n"
        let file = Self.folder.appendingPathComponent(golden.fileName)
        if ProcessInfo.processInfo.environment["BACKPROP_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden file at \(file.path); record it with BACKPROP_RECORD_GOLDEN=1 swift test")
            return
        }
        #expect(text == expected, """
            the screen differs from Golden/\(golden.fileName); if the change is meant, re-record with \
            BACKPROP_RECORD_GOLDEN=1 swift test and review the diff
            """)
    }
}
