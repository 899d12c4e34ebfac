/// One of the 16 basic ANSI colours, numbered as terminals number them (0–15).
public enum ANSIColor: Int, CaseIterable, Hashable, Sendable {
    /// The eight basic colours, 0–7.
    case black, red, green, yellow, blue, magenta, cyan, white
    /// Their bright variants, 8–15.
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

    /// The same hue among the first eight colours, for terminals that have only eight.
    public var basic: ANSIColor {
        ANSIColor(rawValue: rawValue % 8)!
    }

    /// Whether this is one of the eight bright colours (8–15).
    public var isBright: Bool {
        rawValue >= 8
    }
}

/// A colour a theme asks for: the terminal's own default, a basic ANSI colour, or an
/// entry of the 256-colour palette with a basic colour to fall back on.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's default foreground or background.
    case terminalDefault
    /// One of the 16 basic colours.
    case ansi(ANSIColor)
    /// An entry (16–255) of the xterm 256-colour palette, and the basic colour to use
    /// where the terminal has fewer colours.
    case indexed(UInt8, fallback: ANSIColor)
}
