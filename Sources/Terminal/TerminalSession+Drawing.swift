import CNcursesw
import TutorUI

extension TerminalSession {
    /// Shows `screen`: copies the cells that changed since the last frame (all of them after
    /// a resize or a size change), then updates the terminal. Cells beyond the terminal are
    /// left out.
    public func draw(_ screen: Screen) {
        let window: UnsafeMutablePointer<WINDOW> = bp_stdscr()
        let last = lastFrame(ifSized: screen.size)
        if last == nil { werase(window) }
        let rows = min(screen.rows, size.rows), columns = min(screen.columns, size.columns)
        for row in 0..<rows {
            for column in 0..<columns {
                let cell = screen[row, column]
                if let last, last[row, column] == cell { continue }
                put(cell, row: row, column: column, in: window)
            }
        }
        remember(screen)
        wnoutrefresh(window)
        doupdate()
    }

    /// Clears the terminal and draws the last frame again from scratch (for Ctrl-L, or
    /// after something else wrote to the terminal).
    public func repaint() {
        clearok(bp_curscr(), true)
        wnoutrefresh(bp_stdscr())
        doupdate()
    }

    private func put(_ cell: Cell, row: Int, column: Int, in window: UnsafeMutablePointer<WINDOW>) {
        var characters = cell.character.unicodeScalars.prefix(Int(CCHARW_MAX)).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        var attributes = bp_a_normal()
        let effective = dimsText ? cell.style.effectiveAttributes : cell.style.effectiveAttributes.subtracting(.dim)
        if effective.contains(.bold) { attributes |= bp_a_bold() }
        if effective.contains(.dim) { attributes |= bp_a_dim() }
        if effective.contains(.underline) { attributes |= bp_a_underline() }
        if effective.contains(.reverse) { attributes |= bp_a_reverse() }
        var wide = cchar_t()
        setcchar(&wide, characters, attributes, pairNumber(for: cell.style.role), nil)
        // At the bottom-right cell ncurses cannot advance the cursor and returns ERR after
        // drawing the character; that is expected.
        _ = mvwadd_wch(window, Int32(row), Int32(column), &wide)
    }
}
