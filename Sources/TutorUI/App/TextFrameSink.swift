/// Writes replay frames as text, plain or with ANSI colours, each preceded by a separator
/// line when asked for.
///
/// A separator reads `=== frame 3 (key 2 of 5: l) ====…` and is longer than the screen is
/// wide, so no line of a frame can be mistaken for one: every screen line is at most as
/// wide as the screen.
public struct TextFrameSink: FrameSink {
    /// Plain text or ANSI colour.
    public enum Format: Sendable, Hashable {
        /// Characters only.
        case plain
        /// Characters with ANSI SGR codes for this theme.
        case ansi(Theme)
    }

    /// How frames are written.
    public let format: Format
    /// Whether a separator line precedes each frame.
    public let separators: Bool
    private let output: (String) -> Void

    /// A sink that hands each frame's text (ending in a newline) to `output`.
    public init(format: Format, separators: Bool, output: @escaping (String) -> Void) {
        self.format = format
        self.separators = separators
        self.output = output
    }

    /// The separator before `frame`.
    public static func separator(for frame: ReplayFrame) -> String {
        let what = frame.key.map { "key \(frame.keyNumber ?? 0) of \(frame.keyCount): \($0.scriptName)" } ?? "start"
        let head = "=== frame \(frame.number) (\(what)) "
        let length = max(frame.screen.columns + 4, Screen.width(of: head) + 3)
        return head + String(repeating: "=", count: length - Screen.width(of: head))
    }

    /// Writes the separator (if asked for) and the frame's text, ending in a newline.
    public mutating func write(_ frame: ReplayFrame) {
        var text = separators ? Self.separator(for: frame) + "\n" : ""
        switch format {
        case .plain: text += frame.screen.plainText()
        case .ansi(let theme): text += frame.screen.ansiText(theme: theme)
        }
        output(text + "\n")
    }
}
