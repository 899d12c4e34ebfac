import Foundation
import Testing

/// Golden files for plot output: `Golden/NAME.txt` beside these tests, one row per line.
///
/// A test compares its rows with the file. With `BACKPROP_RECORD_GOLDEN=1` in the
/// environment it writes the file instead (and still passes), so a changed plot is
/// re-recorded on purpose and reviewed in the diff like code.
enum Golden {
    /// The folder holding the golden files.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Whether this run records golden files instead of comparing with them.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["BACKPROP_RECORD_GOLDEN"] == "1" }

    /// Compares `rows` with `Golden/<name>.txt`, or records them there.
    static func check(_ rows: [String], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        let text = rows.joined(separator: "\n") + "\n"
        if isRecording {
            do {
                try text.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(url.path); run with BACKPROP_RECORD_GOLDEN=1 to record it",
                         sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, "rows differ from Golden/\(name).txt:\n\(text)", sourceLocation: sourceLocation)
    }
}
