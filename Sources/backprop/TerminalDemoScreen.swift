import TutorUI

/// The one screen of `backprop _terminal-demo`: the terminal size, the last key, and a sample
/// of every style and glyph, or the size message below 80x24.
struct TerminalDemoScreen {
    /// The terminal's size.
    var size: TerminalSize
    /// The last key pressed, if any.
    var lastKey: KeyEvent?
    /// Glyphs and colour in use.
    var capabilities: TerminalCapabilities

    /// The screen to draw.
    func render() -> Screen {
        guard size.fits(.minimum) else { return .terminalTooSmall(size: size) }
        let glyphs = capabilities.glyphs
        var screen = Screen(size: size)
        screen.box(screen.bounds, glyphs: glyphs)
        screen.put(" backprop terminal demo ", row: 0, column: 2, style: .title)
        screen.put("size: \(size)", row: 2, column: 3)
        screen.put("last key: \(lastKey?.scriptName ?? "none yet")", row: 3, column: 3, style: .highlight)
        screen.put("glyphs: \(glyphs.isUnicode ? "unicode" : "ascii")    colour: "
                   + (capabilities.colorMode == .color ? "on" : "off"), row: 4, column: 3)
        var row = 6, column = 3
        for role in StyleRole.allCases {
            let name = "\(role)"
            if column + name.count > size.columns - 3 {
                row += 1
                column = 3
            }
            column += screen.put(name, row: row, column: column, style: Style(role)) + 1
        }
        let formula = glyphs.isUnicode ? "∂l/∂z = σ'(z) · ∂l/∂a    θ₁ = θ₀ − η∇L(θ₀)" : "dl/dz = s'(z) * dl/da    t1 = t0 - eta*grad L(t0)"
        screen.put("symbols: " + formula, row: 9, column: 3, style: .backward)
        screen.put("arrows:  forward \(glyphs.arrowRight)   backward \(glyphs.arrowLeft)", row: 10, column: 3, style: .forward)
        screen.box(Rect(row: 12, column: 3, rows: 4, columns: 20), weight: .heavy, glyphs: glyphs, style: .highlight)
        screen.put("current neuron", row: 13, column: 5, style: .highlight)
        screen.box(Rect(row: 12, column: 26, rows: 4, columns: 20), glyphs: glyphs, style: .dim)
        screen.put("other neuron", row: 13, column: 28, style: .dim)
        screen.fill(Rect(row: size.rows - 2, column: 1, rows: 1, columns: size.columns - 2), style: .status)
        screen.put("q, Esc or Ctrl-C quits; Ctrl-L redraws; resize to see the layout follow",
                   row: size.rows - 2, column: 2, style: .status)
        return screen
    }
}
