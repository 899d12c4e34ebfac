import Reports
import TutorUI

/// Writes demo frames as an asciicast v2 recording: the header, then one `[time, "o", data]`
/// event per frame whose data clears the terminal and redraws the whole screen
/// (``Screen/ansiRedraw(theme:)``), so a player shows exactly that frame whatever it showed
/// before. Times are the frames' own, to the millisecond; a last empty event holds the last
/// frame until the demo's end.
struct AsciicastFrameSink: DemoFrameSink {
    private var writer: AsciicastWriter
    private let theme: Theme
    private let output: (String) -> Void
    private var wroteFrame = false
    /// The first event the format refused, if any (it cannot happen with a schedule's times).
    private(set) var error: AsciicastError?

    /// Starts a recording of a `size` terminal titled `title`, writing its header at once.
    init(size: TerminalSize, title: String, theme: Theme, output: @escaping (String) -> Void) throws(AsciicastError) {
        writer = try AsciicastWriter(width: size.columns, height: size.rows, title: title)
        self.theme = theme
        self.output = output
        output(writer.headerLine + "\n")
    }

    /// Writes the frame's event.
    mutating func write(_ frame: DemoFrame) {
        let data = (wroteFrame ? "" : Screen.hideCursor) + frame.screen.ansiRedraw(theme: theme)
        wroteFrame = true
        event(at: frame.time, data)
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
