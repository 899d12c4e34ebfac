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

static const int fatal_signals[] = { SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT };
enum { fatal_count = sizeof(fatal_signals) / sizeof(fatal_signals[0]) };
static const int guarded_signals[] = {
    SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT,
    SIGINT, SIGTSTP, SIGCONT, SIGWINCH,
};
enum { guarded_count = sizeof(guarded_signals) / sizeof(guarded_signals[0]) };
static struct sigaction original_actions[guarded_count];

int terminal_guard_save(int fd) {
    if (tcgetattr(fd, &saved_termios) != 0) return -1;
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
    for (int i = 0; i < fatal_count; i++) install(fatal_signals[i], on_fatal);
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
