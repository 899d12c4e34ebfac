/// Why a full-screen session cannot start; the message says why and points to `backprop replay`.
public enum TerminalStartError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input is redirected, so keys cannot be read.
    case standardInputNotTerminal
    /// Standard output is redirected, so the screen cannot be drawn.
    case standardOutputNotTerminal
    /// TERM is unset or empty.
    case terminalTypeUnset
    /// TERM names a terminal the terminfo database does not know, or one that cannot move
    /// the cursor (such as `dumb`).
    case terminalTypeUnknown(String)
    /// Another session is already running in this process.
    case sessionAlreadyActive

    /// What is wrong and what to do instead.
    public var description: String {
        let alternative = "To print the screens as text without a terminal, use `backprop replay`."
        switch self {
        case .standardInputNotTerminal:
            return "backprop needs an interactive terminal, but standard input is not one"
                + " (it is redirected from a file or a pipe). \(alternative)"
        case .standardOutputNotTerminal:
            return "backprop needs an interactive terminal, but standard output is not one"
                + " (it is redirected to a file or a pipe). \(alternative)"
        case .terminalTypeUnset:
            return "backprop needs to know the terminal type, but TERM is not set"
                + " (set it, for example TERM=xterm-256color). \(alternative)"
        case .terminalTypeUnknown(let term):
            return "backprop cannot drive a terminal of type \"\(term)\" (from TERM): the terminfo"
                + " database does not know it or it cannot move the cursor. \(alternative)"
        case .sessionAlreadyActive:
            return "a full-screen terminal session is already running in this process"
        }
    }
}
