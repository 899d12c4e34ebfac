extension Screen {
    /// The screen as plain text: one line per row, joined by "\n", trailing spaces trimmed.
    ///
    /// This is what `backprop replay` prints without colour and what golden tests compare.
    public func plainText() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(rows * (columns + 1))
        for row in 0..<rows {
            if row > 0 { bytes.append(0x0A) }
            let cells = cells(inRow: row)
            let end = cells.lastIndex { !$0.isSpace }.map { $0 + 1 } ?? cells.startIndex
            for cell in cells[cells.startIndex..<end] { cell.appendUTF8(to: &bytes) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The screen as text with ANSI SGR escape codes for `theme`'s colours and the attributes.
    ///
    /// A code is written only where the style changes; each code starts from a reset
    /// (`ESC[0;…m`), so it never depends on what came before. A line that ends in a styled
    /// cell ends with `ESC[0m`. Trailing unstyled spaces are trimmed; lines are joined by "\n".
    public func ansiText(theme: Theme) -> String {
        (0..<rows).map { row in
            var cells = cells(inRow: row).map { ($0.character, SelectGraphicRendition.parameters(for: $0.style, theme: theme)) }
            while let last = cells.last, last.0 == " ", last.1.isEmpty { cells.removeLast() }
            var line = "", current = ""
            for (character, parameters) in cells {
                if parameters != current {
                    line += parameters.isEmpty ? "\u{1B}[0m" : current.isEmpty ? "\u{1B}[\(parameters)m" : "\u{1B}[0;\(parameters)m"
                    current = parameters
                }
                line.append(character)
            }
            if !current.isEmpty { line += "\u{1B}[0m" }
            return line
        }.joined(separator: "\n")
    }
}

/// The parameters of an ANSI "Select Graphic Rendition" escape code (`ESC[…m`).
enum SelectGraphicRendition {
    /// The parameters that draw `style` in `theme`, such as "1;97;44"; empty for the
    /// terminal's default look.
    static func parameters(for style: Style, theme: Theme) -> String {
        var codes: [String] = []
        let attributes = theme.attributes(of: style)
        if attributes.contains(.bold) { codes.append("1") }
        if attributes.contains(.dim) { codes.append("2") }
        if attributes.contains(.underline) { codes.append("4") }
        if attributes.contains(.reverse) { codes.append("7") }
        let colors = theme.colors(for: style.role)
        codes += code(for: colors.foreground, base: 30, brightBase: 90, extended: 38)
        codes += code(for: colors.background, base: 40, brightBase: 100, extended: 48)
        return codes.joined(separator: ";")
    }

    private static func code(for color: TerminalColor, base: Int, brightBase: Int, extended: Int) -> [String] {
        switch color {
        case .terminalDefault:
            []
        case .ansi(let color):
            [String(color.isBright ? brightBase + color.rawValue - 8 : base + color.rawValue)]
        case .indexed(let index, _):
            ["\(extended);5;\(index)"]
        }
    }
}
