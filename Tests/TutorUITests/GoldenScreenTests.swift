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

    @Test(arguments: cases)
    func frameMatchesItsGoldenFile(_ golden: Case) throws {
        var program = try Fixtures.program(try Fixtures.workedExample(), after: golden.keys, size: golden.size,
                                           context: golden.ascii ? .ascii : .unicode)
        try Golden.check(screen: program.render(), file: golden.fileName)
    }
}
