/// Text attributes a terminal can show without colour: bold, dim, underline, reverse video.
///
/// Attributes carry meaning on their own, so a screen stays readable on a monochrome
/// terminal and for readers who cannot tell the theme's colours apart.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    /// The raw bit set.
    public let rawValue: UInt8

    /// Creates attributes from a raw bit set.
    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Heavier, often brighter, text (SGR 1).
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Fainter text (SGR 2).
    public static let dim = TextAttributes(rawValue: 1 << 1)
    /// Underlined text (SGR 4).
    public static let underline = TextAttributes(rawValue: 1 << 2)
    /// Foreground and background swapped (SGR 7).
    public static let reverse = TextAttributes(rawValue: 1 << 3)
}
