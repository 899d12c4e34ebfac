#define _GNU_SOURCE
#include "terminal_guard.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <termios.h>
#include <unistd.h>

static int guard_fd = -1;
static struct termios saved_termios;
static char reset_bytes[256];
static size_t reset_length = 0;
static volatile sig_atomic_t active = 0;
static volatile sig_atomic_t interrupt_pending = 0;
static volatile sig_atomic_t resume_pending = 0;
static int atexit_registered = 0;
static int original_stderr = -1;
static int captured_stderr = -1;

// Every signal whose default action ends the process (SIGKILL aside, which cannot be
// caught): the terminal is restored before the process ends by it. Filled in once by
// collect_signals, because the real-time signals are numbered at run time.
static const int standard_fatal_signals[] = {
    SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT,
    SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGPIPE, SIGXCPU, SIGXFSZ, SIGSYS,
#if defined(__linux__)
    SIGIO, SIGPWR,
#endif
#if defined(SIGSTKFLT)
    SIGSTKFLT,
#endif
#if defined(SIGEMT)
    SIGEMT,
#endif
};
enum { standard_fatal_count = sizeof(standard_fatal_signals) / sizeof(standard_fatal_signals[0]) };
// The fatal signals, then SIGINT, SIGTSTP, SIGCONT and SIGWINCH: every signal the guard handles.
enum { guarded_capacity = standard_fatal_count + 4 + 64 };
static int guarded_signals[guarded_capacity];
static int fatal_count = 0;
static int guarded_count = 0;
static struct sigaction original_actions[guarded_capacity];

static void collect_signals(void) {
    if (guarded_count > 0) return;
    int count = 0;
    for (int i = 0; i < standard_fatal_count; i++) guarded_signals[count++] = standard_fatal_signals[i];
#if defined(SIGRTMIN) && defined(SIGRTMAX)
    for (int signal_number = SIGRTMIN; signal_number <= SIGRTMAX && count < guarded_capacity - 4; signal_number++) {
        guarded_signals[count++] = signal_number;
    }
#endif
    fatal_count = count;
    guarded_signals[count++] = SIGINT;
    guarded_signals[count++] = SIGTSTP;
    guarded_signals[count++] = SIGCONT;
    guarded_signals[count++] = SIGWINCH;
    guarded_count = count;
}

int terminal_guard_save(int fd) {
    if (tcgetattr(fd, &saved_termios) != 0) return -1;
    collect_signals();
    guard_fd = fd;
    reset_length = 0;
    for (int i = 0; i < guarded_count; i++) sigaction(guarded_signals[i], NULL, &original_actions[i]);
    return 0;
}

void terminal_guard_set_reset_sequence(const char *bytes, size_t length) {
    if (length > sizeof(reset_bytes)) length = sizeof(reset_bytes);
    memcpy(reset_bytes, bytes, length);
    reset_length = length;
}

static void write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, bytes, length);
        if (written < 0) {
            if (errno == EINTR) continue;
            return;
        }
        bytes += written;
        length -= (size_t)written;
    }
}

void terminal_guard_restore(void) {
    if (!active || guard_fd < 0) return;
    int saved_errno = errno;
    write_all(guard_fd, reset_bytes, reset_length);
    tcsetattr(guard_fd, TCSANOW, &saved_termios);
    errno = saved_errno;
}

int terminal_guard_capture_stderr(void) {
    if (captured_stderr >= 0) return 0;
    int capture = memfd_create("backprop-stderr", MFD_CLOEXEC);
    if (capture < 0) return -1;
    int original = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
    if (original < 0 || dup2(capture, STDERR_FILENO) < 0) {
        if (original >= 0) close(original);
        close(capture);
        return -1;
    }
    original_stderr = original;
    captured_stderr = capture;
    return 0;
}

