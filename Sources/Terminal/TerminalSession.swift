import CNcursesw
import CTerminalGuard
import Glibc
import TutorUI

/// A full-screen ncurses session on the process's terminal: draws `Screen`s, reads keys, and
/// always gives the terminal back sane.
///
/// Start one with `start(theme:colorMode:)`, draw with `draw(_:)`, read with
/// `readKey(timeout:)`, and call `end()` (or let the session go) when done. One session at a
/// time per process.
///
/// Terminal modes: cbreak (not raw), so the terminal still turns Ctrl-C into SIGINT and
/// Ctrl-Z into SIGTSTP. SIGINT is caught and `readKey` reports it as `.control("c")`, so the
/// caller quits through its normal path; a second Ctrl-C before `readKey` takes the first
/// restores the terminal and ends the process, in case the program is stuck. Ctrl-Z gives
/// the terminal back and stops; on `fg` the session re-enters full-screen mode and repaints
/// everything. Every signal whose default action ends the process restores the terminal and re-raises
/// (see `CTerminalGuard`). Escape is reported 25 ms after the key, not ncurses' usual second,
/// unless the ESCDELAY environment variable sets another delay (for slow remote links, where
/// an arrow key's escape sequence might otherwise arrive split and read as Escape).
///
/// While the session runs, standard error goes to a memory file and is printed once the
/// terminal is given back (at `end()`, at exit, or after a crash), so a crash's message
/// (say "Fatal error: Index out of range") is not lost with the alternate screen.
public final class TerminalSession {
    private let screenPointer: OpaquePointer
    private let palette: ColorPalette
    /// Whether dim text is drawn dim (not in presenter mode: ``Theme/dimsText``).
    let dimsText: Bool
    private var previous: Screen?
    private var ended = false

    /// The terminal's size now (updated when `readKey` reports `.resize`).
    public private(set) var size: TerminalSize

    /// `.color` when the theme's colours are shown, `.monochrome` when only attributes are
    /// (asked for, or the terminal has no colours).
    public var colorMode: ColorMode {
        palette.isEnabled ? .color : .monochrome
    }

    /// How long ncurses waits after Esc for the rest of an escape sequence, in milliseconds,
    /// unless ESCDELAY is set.
    public static let escapeDelayMilliseconds: Int32 = 25

    /// Why a session could not start with these facts, or nil if it can: both standard
    /// input and output must be terminals and `term` (TERM) must be set.
    public static func startProblem(standardInputIsTerminal: Bool, standardOutputIsTerminal: Bool,
                                    term: String?) -> TerminalStartError? {
        if !standardOutputIsTerminal { return .standardOutputNotTerminal }
        if !standardInputIsTerminal { return .standardInputNotTerminal }
        if (term ?? "").isEmpty { return .terminalTypeUnset }
        return nil
    }

    /// Takes over the terminal: checks it is one and that terminfo knows TERM as a terminal
    /// that can move the cursor, sets the locale from the environment, saves the terminal
    /// state, starts ncurses with `newterm` (never `initscr`, which exits the process on an
    /// unknown terminal), sets up colours for `theme` when `colorMode` is
    /// `.color` and the terminal has them, and installs the signal handlers.
    public static func start(theme: Theme = .dark, colorMode: ColorMode) throws(TerminalStartError) -> TerminalSession {
        guard terminal_guard_is_active() == 0 else { throw .sessionAlreadyActive }
        let term = getenv("TERM").map { String(cString: $0) }
        if let problem = startProblem(standardInputIsTerminal: isatty(STDIN_FILENO) == 1,
                                      standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1, term: term) {
            throw problem
        }
        let termName = term ?? ""
        guard bp_terminal_is_usable(termName, STDOUT_FILENO) == 1 else { throw .terminalTypeUnknown(termName) }
        setlocale(LC_ALL, "")
        guard terminal_guard_save(STDOUT_FILENO) == 0 else { throw .standardOutputNotTerminal }
        guard let screen = newterm(termName, bp_stdout(), bp_stdin()) else { throw .terminalTypeUnknown(termName) }
        _ = terminal_guard_capture_stderr()
        return TerminalSession(screen: screen, theme: theme, colorMode: colorMode)
    }

    private init(screen: OpaquePointer, theme: Theme, colorMode: ColorMode) {
        screenPointer = screen
        dimsText = theme.dimsText
        let reset = ResetSequence.current()
        reset.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { terminal_guard_set_reset_sequence($0.baseAddress, $0.count) }
        }
        if getenv("ESCDELAY") == nil {
            set_escdelay(Self.escapeDelayMilliseconds)
        }
        cbreak()
        noecho()
        nonl()
        intrflush(bp_stdscr(), false)
        keypad(bp_stdscr(), true)
        curs_set(0)
        palette = ColorPalette(theme: theme, mode: colorMode)
        size = Self.currentSize()
        terminal_guard_install()
    }

    deinit {
        end()
    }

    /// Gives the terminal back: leaves full-screen mode, restores the terminal settings and
    /// the signal handlers there were before, then prints what was written to standard error
    /// meanwhile. Safe to call more than once.
    public func end() {
        guard !ended else { return }
        ended = true
        endwin()
        terminal_guard_uninstall()
        delscreen(screenPointer)
        terminal_guard_release_stderr()
    }

    /// The last frame drawn, if it has `size` and nothing since has invalidated it.
    func lastFrame(ifSized size: TerminalSize) -> Screen? {
        previous?.size == size ? previous : nil
    }

    /// Keeps `screen` as the frame the next `draw` compares against.
    func remember(_ screen: Screen) {
        previous = screen
    }

    /// The colour pair for `role` (0 when colours are off).
    func pairNumber(for role: StyleRole) -> Int16 {
        palette.pairNumber(for: role)
    }

    /// Reads the terminal size again after a resize; returns whether it changed. Either way
    /// the next `draw` starts from a cleared window.
    @discardableResult
    func noteResize() -> Bool {
        let oldSize = size
        size = Self.currentSize()
        previous = nil
        return size != oldSize
    }

    /// The size ncurses reports for the standard screen.
    static func currentSize() -> TerminalSize {
        TerminalSize(columns: Int(getmaxx(bp_stdscr())), rows: Int(getmaxy(bp_stdscr())))
    }
}
