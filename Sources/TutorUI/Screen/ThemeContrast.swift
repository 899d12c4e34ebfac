import BackpropCore

/// The background a theme is made for, and the colours a terminal of that kind shows for
/// its own default foreground and background.
public enum ThemeBackground: String, Sendable, Hashable {
    /// A dark background (white or grey text on black).
    case dark
    /// A light background (black text on white).
    case light

    /// The terminal's default background, as the contrast check assumes it.
    var backgroundRGB: RGB { self == .dark ? RGB(0, 0, 0) : RGB(255, 255, 255) }
    /// The terminal's default foreground, as the contrast check assumes it.
    var foregroundRGB: RGB { self == .dark ? RGB(229, 229, 229) : RGB(0, 0, 0) }
}

/// A colour as red, green and blue from 0 to 255.
struct RGB: Hashable, Sendable {
    let red: Double, green: Double, blue: Double

    init(_ red: Double, _ green: Double, _ blue: Double) {
        (self.red, self.green, self.blue) = (red, green, blue)
    }

    /// The relative luminance of WCAG 2: each channel linearised from sRGB, weighted by how
    /// bright the eye finds it.
    var luminance: Double {
        func linear(_ channel: Double) -> Double {
            let c = channel / 255
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055).power(2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white).
    static func contrast(_ a: RGB, _ b: RGB) -> Double {
        let (x, y) = (a.luminance, b.luminance)
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}

extension TerminalColor {
    /// The colour xterm shows by default (its 16 basic colours, the 6×6×6 cube and the grey
    /// ramp of the 256), or `terminal` for the terminal's own colour.
    func rgb(terminal: RGB) -> RGB {
        switch self {
        case .terminalDefault: return terminal
        case .ansi(let color): return Self.basicRGB[color.rawValue]
        case .indexed(let index, _):
            let i = Int(index)
            if i < 16 { return Self.basicRGB[i] }
            if i >= 232 { let grey = Double(8 + 10 * (i - 232)); return RGB(grey, grey, grey) }
            let levels: [Double] = [0, 95, 135, 175, 215, 255]
            let cube = i - 16
            return RGB(levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
        }
    }

    /// xterm's default 16 colours.
    static let basicRGB: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0), RGB(0, 0, 238), RGB(205, 0, 205),
        RGB(0, 205, 205), RGB(229, 229, 229), RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0),
        RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]
}

extension Theme {
    /// The WCAG contrast of `role`'s text against what is behind it (its own background, or
    /// the terminal's on `background`), as xterm shows the colours.
    public func contrast(of role: StyleRole, on background: ThemeBackground) -> Double {
        let colors = colors(for: role)
        let fg = colors.foreground.rgb(terminal: background.foregroundRGB)
        let bg = colors.background.rgb(terminal: background.backgroundRGB)
        // Reverse video (selection, status) swaps them; the ratio is the same.
        return RGB.contrast(fg, bg)
    }
}
