#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser

/// Writing a command's output to a file named with `--output`, as a shell's `>` would.
enum OutputFile {
    /// The exit status when the output file cannot be written (EX_CANTCREAT).
    static let cannotWrite = ExitCode(73)

    /// Why a file could not be written: the path and the system's reason.
    struct WriteError: Error, CustomStringConvertible {
        /// The path given.
        let path: String
        /// The system's reason (`No such file or directory`, `Is a directory`).
        let reason: String

        /// `cannot write PATH: REASON`.
        var description: String { "cannot write \(path): \(reason)" }
    }

    /// Creates or truncates the file at `path` and writes `text` to it.
    static func write(_ text: String, to path: String) throws(WriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
        bytes.removeAll()
    }
}
