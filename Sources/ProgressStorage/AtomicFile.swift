#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a whole file so that it is either replaced in full or left as it was.
///
/// The bytes go to a new temporary file beside the target, which is flushed to disk with
/// `fsync`, then renamed over the target, and the folder is flushed too. A reader, or the
/// target after a full disk or a crash, sees the old file or the new one, never a part.
/// The progress store writes `progress.json` so, and `export --output` its file.
public enum AtomicFile {
    /// Why a file could not be written: what failed, on which path, and the system's reason.
    public struct WriteError: Error, CustomStringConvertible {
        /// What failed: `create`, `write`, `flush`, `close` or `replace`.
        public let action: String
        /// The path it failed on (the temporary file for all but `replace`).
        public let path: String
        /// The system's reason, as `strerror` gives it (`No space left on device`).
        public let reason: String

        /// `cannot ACTION PATH: REASON`.
        public var description: String { "cannot \(action) \(path): \(reason)" }
    }

    /// Replaces the file at `path` with `bytes`; a new file gets `mode` (less the umask), a
    /// replaced one keeps its own. `failAfterBytes` simulates a disk that fills after that
    /// many bytes (for tests). The temporary file is removed when anything fails.
    public static func replace(_ path: String, with bytes: [UInt8], mode: mode_t,
                               failAfterBytes: Int? = nil) throws(WriteError) {
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw WriteError(action: "create", path: temporary, reason: reason(errno)) }
        var closed = false
        defer {
            if !closed { close(descriptor) }
        }
        do throws(WriteError) {
            var existing = stat()
            if stat(path, &existing) == 0 { fchmod(descriptor, existing.st_mode & 0o7777) }
            try writeAll(bytes, to: descriptor, path: temporary, failAfterBytes: failAfterBytes)
            guard fsync(descriptor) == 0 else { throw WriteError(action: "flush", path: temporary, reason: reason(errno)) }
            closed = true
            guard close(descriptor) == 0 else { throw WriteError(action: "close", path: temporary, reason: reason(errno)) }
            guard rename(temporary, path) == 0 else { throw WriteError(action: "replace", path: path, reason: reason(errno)) }
        } catch {
            unlink(temporary)
            throw error
        }
        let slash = path.lastIndex(of: "/")
        let folder = open(slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? ".",
                          O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
    }

    /// Writes every byte, retrying short writes and interruptions.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String,
                         failAfterBytes: Int?) throws(WriteError) {
        var offset = 0
        while offset < bytes.count {
            var count = bytes.count - offset
            if let limit = failAfterBytes {
                guard offset < limit else {
                    throw WriteError(action: "write", path: path, reason: "No space left on device (simulated)")
                }
                count = min(count, limit - offset)
            }
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(action: "write", path: path, reason: reason(errno))
            }
            offset += written
        }
    }

    /// The system's wording of an error number.
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
