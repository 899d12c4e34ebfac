import Reports
import TutorUI

/// Writes demo frames as an asciicast v2 recording: the header, then a `[time, "o", data]`
/// event per frame that changed the screen, whose data draws the first frame in full and
/// then only what changed (``ANSIScreenRecorder``, as `replay --format ansi` writes it).
/// Times are the frames' own, to the millisecond; a last empty event holds the last frame
/// until the demo's end.
struct AsciicastFrameSink: DemoFrameSink {
    private var writer: AsciicastWriter
    private var recorder: ANSIScreenRecorder
    private let output: (String) -> Void
    /// The first event the format refused, if any (it cannot happen with a schedule's times).
    private(set) var error: AsciicastError?

    /// Starts a recording of a `size` terminal titled `title`, writing its header at once.
    init(size: TerminalSize, title: String, theme: Theme, output: @escaping (String) -> Void) throws(AsciicastError) {
        writer = try AsciicastWriter(width: size.columns, height: size.rows, title: title)
        recorder = ANSIScreenRecorder(theme: theme)
        self.output = output
        output(writer.headerLine + "\n")
    }

    /// Writes the frame's event (none when the screen did not change).
    mutating func write(_ frame: DemoFrame) {
        let data = recorder.text(for: frame.screen)
        if !data.isEmpty { event(at: frame.time, data) }
    }

    /// Holds the last frame until `time`.
    mutating func finish(at time: Double) {
        if Self.rounded(time) > writer.lastTime { event(at: time, "") }
    }

    private mutating func event(at time: Double, _ data: String) {
        guard error == nil else { return }
        do {
            output(try writer.line(for: .output(Self.rounded(time), data)) + "\n")
        } catch {
            self.error = error
        }
    }

    /// `time` to the millisecond.
    static func rounded(_ time: Double) -> Double { (time * 1000).rounded() / 1000 }
}
