/// The colours a theme gives one role: a foreground and a background.
public struct RoleColors: Hashable, Sendable {
    /// The text colour.
    public var foreground: TerminalColor
    /// The colour behind the text.
    public var background: TerminalColor

    /// Creates a colour pair; both default to the terminal's own colours.
    public init(foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault) {
        self.foreground = foreground
        self.background = background
    }

    /// The terminal's own foreground and background.
    public static let terminalDefault = RoleColors()
}

/// Maps every `StyleRole` to colours.
///
/// A theme only chooses colours: the attributes that keep roles apart without colour
/// belong to the roles (`StyleRole.attributes`), so every theme, `mono` included, shows them.
/// New themes (light, Okabe–Ito) are a name and one `switch` over the roles.
public struct Theme: Hashable, Sendable {
    /// A short name, as given on the command line.
    public let name: String
    /// The backgrounds the theme is made for (its contrast is checked on each).
    public let backgrounds: [ThemeBackground]
    /// Whether text in a dim role is drawn dim (SGR 2); never in presenter mode, where
    /// dim text washes out on a projector.
    public private(set) var dimsText = true
    private let colorsByRole: [RoleColors]

    /// Creates a theme for `backgrounds` from the colours of each role.
    public init(name: String, for backgrounds: [ThemeBackground] = [.dark], colors: (StyleRole) -> RoleColors) {
        self.name = name
        self.backgrounds = backgrounds
        self.colorsByRole = StyleRole.allCases.map(colors)
    }

    /// The attributes a terminal shows for `style` in this theme: the style's own, less dim
    /// when the theme does not dim text.
    public func attributes(of style: Style) -> TextAttributes {
        dimsText ? style.effectiveAttributes : style.effectiveAttributes.subtracting(.dim)
    }

    /// This theme drawing no text dim (for presenter mode).
    public func withoutDim() -> Theme {
        var theme = self
        theme.dimsText = false
        return theme
    }

    /// The colours of `role`.
    public func colors(for role: StyleRole) -> RoleColors {
        colorsByRole[role.rawValue]
    }

    /// Light text on a dark background, in the 16 basic colours. Negative numbers and the
    /// accent are the bright red and magenta: the basic ones are under 4.5:1 on black.
    public static let dark = Theme(name: "dark") { role in
        switch role {
        case .normal, .dim, .status, .hint: .terminalDefault
        case .title: RoleColors(foreground: .ansi(.brightWhite))
        case .forward: RoleColors(foreground: .ansi(.cyan))
        case .backward: RoleColors(foreground: .ansi(.yellow))
        case .positive: RoleColors(foreground: .ansi(.green))
        case .negative: RoleColors(foreground: .ansi(.brightRed))
        case .highlight: RoleColors(foreground: .ansi(.brightWhite), background: .ansi(.blue))
        case .selection: RoleColors(foreground: .ansi(.cyan))
        case .error: RoleColors(foreground: .ansi(.brightRed))
        case .accent: RoleColors(foreground: .ansi(.brightMagenta))
        }
    }

    /// No colours at all: roles are told apart by their attributes only.
    public static let mono = Theme(name: "mono", for: [.dark, .light]) { _ in .terminalDefault }
}
