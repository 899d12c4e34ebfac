import Foundation
import Testing

/// Golden screens: text files in `Golden/` beside these tests, one frame each.
///
/// A test compares a frame's text with its file. With `BACKPROP_RECORD_GOLDEN=1` in the
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
}
