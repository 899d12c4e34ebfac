import Foundation
import Testing

/// The shipped demo's asciicast recording, played by asciinema itself (`asciinema cat`, from
/// PyPI, when it is installed) into a real terminal, ends on the replay's last frame.
@Suite(.serialized, .tmuxInstalled)
struct RecordingEndToEndTests {
    /// Where `asciinema` is, if it is installed.
    static let asciinema: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        .split(separator: ":").map { "\($0)/asciinema" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: asciinema != nil, "asciinema is not installed"))
    func asciinemaPlaysTheShippedDemoToItsLastFrame() throws {
        let binary = TmuxPane.backprop.path
        let demo = TmuxPane.lessons.deletingLastPathComponent().appendingPathComponent("demos/worked-example.demo").path
        let arguments = "7 --script '\(demo)' --size 100x30 --presenter"
        let pane = try TmuxPane.recording("""
            '\(binary)' replay \(arguments) --frames last > "$dir/last"; \
            '\(binary)' replay \(arguments) --format asciicast > "$dir/demo.cast"; \
            stty -onlcr; '\(Self.asciinema!)' cat "$dir/demo.cast"
            """, columns: 100, rows: 30)
        #expect(try pane.waitForFile("status") == "0")
        func file(_ name: String) throws -> String {
            try String(contentsOf: pane.directory.appendingPathComponent(name), encoding: .utf8)
        }
        let cast = try file("demo.cast")
        #expect(cast.utf8.count <= 60_000, "the recording is \(cast.utf8.count) bytes")
        let last = try file("last")
        func lines(_ text: String) -> [String] {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                var line = String(line)
                while line.last == " " { line.removeLast() }
                return line
            }
        }
        let played = lines(try pane.capture())
        let expected = lines(last)
        #expect(expected.count >= 30)
        #expect(Array(played.prefix(expected.count)) == expected)
    }
}
