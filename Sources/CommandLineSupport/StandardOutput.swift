#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import ArgumentParser

/// Standard output: the one writer every command prints through, and the check that what
/// was printed got out.
///
/// Text goes to C's `stdout` stream, which `print` and the argument parser (for `--help`
/// and usage) use too, so everything shares one buffer and one error state. Off a terminal
/// the buffer holds 64 KiB and leaves in large writes. ``install()`` registers a check at
/// exit: when anything printed could not be written (a full disk, a closed descriptor, a
/// read-only one), the process says so on standard error and ends with status 74
/// (EX_IOERR), however the command ended, as `trace` always has. When a pipe's reader has
/// gone and SIGPIPE is ignored or blocked, it ends quietly with 141, the status a shell
/// reports for a process that SIGPIPE ended (by default the signal ends it first).
public enum StandardOutput {
    /// The bytes the buffer collects before it writes them out, off a terminal.
    public static let capacity = 64 * 1024

    /// The exit status for output that could not be written (EX_IOERR).
    public static let cannotWriteStatus: Int32 = 74

    /// The exit status when the reader went away: what a shell reports for a process that
    /// SIGPIPE ended (128 + 13), for runs in which that signal is ignored or blocked.
    public static let readerClosedStatus: Int32 = 141

    /// Why standard output could not be written.
    public enum WriteError: Error, CustomStringConvertible {
        /// The pipe's reader has gone (EPIPE): nobody is left to read the rest.
        case readerClosed
        /// Any other failure, with the system's reason (`No space left on device`).
        case failed(String)

        /// `cannot write standard output: REASON`.
        public var description: String {
            switch self {
            case .readerClosed: "cannot write standard output: \(String(cString: strerror(EPIPE)))"
            case .failed(let reason): "cannot write standard output: \(reason)"
            }
        }

        /// The exit status that reports it.
        public var status: ExitCode {
            switch self {
            case .readerClosed: ExitCode(StandardOutput.readerClosedStatus)
            case .failed: ExitCode(StandardOutput.cannotWriteStatus)
            }
        }
    }

    /// The system's reason for the first failed write (0 while none failed): by the time the
    /// failure is reported, at a later flush or at exit, `errno` may say something else.
    /// Only the main thread prints.
    nonisolated(unsafe) private static var firstFailure: Int32 = 0

    /// Sets standard output up before anything is printed: a descriptor 0, 1 or 2 the
    /// process was started without is opened on /dev/null read-only (so no file opened
    /// later takes its place, and writing standard output then fails as it should), the
    /// buffer is enlarged off a terminal, and the check at exit is registered.
    public static func install() {
        for descriptor in Int32(0)...2 where fcntl(descriptor, F_GETFD) < 0 {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0 && opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
        if !isTerminal { setvbuf(stdout, nil, _IOFBF, capacity) }
        atexit { StandardOutput.checkAtExit() }
    }

    /// Adds `text` to the buffer; a failure shows at ``checkForErrors()`` right after, at
    /// the next ``flush()`` or at exit.
    public static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            if fwrite(base, 1, bytes.count, stdout) < bytes.count, firstFailure == 0 { firstFailure = errno }
        }
    }

    /// Throws if a write to standard output has failed; call right after ``write(_:)``, while
    /// the system's reason is still the latest.
    public static func checkForErrors() throws(WriteError) {
        guard ferror(stdout) != 0 else { return }
        throw failure(errno)
    }

    /// The error for a failed stream, clearing it: the first failure's reason, else `reason`.
    private static func failure(_ reason: Int32) -> WriteError {
        let reason = firstFailure != 0 ? firstFailure : (reason != 0 ? reason : EIO)
        firstFailure = 0
        clearerr(stdout)
        return reason == EPIPE ? .readerClosed : .failed(String(cString: strerror(reason)))
    }

    /// Writes out everything in the buffer, or throws why it could not be (also for an
    /// earlier write that failed).
    public static func flush() throws(WriteError) {
        errno = 0
        let failed = fflush(stdout) != 0 || ferror(stdout) != 0
        guard failed else { return }
        throw failure(errno)
    }

    /// Flushes at exit; if standard output failed, says so (quietly for a reader that went
    /// away) and ends with the status that reports it.
    private static func checkAtExit() {
        do {
            try flush()
        } catch {
            if case .failed = error { StandardError.write("\(error)\n") }
            _exit(error.status.rawValue)
        }
    }

    /// Whether standard output is a terminal.
    public static var isTerminal: Bool { isatty(1) != 0 }
}
