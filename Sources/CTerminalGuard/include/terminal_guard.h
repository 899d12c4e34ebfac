// Gives the terminal back sane when the process is stopped, killed or crashes while a
// full-screen session runs. The signal handlers use only async-signal-safe calls
// (write, tcsetattr, sigaction, sigprocmask, raise), and all state they read lives here.
#ifndef BACKPROP_TERMINAL_GUARD_H
#define BACKPROP_TERMINAL_GUARD_H

#include <stddef.h>

/// Saves the termios of `fd` and the current actions of every signal the guard handles
/// (SIGWINCH included). Returns 0, or -1 when `fd` is not a terminal. Call before the
/// screen library starts.
int terminal_guard_save(int fd);

/// Sets the bytes written to the terminal on restore, such as leaving the alternate screen,
/// showing the cursor and resetting attributes (at most 256 bytes; more are cut).
void terminal_guard_set_reset_sequence(const char *bytes, size_t length);

/// Installs the handlers: every signal whose default action ends the process (SIGTERM,
/// SIGHUP, SIGQUIT, the crash signals SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT,
/// SIGSYS, and SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGPIPE, SIGXCPU, SIGXFSZ,
/// the platform's own such as SIGIO and SIGPWR on Linux, and the real-time signals)
/// restores the terminal, resets to the default action and re-raises; SIGINT sets the interrupt flag (a second one before it is taken restores and
/// re-raises); SIGTSTP restores the terminal and stops; SIGCONT sets the resume flag.
/// Unblocks those signals in the calling thread, in case the process inherited a mask that
/// blocks them. Also restores the terminal at exit() if the session is still active.
/// Call after the screen library has installed its own handlers.
void terminal_guard_install(void);

/// Puts back the signal actions saved by terminal_guard_save (so the screen library's own
/// handlers go too) and marks the session inactive.
void terminal_guard_uninstall(void);

/// Writes the reset bytes and restores the saved termios, if a session is active.
void terminal_guard_restore(void);

/// Sends what the process writes to standard error into a memory file until
/// terminal_guard_release_stderr, so that messages written while the screen is taken over,
/// a crash's included, are not drawn over or lost with the alternate screen.
/// Returns 0, or -1 (standard error unchanged) if that cannot be set up.
int terminal_guard_capture_stderr(void);

/// Gives standard error back and writes to it what was captured. Async-signal-safe: the
/// fatal-signal handlers and the exit handler call it after restoring the terminal.
void terminal_guard_release_stderr(void);

/// 1 while handlers are installed (between terminal_guard_install and _uninstall), else 0.
int terminal_guard_is_active(void);

/// 1 if a SIGINT arrived since the last call, then clears the flag.
int terminal_guard_take_interrupt(void);

/// 1 if the process was continued (SIGCONT) since the last call, then clears the flag.
int terminal_guard_take_resume(void);

#endif
