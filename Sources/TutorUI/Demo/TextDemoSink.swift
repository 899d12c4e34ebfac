/// Writes demo frames as text: each screen after a separator line (plain, or in ANSI colour
/// with `.ansi`), like ``TextFrameSink``, or with `.redraw` as a redraw of the first frame and
/// then only what changed (``ANSIScreenRecorder``).
public struct TextDemoSink: DemoFrameSink {
    /// How frames are written.
    public enum Format: Sendable, Hashable {
        /// Characters only, each frame after a separator when asked for.
        case plain
        /// Characters with ANSI colour codes for the theme, each frame after a separator when asked for.
        case ansi(Theme)
        /// The first frame redrawn in full, then what changed in each (``ANSIScreenRecorder``),
        /// no separators: written to a terminal of the screen's size they show each frame in turn.
        case redraw(Theme)
    }

    /// How frames are written.
    public let format: Format
    /// Whether a separator line precedes each frame (not for redraws).
    public let separators: Bool
    private let output: (String) -> Void
    private var recorder: ANSIScreenRecorder?
    private var lastRows = 0

    /// A sink that hands each frame's text to `output`.
    public init(format: Format, separators: Bool, output: @escaping (String) -> Void) {
        self.format = format
        self.separators = separators
        self.output = output
        if case .redraw(let theme) = format { recorder = ANSIScreenRecorder(theme: theme) }
    }

    /// Writes the frame.
    public mutating func write(_ frame: DemoFrame) {
        switch format {
        case .plain:
            output((separators ? frame.separator + "\n" : "") + frame.screen.plainText() + "\n")
        case .ansi(let theme):
            output((separators ? frame.separator + "\n" : "") + frame.screen.ansiText(theme: theme) + "\n")
        case .redraw:
            if let text = recorder?.text(for: frame.screen), !text.isEmpty { output(text) }
            lastRows = frame.screen.rows
        }
    }

    /// Ends a redraw stream on the screen's last row with the cursor shown again and a
    /// newline, so a shell's prompt comes below the last frame; nothing for text.
    public mutating func finish(at time: Double) {
        guard recorder?.hasWritten == true else { return }
        output("\u{1B}[\(lastRows);1H\u{1B}[?25h\n")
    }
}
