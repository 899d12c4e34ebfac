// The ncursesw wide-character API for Swift (linked by the Terminal target: ncursesw on
// Linux, the SDK's ncurses on macOS), plus inline wrappers for what Swift cannot
// import: function-like macros (attributes) and C globals (stdscr, curscr, COLORS,
// COLOR_PAIRS, cur_term, stdin/stdout), which Swift 6 strict concurrency rejects.
#ifndef BACKPROP_CNCURSESW_SHIM_H
#define BACKPROP_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, so ask for the wide API here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <stdio.h>
#include <wchar.h>
// Debian and Ubuntu keep the wide headers in ncursesw/; Arch, Alpine, Fedora and macOS's SDK
// have them as curses.h and term.h (wide when NCURSES_WIDECHAR is set, as above).
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#else
#include <curses.h>
#include <term.h>
#endif

/// The standard screen window.
static inline WINDOW *bp_stdscr(void) { return stdscr; }
/// The window ncurses believes the terminal shows.
static inline WINDOW *bp_curscr(void) { return curscr; }
/// The number of colours the terminal has (valid after start_color).
static inline int bp_colors(void) { return COLORS; }
/// The number of colour pairs the terminal has (valid after start_color).
static inline int bp_color_pairs(void) { return COLOR_PAIRS; }
/// The C standard input stream.
static inline FILE *bp_stdin(void) { return stdin; }
/// The C standard output stream.
static inline FILE *bp_stdout(void) { return stdout; }

/// Attribute bits.
static inline attr_t bp_a_normal(void) { return A_NORMAL; }
static inline attr_t bp_a_bold(void) { return A_BOLD; }
static inline attr_t bp_a_dim(void) { return A_DIM; }
static inline attr_t bp_a_underline(void) { return A_UNDERLINE; }
static inline attr_t bp_a_reverse(void) { return A_REVERSE; }

/// A terminfo string capability, or NULL when the terminal lacks it (never (char *)-1).
static inline const char *bp_tigetstr(const char *name) {
    char *value = tigetstr(name);
    return (value == (char *)-1) ? NULL : value;
}

/// 1 if the terminfo database knows `term` and that terminal can move the cursor (which
/// `dumb` and hard-copy terminals cannot), else 0. Prints nothing and never exits, unlike
/// initscr; leaves no terminal loaded.
static inline int bp_terminal_is_usable(const char *term, int fd) {
    int status = 0;
    TERMINAL *previous = cur_term;
    if (setupterm(term, fd, &status) != OK) return 0;
    const char *cup = bp_tigetstr("cup");
    int usable = cup != NULL;
    del_curterm(set_curterm(previous));
    return usable;
}

#endif
