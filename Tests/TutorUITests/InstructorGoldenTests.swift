import Foundation
import Lessons
import Testing
@testable import TutorUI

/// The instructor's screens, frame by frame, compared with text files in `Golden/`:
/// presenter mode at 100x30 (what a room sees) and 80x24, and the editor at 80x24 and
/// 120x40 (a selection, the prompt, refused input, the changes after an edit, a caption).
///
/// Review a changed golden file like code; `BACKPROP_RECORD_GOLDEN=1 swift test` records them again.
struct InstructorGoldenTests {
    /// One golden frame: a name, the keys, the size, presenter mode or not, and a caption.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let keys: String
        let size: TerminalSize
        var presenter = false
        var caption: String?

        var testDescription: String { fileName }
        var fileName: String { "worked-example-\(size)\(presenter ? "-presenter" : "")-\(name).txt" }
    }

    static let tabsToW5 = Array(repeating: "tab", count: 9).joined(separator: " ")
    static let hundredByThirty = TerminalSize(columns: 100, rows: 30)
    static let large = TerminalSize(columns: 120, rows: 40)

    static let cases: [Case] = {
        var cases: [Case] = []
        for size in [hundredByThirty, .minimum] {
            for (step, name) in GoldenScreenTests.steps where [1, 5, 9, 14, 22, 30].contains(step) {
                cases.append(Case(name: String(format: "step%02d-%@", step, name), keys: GoldenScreenTests.jump(to: step),
                                  size: size, presenter: true))
            }
            cases.append(Case(name: "edit-w5-at-loss", keys: ": 9 enter \(tabsToW5) e \"0.9\" enter", size: size,
                              presenter: true))
        }
        cases.append(Case(name: "caption", keys: "", size: hundredByThirty, presenter: true,
                          caption: "Forward pass: z = the inputs times their weights, plus the bias"))
        cases += [
            Case(name: "select-w5", keys: ": 5 enter \(tabsToW5)", size: .minimum),
            Case(name: "edit-prompt", keys: ": 5 enter \(tabsToW5) e \"0.9\"", size: .minimum),
            Case(name: "edit-refused", keys: ": 5 enter \(tabsToW5) e \"0,9\" enter", size: .minimum),
            Case(name: "edit-w5-at-dlda-h1", keys: ": 1 4 enter \(tabsToW5) e \"2\" enter", size: .minimum),
            Case(name: "undo-w5-at-dlda-h1", keys: ": 1 4 enter \(tabsToW5) e \"2\" enter u", size: .minimum),
            Case(name: "edit-w5-at-dlda-h1", keys: ": 1 4 enter \(tabsToW5) e \"2\" enter", size: large),
            Case(name: "select-eta", keys: "backtab", size: .minimum),
        ]
        return cases
    }()

    @Test(arguments: cases)
    func frameMatchesItsGoldenFile(_ golden: Case) throws {
        let context: RenderContext = golden.presenter ? .presenter(glyphs: .unicode) : .unicode
        var program = try Fixtures.program(try Fixtures.workedExample(), after: golden.keys, size: golden.size,
                                           context: context)
        if let caption = golden.caption { program.showCaption(caption) }
        try Golden.check(screen: program.render(), file: golden.fileName)
    }
}
