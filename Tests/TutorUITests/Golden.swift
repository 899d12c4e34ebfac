import Foundation
import Testing
@testable import TutorUI

/// Golden screens: text files in `Golden/` beside these tests, one frame each.
///
/// A test compares a frame's text, and for a screen each row's styled runs, with its file. With `BACKPROP_RECORD_GOLDEN=1` in the
/// environment it writes the file instead (and still passes), so a changed screen is
/// re-recorded on purpose and its diff reviewed like code.
enum Golden {
    /// The folder holding the golden files.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Whether this run records golden files instead of comparing with them.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["BACKPROP_RECORD_GOLDEN"] == "1" }

    /// Compares `text` with `Golden/<fileName>`, or records it there.
    static func check(_ text: String, file fileName: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(fileName)
        if isRecording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden file at \(file.path); record it with BACKPROP_RECORD_GOLDEN=1 swift test",
                         sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, """
            the screen differs from Golden/\(fileName); if the change is meant, re-record with \
            BACKPROP_RECORD_GOLDEN=1 swift test and review the diff
            """, sourceLocation: sourceLocation)
    }

    /// Compares `screen`'s styled text (``styledText(of:)``) with `Golden/<fileName>`.
    static func check(screen: Screen, file fileName: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try check(styledText(of: screen), file: fileName, sourceLocation: sourceLocation)
    }

    /// Every row of `screen` as text, each followed by its runs of styled cells.
    ///
    /// Styles are part of what a screen teaches (the value produced, the values read, the
    /// flow's direction), so a row's text line is followed, when it has any, by a line of
    /// its runs in a style other than plain: `@ 12-17 forward+bold+underline`.
    static func styledText(of screen: Screen) -> String {
        (0..<screen.rows).map { styledText(row: $0, of: screen) }.joined()
    }

    /// One row's text without trailing spaces, then its runs of cells in a style other than plain.
    static func styledText(row: Int, of screen: Screen) -> String {
        var line = "", runs: [String] = []
        var start = 0
        var current = screen[row, 0].style
        func close(_ end: Int) {
            if current != .normal { runs.append("\(start)-\(end - 1) \(name(of: current))") }
        }
        for column in 0..<screen.columns {
            let cell = screen[row, column]
            line.append(cell.character)
            if cell.style != current {
                close(column)
                start = column
                current = cell.style
            }
        }
        close(screen.columns)
        while line.last == " " { line.removeLast() }
        return line + "\n" + (runs.isEmpty ? "" : "@ " + runs.joined(separator: " · ") + "\n")
    }

    /// A style's role and extra attributes: `forward+bold+underline`.
    static func name(of style: Style) -> String {
        var name = "\(style.role)"
        let attributes: [(TextAttributes, String)] = [(.bold, "bold"), (.dim, "dim"), (.underline, "underline"), (.reverse, "reverse")]
        for (attribute, word) in attributes where style.attributes.contains(attribute) { name += "+" + word }
        return name
    }
}