void terminal_guard_release_stderr(void) {
    if (captured_stderr < 0) return;
    int saved_errno = errno;
    dup2(original_stderr, STDERR_FILENO);
    char buffer[4096];
    ssize_t count;
    if (lseek(captured_stderr, 0, SEEK_SET) == 0) {
        while ((count = read(captured_stderr, buffer, sizeof buffer)) > 0) {
            write_all(STDERR_FILENO, buffer, (size_t)count);
        }
    }
    close(captured_stderr);
    close(original_stderr);
    captured_stderr = -1;
    original_stderr = -1;
    errno = saved_errno;
}

static void restore_and_reraise(int signal_number) {
    terminal_guard_restore();
    terminal_guard_release_stderr();
    active = 0;
    struct sigaction default_action;
    memset(&default_action, 0, sizeof default_action);
    default_action.sa_handler = SIG_DFL;
    sigemptyset(&default_action.sa_mask);
    sigaction(signal_number, &default_action, NULL);
    // Delivered once this handler returns (the signal is blocked while it runs); a crash
    // signal instead recurs when the faulting instruction runs again, now with the default action.
    raise(signal_number);
}

static void on_fatal(int signal_number) {
    restore_and_reraise(signal_number);
}

static void on_interrupt(int signal_number) {
    if (interrupt_pending) {
        restore_and_reraise(signal_number);
        return;
    }
    interrupt_pending = 1;
}

static void on_stop(int signal_number) {
    int saved_errno = errno;
    terminal_guard_restore();
    struct sigaction default_action, ours;
    memset(&default_action, 0, sizeof default_action);
    default_action.sa_handler = SIG_DFL;
    sigemptyset(&default_action.sa_mask);
    sigaction(signal_number, &default_action, &ours);
    sigset_t stop_set;
    sigemptyset(&stop_set);
    sigaddset(&stop_set, signal_number);
    raise(signal_number);
    sigprocmask(SIG_UNBLOCK, &stop_set, NULL);   // the process stops here until SIGCONT
    sigaction(signal_number, &ours, NULL);
    resume_pending = 1;
    errno = saved_errno;
}

static void on_continue(int signal_number) {
    (void)signal_number;
    resume_pending = 1;
}

static void install(int signal_number, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;   // no SA_RESTART: a blocking read returns so the flags are seen
    sigaction(signal_number, &action, NULL);
}

static void restore_at_exit(void) {
    terminal_guard_restore();
    terminal_guard_release_stderr();
    active = 0;
}

void terminal_guard_install(void) {
    interrupt_pending = 0;
    resume_pending = 0;
    collect_signals();
    for (int i = 0; i < fatal_count; i++) {
        // A signal the process ignores (a parent may ignore SIGPIPE or SIGHUP) ends nothing: it stays ignored.
        if (!(original_actions[i].sa_flags & SA_SIGINFO) && original_actions[i].sa_handler == SIG_IGN) continue;
        install(guarded_signals[i], on_fatal);
    }
    install(SIGINT, on_interrupt);
    install(SIGTSTP, on_stop);
    install(SIGCONT, on_continue);
    // A process may inherit a mask that blocks these (a parent's worker thread, a tmux server
    // started from one); the handlers are no use if the signals never arrive.
    sigset_t guarded;
    sigemptyset(&guarded);
    for (int i = 0; i < guarded_count; i++) sigaddset(&guarded, guarded_signals[i]);
    sigprocmask(SIG_UNBLOCK, &guarded, NULL);
    if (!atexit_registered) {
        atexit(restore_at_exit);
        atexit_registered = 1;
    }
    active = 1;
}

void terminal_guard_uninstall(void) {
    active = 0;
    for (int i = 0; i < guarded_count; i++) sigaction(guarded_signals[i], &original_actions[i], NULL);
}

int terminal_guard_take_interrupt(void) {
    int pending = interrupt_pending;
    interrupt_pending = 0;
    return pending;
}

int terminal_guard_take_resume(void) {
    int pending = resume_pending;
    resume_pending = 0;
    return pending;
}

int terminal_guard_is_active(void) {
    return active ? 1 : 0;
}
