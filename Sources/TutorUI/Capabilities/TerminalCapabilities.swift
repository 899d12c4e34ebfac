/// What a screen may use on this output: colour or not, Unicode glyphs or ASCII.
public struct TerminalCapabilities: Hashable, Sendable {
    /// Colours or attributes only.
    public var colorMode: ColorMode
    /// Box lines and arrows to draw with.
    public var glyphs: GlyphSet

    /// Creates capabilities.
    public init(colorMode: ColorMode, glyphs: GlyphSet) {
        self.colorMode = colorMode
        self.glyphs = glyphs
    }

    /// Decides the capabilities from the command-line options and the environment.
    ///
    /// Colour follows `ColorMode.decide`. Glyphs are `.unicode` when the locale is UTF-8
    /// (`LocaleEncoding.isUTF8`), `.ascii` otherwise or when `forceASCII` (`--ascii`) is set.
    public static func decide(color: ColorChoice, forceASCII: Bool, environment: [String: String],
                              outputIsTerminal: Bool) -> TerminalCapabilities {
        TerminalCapabilities(
            colorMode: ColorMode.decide(color, environment: environment, outputIsTerminal: outputIsTerminal),
            glyphs: !forceASCII && LocaleEncoding.isUTF8(environment: environment) ? .unicode : .ascii)
    }
}
