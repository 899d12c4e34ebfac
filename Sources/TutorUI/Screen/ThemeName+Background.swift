extension ThemeName {
    /// The theme for the background colour a terminal reported in reply to an OSC 11 query
    /// (`ESC ] 11 ; rgb:RRRR/GGGG/BBBB` then BEL or ST, 1 to 4 hex digits a channel): `light`
    /// when black text stands out more on it than white text does (by the WCAG contrast
    /// ratio), else `dark`; nil when `reply` holds no such colour.
    public static func forBackground(reply: String) -> ThemeName? {
        guard let range = reply.firstRange(of: "]11;rgb:") else { return nil }
        let channels = reply[range.upperBound...].prefix { $0.isHexDigit || $0 == "/" }.split(separator: "/")
        guard channels.count == 3 else { return nil }
        var values: [Double] = []
        for channel in channels {
            guard (1...4).contains(channel.count), let value = UInt32(channel, radix: 16) else { return nil }
            values.append(Double(value) / Double((1 << (4 * channel.count)) - 1) * 255)
        }
        let background = RGB(values[0], values[1], values[2])
        return RGB.contrast(background, RGB(0, 0, 0)) > RGB.contrast(background, RGB(255, 255, 255)) ? .light : .dark
    }

    /// The theme for this terminal: what its reply to the OSC 11 query says when it answered,
    /// else what `COLORFGBG` says (``forTerminal(environment:)``).
    public static func forTerminal(environment: [String: String], backgroundReply: String?) -> ThemeName {
        backgroundReply.flatMap(forBackground(reply:)) ?? forTerminal(environment: environment)
    }
}
