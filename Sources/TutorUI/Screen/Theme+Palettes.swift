/// The themes beyond `dark` and `mono`: for light backgrounds, the colour-blind-safe
/// Okabe–Ito palette, and the high-contrast forms presenter mode uses.
///
/// Colours from the 256-colour palette are `.indexed` with a basic colour to fall back on, so
/// a terminal with 8 or 16 colours still shows each role in a colour of the same family.
extension Theme {
    /// Dark text for light backgrounds: deep blue, brown, green, red and purple, which keep
    /// their contrast on white (yellow and cyan would not).
    public static let light = Theme(name: "light", for: [.light]) { role in
        switch role {
        case .normal, .dim, .status, .hint: .terminalDefault
        case .title: RoleColors(foreground: .ansi(.black))
        case .forward: RoleColors(foreground: .indexed(25, fallback: .blue))
        case .backward: RoleColors(foreground: .indexed(130, fallback: .magenta))
        case .positive: RoleColors(foreground: .indexed(28, fallback: .green))
        case .negative: RoleColors(foreground: .indexed(124, fallback: .red))
        case .highlight: RoleColors(foreground: .ansi(.brightWhite), background: .indexed(25, fallback: .blue))
        case .selection: RoleColors(foreground: .indexed(90, fallback: .magenta))
        case .error: RoleColors(foreground: .indexed(160, fallback: .red))
        case .accent: RoleColors(foreground: .indexed(90, fallback: .magenta))
        }
    }

    /// The eight colours of Okabe and Ito's palette, which readers with any common colour
    /// vision deficiency can tell apart, as their nearest xterm-256 entries (by RGB distance)
    /// with basic colours to fall back on: sky blue (86,180,233) → 74, orange (230,159,0) →
    /// 178, bluish green (0,158,115) → 35, vermillion (213,94,0) → 166, blue (0,114,178) → 25,
    /// yellow (240,228,66) → 221, reddish purple (204,121,167) → 175; black is the background.
    ///
    /// Forward is sky blue and backward orange; positive bluish green and negative
    /// vermillion (a pair that stays apart for red–green deficiencies, unlike green and red).
    public static let okabeIto = Theme(name: "okabe-ito") { role in
        switch role {
        case .normal, .dim, .status, .hint: .terminalDefault
        case .title: RoleColors(foreground: .ansi(.brightWhite))
        case .forward: RoleColors(foreground: OkabeIto.skyBlue)
        case .backward: RoleColors(foreground: OkabeIto.orange)
        case .positive: RoleColors(foreground: OkabeIto.bluishGreen)
        case .negative: RoleColors(foreground: OkabeIto.vermillion)
        case .highlight: RoleColors(foreground: .ansi(.brightWhite), background: OkabeIto.blue)
        case .selection: RoleColors(foreground: OkabeIto.yellow)
        case .error: RoleColors(foreground: OkabeIto.vermillion)
        case .accent: RoleColors(foreground: OkabeIto.reddishPurple)
        }
    }

    /// Presenter mode on a dark background: bright text throughout, the focus black on
    /// bright yellow, nothing in the terminal's dim default grey.
    public static let highContrastDark = Theme(name: "dark-high-contrast") { role in
        switch role {
        case .normal, .title, .status, .hint: RoleColors(foreground: .ansi(.brightWhite))
        case .dim: RoleColors(foreground: .ansi(.white))
        case .forward: RoleColors(foreground: .ansi(.brightCyan))
        case .backward: RoleColors(foreground: .ansi(.brightYellow))
        case .positive: RoleColors(foreground: .ansi(.brightGreen))
        case .negative: RoleColors(foreground: .ansi(.brightRed))
        case .highlight: RoleColors(foreground: .ansi(.black), background: .ansi(.brightYellow))
        case .selection: RoleColors(foreground: .ansi(.brightCyan))
        case .error: RoleColors(foreground: .ansi(.brightRed))
        case .accent: RoleColors(foreground: .ansi(.brightMagenta))
        }
    }

    /// Presenter mode on a light background: black text, the colours at their darkest.
    public static let highContrastLight = Theme(name: "light-high-contrast", for: [.light]) { role in
        switch role {
        case .normal, .title, .status, .hint, .dim: RoleColors(foreground: .ansi(.black))
        case .forward: RoleColors(foreground: .indexed(19, fallback: .blue))
        case .backward: RoleColors(foreground: .indexed(94, fallback: .magenta))
        case .positive: RoleColors(foreground: .indexed(22, fallback: .green))
        case .negative: RoleColors(foreground: .indexed(88, fallback: .red))
        case .highlight: RoleColors(foreground: .ansi(.brightWhite), background: .indexed(19, fallback: .blue))
        case .selection: RoleColors(foreground: .indexed(53, fallback: .magenta))
        case .error: RoleColors(foreground: .indexed(124, fallback: .red))
        case .accent: RoleColors(foreground: .indexed(53, fallback: .magenta))
        }
    }
}

/// Okabe and Ito's colour-blind-safe colours as xterm-256 entries with basic fallbacks.
enum OkabeIto {
    static let orange = TerminalColor.indexed(178, fallback: .yellow)
    static let skyBlue = TerminalColor.indexed(74, fallback: .cyan)
    static let bluishGreen = TerminalColor.indexed(35, fallback: .green)
    static let yellow = TerminalColor.indexed(221, fallback: .brightYellow)
    static let blue = TerminalColor.indexed(25, fallback: .blue)
    static let vermillion = TerminalColor.indexed(166, fallback: .red)
    static let reddishPurple = TerminalColor.indexed(175, fallback: .magenta)
}

/// A theme by the name `--theme` takes: dark (the default), light, mono or okabe-ito.
public enum ThemeName: String, CaseIterable, Sendable, Hashable {
    /// Light text on a dark background.
    case dark
    /// Dark text on a light background.
    case light
    /// No colour: attributes only.
    case mono
    /// The colour-blind-safe Okabe–Ito palette on a dark background.
    case okabeIto = "okabe-ito"

    /// The theme.
    public var theme: Theme {
        switch self {
        case .dark: .dark
        case .light: .light
        case .mono: .mono
        case .okabeIto: .okabeIto
        }
    }

    /// The theme in presenter mode: the high-contrast form for dark and light; mono and
    /// Okabe–Ito in their colours (already high in contrast, or chosen for their hues); none
    /// of them draws text dim.
    public var presenterTheme: Theme {
        switch self {
        case .dark: Theme.highContrastDark.withoutDim()
        case .light: Theme.highContrastLight.withoutDim()
        case .mono: Theme.mono.withoutDim()
        case .okabeIto: Theme.okabeIto.withoutDim()
        }
    }

    /// The theme for a terminal whose environment says what its background is: `light` when
    /// `COLORFGBG` (set by rxvt, Konsole and others as "foreground;background") names a
    /// light background colour (7 or 9 to 15), else `dark`.
    public static func forTerminal(environment: [String: String]) -> ThemeName {
        guard let value = environment["COLORFGBG"], let last = value.split(separator: ";").last,
              let background = Int(last) else { return .dark }
        return background == 7 || (9...15).contains(background) ? .light : .dark
    }
}
