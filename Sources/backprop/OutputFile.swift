#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import ProgressStorage

/// Writing a command's output to a file named with `--output`.
///
/// A regular file (or a new one) is replaced atomically (``AtomicFile``): a full disk or a
/// crash leaves the old file whole, never a truncated one. A path that names something
/// else, such as `/dev/stdout` or a named pipe, is written in place, as a shell's `>` would.
/// A symbolic link is followed, and the file it points to is the one replaced.
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

    /// Replaces the file at `path` with `text` (see the type's description).
    static func save(_ text: String, to path: String) throws(WriteError) {
        let bytes = Array(text.utf8)
        var status = stat()
        guard stat(path, &status) == 0 else {
            // A new file (or a path that cannot be one: the atomic write says why).
            try writeAtomically(bytes, to: path, as: path)
            return
        }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            throw WriteError(path: path, reason: String(cString: strerror(EISDIR)))
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            try writeInPlace(bytes, to: path)
            return
        }
        guard let resolved = realpath(path, nil) else {
            throw WriteError(path: path, reason: String(cString: strerror(errno)))
        }
        defer { free(resolved) }
        try writeAtomically(bytes, to: String(cString: resolved), as: path)
    }

    /// Replaces the regular file `target` (the path given was `given`).
    private static func writeAtomically(_ bytes: [UInt8], to target: String, as given: String) throws(WriteError) {
        do {
            try AtomicFile.replace(target, with: bytes, mode: 0o644)
        } catch {
            throw WriteError(path: given, reason: error.reason)
        }
    }

    /// Writes into what `path` names without replacing it: a device, a pipe, a socket.
    private static func writeInPlace(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let descriptor = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}
