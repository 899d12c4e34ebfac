extension Screen {
    /// The screen shown while the terminal is smaller than a view needs: the message
    /// "terminal too small: need 80x24, have 40x10" centred on a blank screen, on one line
    /// when it fits, else as "terminal too small:" over "need 80x24, have 40x10" (each
    /// word-wrapped further on very narrow terminals).
    public static func terminalTooSmall(size: TerminalSize, minimum: TerminalSize = .minimum) -> Screen {
        var screen = Screen(size: size)
        let need = "need \(minimum), have \(size)"
        let oneLine = "terminal too small: \(need)"
        let message = width(of: oneLine) <= size.columns ? oneLine : "terminal too small:\n\(need)"
        screen.putCenteredBlock(message, in: screen.bounds, style: .error)
        return screen
    }
}
