import CNcursesw
import TutorUI

/// The ncurses colour pairs for a theme: pair *n*+1 holds role *n*'s colours.
///
/// Bright colours need a terminal with 16 colours and indexed ones 256; otherwise they fall
/// back to the basic eight. Without `use_default_colors`, the terminal default becomes
/// white on black.
struct ColorPalette {
    /// Whether the terminal has colours to use; false draws attributes only.
    let isEnabled: Bool

    /// Sets up colours for `theme` if `mode` asks for them and the terminal has them.
    init(theme: Theme, mode: ColorMode) {
        guard mode == .color, has_colors(), start_color() == OK,
              bp_color_pairs() > StyleRole.allCases.count else {
            isEnabled = false
            return
        }
        let defaultsAllowed = use_default_colors() == OK
        let colorCount = bp_colors()
        func number(_ color: TerminalColor, defaultNumber: Int16) -> Int16 {
            switch color {
            case .terminalDefault:
                return defaultsAllowed ? -1 : defaultNumber
            case .ansi(let ansi):
                return Int16(colorCount >= 16 ? ansi.rawValue : ansi.basic.rawValue)
            case .indexed(let index, let fallback):
                return colorCount >= 256 ? Int16(index) : Int16(colorCount >= 16 ? fallback.rawValue : fallback.basic.rawValue)
            }
        }
        for role in StyleRole.allCases {
            let colors = theme.colors(for: role)
            init_pair(Self.pair(for: role),
                      number(colors.foreground, defaultNumber: Int16(COLOR_WHITE)),
                      number(colors.background, defaultNumber: Int16(COLOR_BLACK)))
        }
        isEnabled = true
    }

    /// The pair number of `role`, or 0 (the terminal's colours) when colours are off.
    func pairNumber(for role: StyleRole) -> Int16 {
        isEnabled ? Self.pair(for: role) : 0
    }

    private static func pair(for role: StyleRole) -> Int16 {
        Int16(role.rawValue + 1)
    }
}
