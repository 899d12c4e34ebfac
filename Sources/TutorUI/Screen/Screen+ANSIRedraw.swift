extension Screen {
    /// The escape sequences that clear a terminal and draw this screen on it from the top
    /// left: `ESC[H ESC[2J`, then each row at its own position (`ESC[row;1H`) in
    /// ``ansiText(theme:)``'s colours, ending with the attributes reset.
    ///
    /// Every row is placed by cursor address, not by newlines, so the redraw needs no
    /// carriage returns and never scrolls: written to a terminal (or an asciicast player)
    /// at least as large as the screen, it shows exactly this screen.
    public func ansiRedraw(theme: Theme) -> String {
        var text = "\u{1B}[H\u{1B}[2J"
        for (index, line) in ansiText(theme: theme).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty {
            text += "\u{1B}[\(index + 1);1H" + line
        }
        return text + "\u{1B}[0m"
    }

    /// Hides the cursor (`ESC[?25l`), written once before the first redraw of a recording.
    public static let hideCursor = "\u{1B}[?25l"
}
