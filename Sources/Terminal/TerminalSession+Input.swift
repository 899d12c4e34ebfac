import CNcursesw
import CTerminalGuard
import TutorUI

extension TerminalSession {
    /// Waits up to `timeout` (nil: for ever) for a key and returns it, or nil on timeout.
    ///
    /// A key already typed is returned even when the timeout has passed (a timeout of zero
    /// only looks), so a program whose ticks are overdue still hears its keys.
    ///
    /// Ctrl-C comes back as `.control("c")`. A resize comes back as `.resize`, with `size`
    /// already updated. After the process was stopped (Ctrl-Z) and continued, the session
    /// re-enters full-screen mode and repaints the last frame itself, and returns `.resize`
    /// only if the size changed meanwhile. Keys the tutor has no use for are skipped.
    public func readKey(timeout: Duration? = nil) -> KeyEvent? {
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now + $0 }
        while true {
            if terminal_guard_take_interrupt() != 0 { return .control("c") }
            if terminal_guard_take_resume() != 0, resumeAfterStop() { return .resize }
            var slice = Duration.milliseconds(100)
            var lastLook = false
            if let deadline {
                let remaining = deadline - clock.now
                lastLook = remaining <= .zero
                slice = lastLook ? .zero : min(slice, remaining)
            }
            let (seconds, attoseconds) = slice.components
            // 0 only looks for a key typed already; otherwise wait at least 1 ms.
            wtimeout(bp_stdscr(), lastLook ? 0 : Int32(max(1, seconds * 1000 + attoseconds / 1_000_000_000_000_000)))
            var code: wint_t = 0
            switch wget_wch(bp_stdscr(), &code) {
            case OK:
                if code == 0x1B, let sequence = sequenceAfterEscape() { return .unknownSequence(sequence) }
                if let key = KeyCodeTranslation.key(forCharacter: code) { return key }
            case KEY_CODE_YES:
                if Int32(code) == KEY_RESIZE {
                    noteResize()
                    return .resize
                }
                if let key = KeyCodeTranslation.key(forKeyCode: Int32(code)) { return key }
            default:
                if lastLook { return nil }
            }
        }
    }

    /// After an Esc, the rest of an escape sequence that came with it, or nil for Esc alone.
    ///
    /// ncurses has already waited ESCDELAY for a sequence its terminfo entry names; what
    /// follows now arrived with the Esc, so it is a sequence the entry does not name (End
    /// under a TERM that does not match the terminal, Alt with a key). It is read to its end
    /// here (a CSI sequence to its final byte, SS3 to its one byte) so that it neither reads
    /// as Esc, which quits, nor leaves its bytes to read as keys.
    private func sequenceAfterEscape() -> String? {
        let window: UnsafeMutablePointer<WINDOW> = bp_stdscr()
        wtimeout(window, 0)
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        if status == KEY_CODE_YES {
            // A key ncurses knows came right after the Esc: leave it to be read next.
            ungetch(Int32(code))
            return nil
        }
        guard status == OK, let first = Unicode.Scalar(code) else { return nil }
        var sequence = String(Character(first))
        func next() -> Unicode.Scalar? {
            wget_wch(window, &code) == OK ? Unicode.Scalar(code) : nil
        }
        switch first {
        case "[":
            // Parameters and intermediates (0x20–0x3F), then the final byte (0x40–0x7E).
            while sequence.unicodeScalars.count < 32, let scalar = next() {
                sequence.unicodeScalars.append(scalar)
                if (0x40...0x7E).contains(scalar.value) { break }
            }
        case "O":
            if let scalar = next() { sequence.unicodeScalars.append(scalar) }
        default:
            break
        }
        return sequence
    }

    /// Re-enters full-screen mode after a stop and repaints; true if the size changed.
    private func resumeAfterStop() -> Bool {
        endwin()
        curs_set(0)
        repaint()
        return noteResize()
    }
}
