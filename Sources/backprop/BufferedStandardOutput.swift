#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser

/// Standard output through a buffer: text collects in memory and leaves in large writes,
/// when the buffer passes ``capacity`` and when ``flush()`` is called.
///
/// Unlike `print`, a failed write is reported: ``WriteError/readerClosed`` when the reader
/// of a pipe has gone (only seen when SIGPIPE is ignored or blocked; by default the signal
/// ends the process quietly first), ``WriteError/failed(_:)`` for anything else.
struct BufferedStandardOutput {
    /// The bytes the buffer collects before it writes them out.
    static let capacity = 64 * 1024

    /// The exit status for output that could not be written (EX_IOERR).
    static let cannotWrite = ExitCode(74)

    /// The exit status when the reader went away: what a shell reports for a process that
    /// SIGPIPE ended (128 + 13), for runs in which that signal is ignored or blocked.
    static let readerClosedStatus = ExitCode(141)

    /// Why standard output could not be written.
    enum WriteError: Error, CustomStringConvertible {
        /// The pipe's reader has gone (EPIPE): nobody is left to read the rest.
        case readerClosed
        /// Any other failure, with the system's reason (`No space left on device`).
        case failed(String)

        /// `cannot write standard output: REASON`.
        var description: String {
            switch self {
            case .readerClosed: "cannot write standard output: \(String(cString: strerror(EPIPE)))"
            case .failed(let reason): "cannot write standard output: \(reason)"
            }
        }
    }

    /// The bytes written but not yet sent.
    private var pending: [UInt8] = []

    /// An empty buffer in front of file descriptor 1.
    init() {
        pending.reserveCapacity(Self.capacity)
    }

    /// Adds `text` to the buffer, writing the buffer out once it holds ``capacity`` bytes or more.
    mutating func write(_ text: String) throws(WriteError) {
        pending.append(contentsOf: text.utf8)
        if pending.count >= Self.capacity { try flush() }
    }

    /// Writes out everything in the buffer.
    mutating func flush() throws(WriteError) {
        var offset = 0
        defer { pending.removeAll(keepingCapacity: true) }
        while offset < pending.count {
            let written = pending.withUnsafeBytes { buffer in
                Glibc.write(1, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw errno == EPIPE ? .readerClosed : .failed(String(cString: strerror(errno)))
            }
            offset += written
        }
    }

    /// Whether standard output is a terminal.
    static var isTerminal: Bool { isatty(1) != 0 }
}
